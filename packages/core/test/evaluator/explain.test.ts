import { describe, expect, it } from 'vitest';
import { load } from '../../src/evaluator/load.js';
import { basicPack, has, packWith } from '../fixtures/ir.js';

const engine = load(basicPack());
const explain = (activity: Record<string, unknown>, rule: string) => {
  const report = engine.check(activity, { explain: true, now: '2026-01-01' });
  return report.explanation!.find((e) => e.rule === rule)!;
};

describe('explanations', () => {
  it('are only added on request, one per rule in pack order', () => {
    expect(engine.check({ text: 'x' }).explanation).toBeUndefined();
    const report = engine.check({ text: 'x' }, { explain: true });
    expect(report.explanation!.map((e) => e.rule)).toEqual(engine.rules.map((r) => r.id));
  });

  it('name the false test of a rule that did not fire', () => {
    expect(explain({ text: 'Lovely weather' }, 'political-controversy')).toEqual({
      rule: 'political-controversy',
      outcome: 'not-fired',
      reason: '`text has controversial` was false: no term of `controversial` appears in `text`',
    });
    expect(explain({ text: 'Brexit', capacity: 'official' }, 'political-controversy').reason)
      .toBe('`capacity is personal` was false: `capacity` is `official`');
  });

  it('name the `unless` that held', () => {
    const entry = explain({ text: 'Brexit', author: { authorisedTopics: ['Housing'] } }, 'political-controversy');
    expect(entry.outcome).toBe('not-fired');
    expect(entry.reason).toBe('`unless author.authorisedTopics contains "housing"` held: `author.authorisedTopics` contains `Housing`');
  });

  it('say why a rule fired and what would make it pass', () => {
    const entry = explain({ text: 'Honestly Brexit' }, 'political-controversy');
    expect(entry.outcome).toBe('fired');
    expect(entry.reason).toBe(
      '`text has controversial` held: `Brexit` at 1:10; `capacity is personal` held: `capacity` is `personal`; ' +
      '`unless author.authorisedTopics contains "housing"` did not hold',
    );
    expect(entry.toPass).toEqual([
      'remove `Brexit` at 1:10',
      'change `capacity` from `personal`',
      'make `author.authorisedTopics contains "housing"` hold',
    ]);
  });

  it('explain counts, proximity, dates, missing fields and switched-off rules', () => {
    expect(explain({ text: '#a #b' }, 'many-hashtags').reason)
      .toBe('`text has at least 3 hashtag` was false: there are only 2 matches of detector `hashtag` in `text`, fewer than 3');
    expect(explain({ text: '#a #b #c' }, 'many-hashtags').toPass).toEqual(['remove 1 of `#a` at 1:1, `#b` at 1:4 and `#c` at 1:7']);
    expect(explain({ text: 'The minister' }, 'leak').reason)
      .toBe('`text has officials near leaked within 4 words` was false: no term of `leaked` appears in `text`');
    expect(explain({ text: 'Leaked, it was, by some person or other, the minister' }, 'leak').reason)
      .toBe('`text has officials near leaked within 4 words` was false: `officials` and `leaked` never come within 4 words of each other in `text`');
    expect(explain({ text: 'Brexit', at: '2026-06-01' }, 'pre-election').reason)
      .toBe('`at between 2026-04-01 and 2026-05-07` was false: `at` is `2026-06-01`');
    expect(explain({ text: 'Brexit' }, 'pre-election').reason)
      .toBe('`at between 2026-04-01 and 2026-05-07` was false: no `at` was given, so the time of the check, `2026-01-01`, was used');
    expect(explain({ text: 'Brexit', at: '2026-04-02' }, 'pre-election').toPass)
      .toEqual(['change `at` to a time outside 2026-04-01 to 2026-05-07', 'remove `Brexit` at 1:1']);
    expect(explain({ text: 'x' }, 'media-enquiry').reason)
      .toBe('`inReplyTo.kind in { journalist, blogger }` was false: there is no `inReplyTo.kind`');
    expect(explain({ text: 'x' }, 'attachment-names').reason)
      .toBe('`attachments.name has controversial` was false: no attachment has a `name`');
    expect(explain({ text: 'x' }, 'permanence')).toEqual({
      rule: 'permanence', outcome: 'off', reason: 'its severity is `off`, so it is not checked',
    });
  });

  it('explain not, or and places in other fields', () => {
    const small = load(packWith(
      { id: 'not', when: { op: 'not', arg: { op: 'is', field: 'channel.visibility', value: 'private' } } },
      { id: 'or', when: { op: 'or', args: [has('topics'), has('topics', 'title')] } },
    ));
    const report = small.check({ text: 'hello', title: 'Brexit\nabortion' }, { explain: true });
    const [not, or] = report.explanation!;
    expect(not).toEqual({
      rule: 'not',
      outcome: 'fired',
      reason: '`not channel.visibility is private` held: `channel.visibility` is `public`',
      toPass: ['make `channel.visibility is private` hold'],
    });
    expect(or!.reason).toBe('`title has topics` held: `Brexit` at 1:1 of `title` and `abortion` at 2:1 of `title`');
    const none = small.check({ text: 'hello', channel: { visibility: 'private' } }, { explain: true });
    expect(none.explanation![0]!.reason).toBe('`not channel.visibility is private` was false: `channel.visibility` is `private`');
    expect(none.explanation![1]!.reason).toBe(
      '`text has topics` was false: no term of `topics` appears in `text`; `title has topics` was false: there is no `title`',
    );
  });
});
