import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { load } from '../../src/evaluator/load.js';
import type { ConditionIR } from '../../src/ir/schema.js';
import { has, packWith, type RuleSpec } from '../fixtures/ir.js';

/** Whether a single rule with `when` (and `unless`) fires on the activity. */
function fires(when: ConditionIR, activity: Record<string, unknown>, extra: Partial<RuleSpec> = {}): boolean {
  const engine = load(packWith({ id: 'r', when, ...extra }));
  return engine.check(activity, { now: '2026-01-15T12:00:00Z' }).findings.some((f) => f.rule === 'r');
}

describe('has', () => {
  it('holds when a term of the list appears, and not otherwise', () => {
    expect(fires(has('topics'), { text: 'Honestly, Brexit was a disaster' })).toBe(true);
    expect(fires(has('topics'), { text: 'Lovely weather in Leeds' })).toBe(false);
  });

  it('scans the named field only', () => {
    expect(fires(has('topics', 'title'), { text: 'Brexit', title: 'Weather' })).toBe(false);
    expect(fires(has('topics', 'title'), { text: 'Weather', title: 'On Brexit' })).toBe(true);
    expect(fires(has('topics', 'inReplyTo.bio'), { text: 'hi', inReplyTo: { bio: 'Writes on abortion law' } })).toBe(true);
    expect(fires(has('topics', 'title'), { text: 'Brexit' })).toBe(false);
  });

  it('matches patterns over the original text with their flags', () => {
    expect(fires(has('ref', 'text', 'pattern'), { text: 'see ref-1234 please' })).toBe(true);
    expect(fires(has('ref', 'text', 'pattern'), { text: 'see ref-12 please' })).toBe(false);
  });

  it('runs detectors named directly without a declaration', () => {
    expect(fires(has('hashtag', 'text', 'detector'), { text: 'Go #team' })).toBe(true);
    expect(fires(has('hashtag', 'text', 'detector'), { text: 'We are #1' })).toBe(false);
  });

  it('counts matches for `at least`', () => {
    const twice: ConditionIR = { op: 'has', field: 'text', source: { kind: 'terms', id: 'topics' }, atLeast: 2 };
    expect(fires(twice, { text: 'Brexit, Brexit and more Brexit' })).toBe(true);
    expect(fires(twice, { text: 'Brexit and abortion' })).toBe(true);
    expect(fires(twice, { text: 'Just Brexit' })).toBe(false);
  });

  it('holds `near … within N words` only when the two are close enough', () => {
    const near = (within: number): ConditionIR => ({
      op: 'has', field: 'text', source: { kind: 'terms', id: 'people' },
      near: { source: { kind: 'terms', id: 'leaks' }, within },
    });
    const text = 'The minister said nothing at all about the leaks';
    // `minister` is word 1 and `leaks` word 8: seven words apart.
    expect(fires(near(7), { text })).toBe(true);
    expect(fires(near(6), { text })).toBe(false);
    expect(fires(near(1), { text: 'leaked by an official' })).toBe(false);
    expect(fires(near(3), { text: 'leaked by an official' })).toBe(true);
    expect(fires(near(20), { text: 'The minister spoke' })).toBe(false);
  });

  it('measures `near` in words for pattern and detector matches too', () => {
    const condition: ConditionIR = {
      op: 'has', field: 'text', source: { kind: 'pattern', id: 'ref' },
      near: { source: { kind: 'detector', id: 'hashtag' }, within: 2 },
    };
    expect(fires(condition, { text: 'REF-1234 is #urgent' })).toBe(true);
    expect(fires(condition, { text: 'REF-1234 is not at all #urgent' })).toBe(false);
  });

  it('does not pair a match with itself when both sides are the same list', () => {
    const self: ConditionIR = {
      op: 'has', field: 'text', source: { kind: 'terms', id: 'topics' },
      near: { source: { kind: 'terms', id: 'topics' }, within: 3 },
    };
    expect(fires(self, { text: 'Brexit' })).toBe(false);
    expect(fires(self, { text: 'Brexit and abortion' })).toBe(true);
  });

  it('tests every attachment and points at the one that matched', () => {
    const engine = load(packWith({ id: 'r', when: has('topics', 'attachments.name') }));
    const report = engine.check({
      text: 'see attached',
      attachments: [{ kind: 'image', name: 'cat.png' }, { kind: 'document', name: 'brexit-notes.pdf' }],
    });
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]!.spans).toEqual([
      expect.objectContaining({ field: 'attachments.1.name', start: 0, end: 6, text: 'brexit' }),
    ]);
    expect(engine.check({ text: 'x', attachments: [{ name: 'cat.png' }] }).verdict).toBe('ok');
    expect(engine.check({ text: 'x' }).verdict).toBe('ok');
  });
});

