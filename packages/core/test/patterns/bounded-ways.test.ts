import fc from 'fast-check';
import { isSafePattern } from 'redos-detector';
import { describe, expect, it } from 'vitest';
import { boundedWays } from '../../src/patterns/bounded-ways.js';

/** Small patterns without unbounded repetition, as packs write them. */
const pattern = fc.letrec<{ alt: string; seq: string; term: string; atom: string }>((tie) => ({
  atom: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('a', 'b', 'A', '.', '[ab]', '[^a]', '[a-c]', '\\d', '\\w', '\\s', '\\W', ' ', '\\.', 'k') },
    { weight: 2, arbitrary: tie('alt').map((inner) => `(?:${inner})`) },
    { weight: 1, arbitrary: tie('alt').map((inner) => `(${inner})`) },
  ),
  term: fc.oneof(
    { weight: 6, arbitrary: fc.tuple(tie('atom'), fc.constantFrom('', '', '', '?', '{2}', '{0,2}', '{1,3}', '??', '{1,2}?')).map(([a, q]) => a + q) },
    { weight: 1, arbitrary: fc.constantFrom('\\b', '^', '$') },
  ),
  seq: fc.array(tie('term'), { minLength: 1, maxLength: 4 }).map((terms) => terms.join('')),
  alt: fc.array(tie('seq'), { minLength: 1, maxLength: 3 }).map((seqs) => seqs.join('|')),
})).alt.filter((regex) => regex.length <= 40);

const valid = (regex: string, flags: string) => {
  try {
    new RegExp(regex, flags);
    return true;
  } catch {
    return false;
  }
};

describe('boundedWays', () => {
  it('counts the ways of plain patterns, never below the score of the general analysis', () => {
    // [^]*?(?:Mrs|Mr)x: after `Mr`, the skip and both alternatives are live.
    expect(boundedWays('(?:Mrs|Mr)x', '', 200)).toBe(3);
    // Twelve digits: a match could have started at each of them, plus the skip.
    expect(boundedWays('[0-9]{1,12} (?:million|billion)', '', 200)).toBe(13);
    expect(boundedWays('abc', '', 200)).toBe(2);
    // An optional group is entered or skipped as the next character says.
    expect(boundedWays('\\bembargo(?:ed)?\\b', 'iu', 200)).toBe(3);
    expect(boundedWays('\\bCASE-[0-9]{6}\\b', 'i', 200)).toBe(2);
    // The standard pack's one pattern (the analysis scores it 7).
    expect(boundedWays('\\b(?:Mrs|Mr|Ms|Miss|Mx)\\.? [A-Z][a-z]{1,30}', '', 200)).toBe(16);
  });

  it('leaves to the general analysis what is over the limit or outside what it handles', () => {
    for (const regex of [
      '[0-9]{1,300}', // more than 200 places a match could have started
      'a?a?a?b', 'a{0,2}ab', '(?:a?|b?)c', // a part that could stop or go on reading the same character
      '(?:ab){1,2}', '(?:ab)+', // a repeated group
      'caf\u00e9', // beyond ASCII
      'a+', 'a*b', 'a{2,}', // unbounded
      '(?=a)b', '(?!a)b', '\\u0041', '\\cA', '\\0', 'a{1,100000}',
    ]) {
      expect(boundedWays(regex, '', 200), regex).toBeUndefined();
    }
    expect(boundedWays('\\p{L}', 'u', 200)).toBeUndefined();
    expect(boundedWays('[0-9]{1,12} (?:million|billion)', '', 12)).toBeUndefined();
  });

  it('tells characters apart as the engine does, including case folding under `i` and `iu`', () => {
    // `k` and `\W` never read the same character: under `i` the Kelvin sign is `\W` but not `k`, under `iu` the other way round.
    expect(boundedWays('(?:k|\\W)x', 'i', 200)).toBe(2);
    expect(boundedWays('(?:k|\\W)x', 'iu', 200)).toBe(2);
    // Only a character beyond ASCII, such as a no-break space, is both `\s` and `[^\x00-\x7f]`.
    expect(boundedWays('(?:\\sx|[^\\x00-\\x7f]y)', '', 200)).toBe(3);
    expect(boundedWays('(?:\\dx|[^\\x00-\\x7f]y)', '', 200)).toBe(2);
    // Under `i`, `a` and `A` are one character: the alternatives begin alike.
    expect(boundedWays('(?:ab|Ac)', '', 200)).toBe(2);
    expect(boundedWays('(?:ab|Ac)', 'i', 200)).toBe(3);
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(pattern, fc.constantFrom('', 'i'), (regex, flags) => {
        fc.pre(valid(regex, flags));
        expect(boundedWays(regex, flags, 200)).toEqual(boundedWays(regex, flags, 200));
      }),
      { numRuns: 200 },
    );
  });

  it('never accepts a pattern that the general analysis scores above the limit, and never counts below its score', () => {
    fc.assert(
      fc.property(pattern, fc.constantFrom('', 'i', 'u', 'iu'), (regex, flags) => {
        fc.pre(valid(regex, flags));
        const counted = boundedWays(regex, flags, 200);
        if (counted === undefined) return;
        const verdict = isSafePattern(regex, {
          maxScore: 200,
          maxSteps: 20_000,
          // The analysis cannot take `i` with `u`; checkPattern analyses such ASCII patterns under `i` alone.
          unicode: flags === 'u',
          caseInsensitive: flags.includes('i'),
        });
        if (verdict.error === 'hitMaxSteps') return;
        expect(verdict.safe, `/${regex}/${flags} counted ${counted}`).toBe(true);
        if (!verdict.score.infinite) expect(counted).toBeGreaterThanOrEqual(verdict.score.value);
      }),
      { numRuns: 500 },
    );
  });
});
