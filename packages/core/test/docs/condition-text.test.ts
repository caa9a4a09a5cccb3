import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compiler/compile.js';
import { conditionClause, conditionText } from '../../src/docs/condition-text.js';
import type { ConditionIR } from '../../src/ir/schema.js';

const terms = (id: string) => ({ kind: 'terms' as const, id });

const leaf: fc.Arbitrary<ConditionIR> = fc.oneof(
  fc.record({
    op: fc.constant('has' as const),
    field: fc.constantFrom('text', 'title', 'inReplyTo.bio'),
    source: fc.constantFrom(terms('topics'), terms('others'), { kind: 'detector' as const, id: 'link' }),
  }, { requiredKeys: ['op', 'field', 'source'] }),
  fc.record({
    op: fc.constant('has' as const),
    field: fc.constant('text'),
    source: fc.constant(terms('topics')),
    atLeast: fc.integer({ min: 1, max: 5 }),
    near: fc.record({ source: fc.constant(terms('others')), within: fc.integer({ min: 1, max: 20 }) }),
  }, { requiredKeys: ['op', 'field', 'source'] }),
  fc.record({ op: fc.constant('is' as const), field: fc.constant('capacity'), value: fc.constantFrom('personal', 'official'), negated: fc.constant(true) }, { requiredKeys: ['op', 'field', 'value'] }),
  fc.record({ op: fc.constant('is' as const), field: fc.constant('author.onGovernmentNetwork'), value: fc.boolean() }),
  fc.record({ op: fc.constant('is' as const), field: fc.constant('author.department'), value: fc.constantFrom('housing', 'Home Office', 'DfE "north"', 'true', 'and') }),
  fc.record({
    op: fc.constant('in' as const),
    field: fc.constant('channel.platform'),
    values: fc.subarray(['x', 'facebook', 'wikipedia', 'forum', 'linkedin', 'instagram', 'youtube', 'tiktok', 'mastodon', 'bluesky'], { minLength: 1 }),
    negated: fc.constant(true),
  }, { requiredKeys: ['op', 'field', 'values'] }),
  fc.record({ op: fc.constantFrom('before' as const, 'after' as const), field: fc.constant('at'), date: fc.constantFrom('2026-04-01', '2026-05-07T09:00:00Z') }),
  fc.record({ op: fc.constant('between' as const), field: fc.constant('at'), from: fc.constant('2026-03-30'), to: fc.constantFrom('2026-05-07', '2026-05-07T18:00:00+01:00') }),
  fc.record({ op: fc.constant('exists' as const), field: fc.constantFrom('inReplyTo', 'title') }),
  fc.record({ op: fc.constant('contains' as const), field: fc.constant('author.authorisedTopics'), value: fc.constantFrom('housing', 'net zero') }),
) as fc.Arbitrary<ConditionIR>;

const condition: fc.Arbitrary<ConditionIR> = fc.letrec<{ c: ConditionIR }>((tie) => ({
  c: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ op: fc.constantFrom('and' as const, 'or' as const), args: fc.array(tie('c'), { minLength: 2, maxLength: 4 }) }),
    fc.record({ op: fc.constant('not' as const), arg: tie('c') }),
  ) as fc.Arbitrary<ConditionIR>,
})).c;

function compileClauses(when: string, unless: string): { when: ConditionIR; unless?: ConditionIR | undefined } {
  const ir = compile(['pack "t" version "1.0.0"', 'terms topics { "brexit" }', 'terms others { "rally" }', 'rule r {', '  severity review', when, unless, '  say "m"', '}'].join('\n'));
  return ir.rules[0]!;
}

describe('conditionText and conditionClause', () => {
  it('write a condition that compiles back to the same condition, on one line or wrapped', () => {
    fc.assert(
      fc.property(condition, condition, (when, unless) => {
        const flat = compileClauses(`  when ${conditionText(when)}`, `  unless ${conditionText(unless)}`);
        expect(flat.when).toEqual(when);
        expect(flat.unless).toEqual(unless);
        const wrapped = compileClauses(conditionClause('when', when), conditionClause('unless', unless));
        expect(wrapped.when).toEqual(when);
        expect(wrapped.unless).toEqual(unless);
      }),
      { numRuns: 300 },
    );
  });

  it('adds only the parentheses precedence needs', () => {
    const a = { op: 'exists', field: 'inReplyTo' } as const;
    const b = { op: 'exists', field: 'title' } as const;
    const c = { op: 'is', field: 'capacity', value: 'personal' } as const;
    expect(conditionText({ op: 'or', args: [{ op: 'and', args: [a, b] }, c] })).toBe('inReplyTo exists and title exists or capacity is personal');
    expect(conditionText({ op: 'and', args: [{ op: 'or', args: [a, b] }, c] })).toBe('(inReplyTo exists or title exists) and capacity is personal');
    expect(conditionText({ op: 'not', arg: { op: 'and', args: [a, c] } })).toBe('not (inReplyTo exists and capacity is personal)');
    expect(conditionText({ op: 'and', args: [{ op: 'not', arg: a }, c] })).toBe('not inReplyTo exists and capacity is personal');
  });

  it('writes enum words bare, and quotes other strings and reserved words', () => {
    expect(conditionText({ op: 'is', field: 'capacity', value: 'personal' })).toBe('capacity is personal');
    expect(conditionText({ op: 'is', field: 'author.department', value: 'Home Office' })).toBe('author.department is "Home Office"');
    expect(conditionText({ op: 'is', field: 'author.department', value: 'true' })).toBe('author.department is "true"');
    expect(conditionText({ op: 'is', field: 'inReplyTo.verified', value: true })).toBe('inReplyTo.verified is true');
  });

  it('breaks a long clause at its operators, and leaves a short one on one line', () => {
    const has = (id: string): ConditionIR => ({ op: 'has', field: 'text', source: terms(id) });
    expect(conditionClause('when', { op: 'and', args: [has('a'), has('b')] })).toBe('when text has a and text has b');
    const long: ConditionIR = { op: 'or', args: [has('a-rather-long-term-list'), has('another-rather-long-list'), { op: 'and', args: [has('x'), has('y')] }] };
    expect(conditionClause('unless', long)).toBe(
      'unless text has a-rather-long-term-list\n  or text has another-rather-long-list\n  or text has x and text has y',
    );
  });
});
