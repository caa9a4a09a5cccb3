import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM module without type declarations
import { addReport, describeRules, newSetTally } from '../src/pack-tally.mjs';

const engineRules = [
  { id: 'offensive-remark', severity: 'review', tags: ['offensive'] },
  { id: 'personal-attack', severity: 'block', tags: ['attack'] },
  { id: 'political-activity', severity: 'block', tags: ['political-activity'] },
  { id: 'permanence', severity: 'advice', tags: ['permanence'] },
];
const finding = (rule: string, tags: string[]) => ({ rule, tags });

describe('the pack tally', () => {
  const rules = describeRules(engineRules);

  it('maps each rule to the categories of its tags', () => {
    expect(rules.map((r: { id: string; categories: string[] }) => [r.id, r.categories])).toEqual([
      ['offensive-remark', ['offensive']],
      ['personal-attack', ['attack']],
      ['political-activity', ['political']],
      ['permanence', []],
    ]);
  });

  it('counts verdicts, categories through finding tags, and each rule against its own category', () => {
    const tally = newSetTally('olid', rules);
    // An offensive attack: both categories right.
    addReport(tally, { offensive: true, attack: true }, { verdict: 'block', findings: [finding('personal-attack', ['attack']), finding('offensive-remark', ['offensive'])] }, rules);
    // Offensive, not an attack, caught only as heated: both categories flagged false.
    addReport(tally, { offensive: true, attack: false }, { verdict: 'advice', findings: [finding('permanence', ['permanence'])] }, rules);
    // Clean and passed.
    addReport(tally, { offensive: false, attack: false }, { verdict: 'ok', findings: [] }, rules);
    // A false alarm of the attack rule, on a row not labelled for offensive.
    addReport(tally, { attack: false }, { verdict: 'block', findings: [finding('personal-attack', ['attack'])] }, rules);

    expect(tally.posts).toBe(4);
    expect(tally.verdicts).toEqual({ block: 2, review: 0, advice: 1, ok: 1 });
    expect(tally.categories.offensive).toEqual({ tp: 1, fp: 0, fn: 1, tn: 1 });
    expect(tally.categories.attack).toEqual({ tp: 1, fp: 1, fn: 0, tn: 2 });
    expect(tally.categories.political).toBeUndefined();
    expect(tally.rules['personal-attack']).toEqual({ flagged: 2, byCategory: { attack: { tp: 1, fp: 1, fn: 0, tn: 2 } } });
    expect(tally.rules['offensive-remark']).toEqual({ flagged: 1, byCategory: { offensive: { tp: 1, fp: 0, fn: 1, tn: 1 } } });
    // A rule with no category is counted but never scored.
    expect(tally.rules.permanence).toEqual({ flagged: 1, byCategory: {} });
    expect(tally.rules['political-activity']).toEqual({ flagged: 0, byCategory: {} });
  });

  it('counts a finding tagged political-activity as political', () => {
    const tally = newSetTally('semeval-topics', rules);
    addReport(tally, { political: true }, { verdict: 'block', findings: [finding('political-activity', ['political-activity'])] }, rules);
    addReport(tally, { political: false }, { verdict: 'ok', findings: [] }, rules);
    expect(tally.categories.political).toEqual({ tp: 1, fp: 0, fn: 0, tn: 1 });
    expect(tally.rules['political-activity'].byCategory.political).toEqual({ tp: 1, fp: 0, fn: 0, tn: 1 });
  });
});