describe('is and in', () => {
  it('compares fixed choices and strings without case', () => {
    expect(fires({ op: 'is', field: 'capacity', value: 'personal' }, { text: 'x' })).toBe(true);
    expect(fires({ op: 'is', field: 'capacity', value: 'official' }, { text: 'x' })).toBe(false);
    expect(fires({ op: 'is', field: 'author.department', value: 'HM Treasury' }, { text: 'x', author: { department: 'hm treasury' } })).toBe(true);
    expect(fires({ op: 'is', field: 'author.department', value: 'HM Treasury' }, { text: 'x', author: { department: 'DfE' } })).toBe(false);
  });

  it('negates with `is not`, which holds for a missing field', () => {
    expect(fires({ op: 'is', field: 'capacity', value: 'official', negated: true }, { text: 'x' })).toBe(true);
    expect(fires({ op: 'is', field: 'capacity', value: 'personal', negated: true }, { text: 'x' })).toBe(false);
    expect(fires({ op: 'is', field: 'author.device', value: 'official', negated: true }, { text: 'x' })).toBe(true);
  });

  it('compares booleans', () => {
    const verified: ConditionIR = { op: 'is', field: 'inReplyTo.verified', value: true };
    expect(fires(verified, { text: 'x', inReplyTo: { verified: true } })).toBe(true);
    expect(fires(verified, { text: 'x', inReplyTo: { verified: false } })).toBe(false);
    expect(fires(verified, { text: 'x' })).toBe(false);
    expect(fires({ op: 'is', field: 'author.onGovernmentNetwork', value: false }, { text: 'x', author: { onGovernmentNetwork: false } })).toBe(true);
  });

  it('holds `in` when the value is any of the list, and `not in` when it is none', () => {
    const social: ConditionIR = { op: 'in', field: 'channel.platform', values: ['x', 'facebook'] };
    expect(fires(social, { text: 'x', channel: { platform: 'facebook' } })).toBe(true);
    expect(fires(social, { text: 'x', channel: { platform: 'wikipedia' } })).toBe(false);
    expect(fires({ ...social, negated: true }, { text: 'x', channel: { platform: 'wikipedia' } })).toBe(true);
    expect(fires({ ...social, negated: true }, { text: 'x', channel: { platform: 'x' } })).toBe(false);
  });

  it('holds for attachment kinds when any attachment has the value', () => {
    const image: ConditionIR = { op: 'is', field: 'attachments.kind', value: 'image' };
    expect(fires(image, { text: 'x', attachments: [{ kind: 'document' }, { kind: 'image' }] })).toBe(true);
    expect(fires(image, { text: 'x', attachments: [{ kind: 'document' }] })).toBe(false);
    expect(fires({ ...image, negated: true }, { text: 'x', attachments: [{ kind: 'document' }, { kind: 'image' }] })).toBe(false);
  });
});

describe('dates', () => {
  const period: ConditionIR = { op: 'between', field: 'at', from: '2026-04-01', to: '2026-05-07' };

  it('includes both ends of `between`, comparing date-only bounds by day', () => {
    expect(fires(period, { text: 'x', at: '2026-04-01' })).toBe(true);
    expect(fires(period, { text: 'x', at: '2026-05-07T23:30:00Z' })).toBe(true);
    expect(fires(period, { text: 'x', at: '2026-05-08T00:00:00Z' })).toBe(false);
    expect(fires(period, { text: 'x', at: '2026-03-31T23:59:59Z' })).toBe(false);
  });

  it('reads the day of a date-time as written, in its own offset', () => {
    // 23:30 on 31 March in New York is already 1 April in UTC, but the writer's day is 31 March.
    expect(fires(period, { text: 'x', at: '2026-03-31T23:30:00-05:00' })).toBe(false);
  });

  it('compares date-times as instants', () => {
    const before: ConditionIR = { op: 'before', field: 'at', date: '2026-04-01T09:00:00Z' };
    expect(fires(before, { text: 'x', at: '2026-04-01T08:59:00Z' })).toBe(true);
    expect(fires(before, { text: 'x', at: '2026-04-01T09:00:00Z' })).toBe(true);
    expect(fires(before, { text: 'x', at: '2026-04-01T10:30:00+01:00' })).toBe(false);
    expect(fires(before, { text: 'x', at: '2026-04-01T09:30:00+01:00' })).toBe(true);
  });

  it('holds `after` on and after the day', () => {
    const after: ConditionIR = { op: 'after', field: 'at', date: '2026-05-07' };
    expect(fires(after, { text: 'x', at: '2026-05-07T01:00:00Z' })).toBe(true);
    expect(fires(after, { text: 'x', at: '2026-05-06' })).toBe(false);
  });

  it('uses the time of the check when the activity gives no `at`', () => {
    const engine = load(packWith({ id: 'r', when: period }));
    expect(engine.check({ text: 'x' }, { now: '2026-04-10T12:00:00Z' }).verdict).toBe('review');
    expect(engine.check({ text: 'x' }, { now: new Date('2026-06-10T12:00:00Z') }).verdict).toBe('ok');
    expect(engine.check({ text: 'x' }, { now: Date.UTC(2026, 3, 2) }).verdict).toBe('review');
  });
});

