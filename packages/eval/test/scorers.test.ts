import { builtinDetectors, compile, load } from '@propriety/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM module without type declarations
import { availableCategories, CATEGORY_DETECTORS, CATEGORY_TAGS, categoriesOfTags, flaggedCategories, OTHER_DETECTORS, otherRuleId, probePackSource } from '../src/scorers.mjs';

describe('the category tables', () => {
  it('maps the rule tags of the standard vocabulary to the corpus categories', () => {
    expect(categoriesOfTags(['offensive'])).toEqual(['offensive']);
    expect(categoriesOfTags(['attack'])).toEqual(['attack']);
    expect(categoriesOfTags(['political'])).toEqual(['political']);
    expect(categoriesOfTags(['political-activity'])).toEqual(['political']);
    expect(categoriesOfTags(['personal-data'])).toEqual(['personal_data']);
    expect(categoriesOfTags(['confidential'])).toEqual(['confidential']);
    expect(categoriesOfTags(['offensive', 'attack'])).toEqual(['offensive', 'attack']);
    for (const tag of ['policy-comment', 'media', 'collaborative-editing', 'accuracy', 'permanence', 'personal_data']) {
      expect(categoriesOfTags([tag])).toEqual([]);
    }
  });

  it('flags a category exactly when some finding carries one of its tags', () => {
    const vocabulary = [...new Set(Object.values(CATEGORY_TAGS).flat() as string[]), 'media', 'accuracy', 'permanence'];
    fc.assert(
      fc.property(fc.array(fc.subarray(vocabulary), { maxLength: 6 }), (tagLists) => {
        const flagged = flaggedCategories(tagLists.map((tags) => ({ tags })));
        for (const [category, tags] of Object.entries(CATEGORY_TAGS) as [string, string[]][]) {
          const expected = tagLists.some((list) => list.some((t) => tags.includes(t)));
          expect(flagged.has(category)).toBe(expected);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('names only detectors that the core registers', () => {
    const { missing } = availableCategories(builtinDetectors);
    expect(missing).toEqual([]);
  });

  it('lists a category whose detector is missing instead of measuring it', () => {
    const { available, missing } = availableCategories(new Set(['attack']), { attack: ['attack'], offensive: ['profanity', 'attack'] });
    expect(available).toEqual({ attack: ['attack'] });
    expect(missing).toEqual([{ category: 'offensive', detectors: ['profanity'] }]);
  });
});

describe('the probe pack', () => {
  const engine = load(compile(probePackSource(CATEGORY_DETECTORS), { file: 'probe.prop' }));
  const fired = (text: string) => engine.check({ text }).findings.map((f: { rule: string }) => f.rule).sort();

  it('has one rule per category, named after it', () => {
    expect(engine.rules.map((r: { id: string }) => r.id)).toEqual(Object.keys(CATEGORY_DETECTORS));
  });

  it('fires the rule of the category whose detector finds something, and no other', () => {
    expect(fired('Write to me at jane.doe@gmail.com or call 07911 123456')).toEqual(['personal_data']);
    expect(fired('Lovely weather in Leeds today')).toEqual([]);
    expect(fired('my password is hunter2!X and the door code is 4471')).toContain('confidential');
    expect(fired('@USER you are a fucking idiot')).toEqual(['attack', 'offensive']);
  });

  it('adds one rule per detector with no labelled set, which the category rules do not share', () => {
    const withOthers = load(compile(probePackSource(CATEGORY_DETECTORS, OTHER_DETECTORS), { file: 'probe.prop' }));
    expect(withOthers.rules.map((r: { id: string }) => r.id)).toEqual([...Object.keys(CATEGORY_DETECTORS), ...OTHER_DETECTORS.map(otherRuleId)]);
    const rules = withOthers.check({ text: 'OFFICIAL-SENSITIVE: draft budget, not for circulation' }).findings.map((f: { rule: string }) => f.rule);
    expect(rules).toEqual([otherRuleId('marking')]);
  });

  it('ORs several detectors of one category and refuses a category that is not a rule id', () => {
    expect(probePackSource({ either: ['link', 'mention'] })).toContain('when text has link or text has mention');
    expect(() => probePackSource({ 'not valid': ['link'] })).toThrow(/not a valid rule id/);
    expect(() => probePackSource({ empty: [] })).toThrow(/names no detector/);
  });
});
