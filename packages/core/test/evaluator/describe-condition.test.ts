import { describe, expect, it } from 'vitest';
import { describeCondition } from '../../src/evaluator/describe-condition.js';
import type { ConditionIR } from '../../src/ir/schema.js';

const has = (id: string): ConditionIR => ({ op: 'has', field: 'text', source: { kind: 'terms', id } });

describe('describeCondition', () => {
  it('writes each test as DSL', () => {
    expect(describeCondition({ op: 'has', field: 'text', source: { kind: 'detector', id: 'shouting' }, atLeast: 3 }))
      .toBe('text has at least 3 shouting');
    expect(describeCondition({
      op: 'has', field: 'text', source: { kind: 'terms', id: 'officials' },
      near: { source: { kind: 'terms', id: 'leaked' }, within: 8 },
    })).toBe('text has officials near leaked within 8 words');
    expect(describeCondition({ op: 'is', field: 'capacity', value: 'personal' })).toBe('capacity is personal');
    expect(describeCondition({ op: 'is', field: 'capacity', value: 'official', negated: true })).toBe('capacity is not official');
    expect(describeCondition({ op: 'is', field: 'author.department', value: 'HM Treasury' })).toBe('author.department is "HM Treasury"');
    expect(describeCondition({ op: 'is', field: 'inReplyTo.verified', value: true })).toBe('inReplyTo.verified is true');
    expect(describeCondition({ op: 'in', field: 'channel.platform', values: ['x', 'facebook'], negated: true }))
      .toBe('channel.platform not in { x, facebook }');
    expect(describeCondition({ op: 'between', field: 'at', from: '2026-04-01', to: '2026-05-07' }))
      .toBe('at between 2026-04-01 and 2026-05-07');
    expect(describeCondition({ op: 'before', field: 'at', date: '2026-04-01T09:00:00Z' })).toBe('at before 2026-04-01T09:00:00Z');
    expect(describeCondition({ op: 'exists', field: 'inReplyTo' })).toBe('inReplyTo exists');
    expect(describeCondition({ op: 'contains', field: 'author.authorisedTopics', value: 'housing' }))
      .toBe('author.authorisedTopics contains "housing"');
  });

  it('adds parentheses only where precedence needs them', () => {
    expect(describeCondition({ op: 'and', args: [has('a'), { op: 'or', args: [has('b'), has('c')] }] }))
      .toBe('text has a and (text has b or text has c)');
    expect(describeCondition({ op: 'or', args: [has('a'), { op: 'and', args: [has('b'), has('c')] }] }))
      .toBe('text has a or text has b and text has c');
    expect(describeCondition({ op: 'not', arg: { op: 'and', args: [has('a'), has('b')] } })).toBe('not (text has a and text has b)');
    expect(describeCondition({ op: 'not', arg: has('a') })).toBe('not text has a');
  });
});
