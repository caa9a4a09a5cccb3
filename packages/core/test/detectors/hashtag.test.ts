import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findHashtags, hashtagDetector } from '../../src/detectors/hashtag.js';
import { detect, texts, timed } from './helpers.js';

describe('hashtag detector', () => {
  it('finds hashtags in any script, with digits and underscores', () => {
    const text = '#Brexit #covid19 #été #日本 #civil_service!';
    expect(texts(text, detect(hashtagDetector, text))).toEqual(['#Brexit', '#covid19', '#été', '#日本', '#civil_service']);
  });

  it('does not take numbers, entities, fragments or doubled # for hashtags', () => {
    expect(detect(hashtagDetector, 'We are #1 in 2026, #2026 too')).toEqual([]);
    expect(detect(hashtagDetector, 'it&#39;s page#top /#x ##y # z')).toEqual([]);
  });

  it('labels each tag and suggests keeping the word without the #', () => {
    const [match] = detect(hashtagDetector, 'Go #Team');
    expect(match).toMatchObject({ label: 'hashtag #Team', replacement: 'Team', start: 3, end: 8 });
  });

  it('reports only the listed tags, without case and with or without #', () => {
    const text = '#Brexit #Remain #LEAVE';
    expect(texts(text, detect(hashtagDetector, text, { tags: ['brexit', '#leave'] }))).toEqual(['#Brexit', '#LEAVE']);
  });

  it('stays linear and sane on pathological input', () => {
    for (const text of ['a'.repeat(50_000), '.'.repeat(50_000), '#'.repeat(50_000), '#1'.repeat(25_000),
      `#${'a'.repeat(50_000)}`, '#\u0301'.repeat(25_000)]) {
      let found: ReturnType<typeof findHashtags> = [];
      expect(timed(() => { found = findHashtags(text); })).toBeLessThan(500);
      for (const tag of found) expect(tag.end).toBeLessThanOrEqual(text.length);
    }
    expect(findHashtags('#'.repeat(50_000))).toEqual([]);
    expect(findHashtags(`#${'a'.repeat(50_000)}`)).toHaveLength(1);
  });

  it('returns ordered tags that start with # and contain a letter, for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '1', '_', '#', ' ', '&', 'é', '\u0301', '/'), maxLength: 60 }), (text) => {
        let previousEnd = 0;
        for (const tag of findHashtags(text)) {
          expect(text[tag.start]).toBe('#');
          expect(tag.start).toBeGreaterThanOrEqual(previousEnd);
          expect(/\p{L}/u.test(tag.tag)).toBe(true);
          previousEnd = tag.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});