describe('exists and contains', () => {
  it('holds `exists` for a given, non-blank field', () => {
    const replying: ConditionIR = { op: 'exists', field: 'inReplyTo' };
    expect(fires(replying, { text: 'x', inReplyTo: { handle: '@jo' } })).toBe(true);
    expect(fires(replying, { text: 'x' })).toBe(false);
    expect(fires({ op: 'exists', field: 'title' }, { text: 'x', title: '   ' })).toBe(false);
    expect(fires({ op: 'exists', field: 'author.authorisedTopics' }, { text: 'x' })).toBe(false);
    expect(fires({ op: 'exists', field: 'author.authorisedTopics' }, { text: 'x', author: { authorisedTopics: ['tax'] } })).toBe(true);
  });

  it('holds `contains` when a list item equals the value without case', () => {
    const housing: ConditionIR = { op: 'contains', field: 'author.authorisedTopics', value: 'housing' };
    expect(fires(housing, { text: 'x', author: { authorisedTopics: ['planning', 'Housing'] } })).toBe(true);
    expect(fires(housing, { text: 'x', author: { authorisedTopics: ['housing policy'] } })).toBe(false);
    expect(fires(housing, { text: 'x' })).toBe(false);
  });
});

describe('and, or, not, unless', () => {
  const topic = has('topics');
  const personal: ConditionIR = { op: 'is', field: 'capacity', value: 'personal' };

  it('combines with and, or and not', () => {
    expect(fires({ op: 'and', args: [topic, personal] }, { text: 'Brexit' })).toBe(true);
    expect(fires({ op: 'and', args: [topic, personal] }, { text: 'Brexit', capacity: 'official' })).toBe(false);
    expect(fires({ op: 'or', args: [topic, personal] }, { text: 'weather', capacity: 'official' })).toBe(false);
    expect(fires({ op: 'or', args: [topic, personal] }, { text: 'weather' })).toBe(true);
    expect(fires({ op: 'not', arg: topic }, { text: 'weather' })).toBe(true);
    expect(fires({ op: 'not', arg: topic }, { text: 'Brexit' })).toBe(false);
  });

  it('does not fire when `unless` holds', () => {
    const unless: ConditionIR = { op: 'contains', field: 'author.authorisedTopics', value: 'brexit' };
    expect(fires(topic, { text: 'Brexit' }, { unless })).toBe(true);
    expect(fires(topic, { text: 'Brexit', author: { authorisedTopics: ['Brexit'] } }, { unless })).toBe(false);
  });

  it('takes spans only from positive tests that made `when` true', () => {
    const engine = load(packWith({
      id: 'r',
      when: { op: 'and', args: [has('people'), { op: 'not', arg: has('leaks') }, { op: 'or', args: [has('ref', 'text', 'pattern'), topic] }] },
    }));
    const report = engine.check({ text: 'The minister on Brexit and abortion (REF-1234)' });
    expect(report.findings[0]!.spans.map((s) => s.text)).toEqual(['minister', 'REF-1234']);
  });
});

describe('severity and verdict', () => {
  it('skips rules that are off, without running their detectors', () => {
    let calls = 0;
    const counting = {
      name: 'counting', description: 'counts its calls', options: z.object({}),
      detect: () => { calls++; return [{ start: 0, end: 1, confidence: 1, label: 'x' }]; },
    };
    const ir = packWith({ id: 'off', severity: 'off', when: has('c', 'text', 'detector') });
    ir.detectors = { c: { uses: 'counting', options: {} } };
    const report = load(ir, { detectors: [counting] }).check({ text: 'anything' });
    expect(report.verdict).toBe('ok');
    expect(calls).toBe(0);
  });

  it('is the worst severity: block over review over advice over ok', () => {
    const engine = load(packWith(
      { id: 'a', severity: 'advice', when: has('topics') },
      { id: 'r', severity: 'review', when: has('people') },
      { id: 'b', severity: 'block', when: has('leaks') },
    ));
    expect(engine.check({ text: 'nothing here' }).verdict).toBe('ok');
    expect(engine.check({ text: 'Brexit' }).verdict).toBe('advice');
    expect(engine.check({ text: 'Brexit minister' }).verdict).toBe('review');
    expect(engine.check({ text: 'Brexit minister leak' }).verdict).toBe('block');
    expect(engine.check({ text: 'leak' }).verdict).toBe('block');
  });
});
