import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeRegExp, groupedAlternation } from '../../../../src/detectors/personal-data/shared/alternation.js';
import { nextMatch } from '../../../../src/detectors/personal-data/shared/leading-lookbehind.js';

/** Every match of a global pattern as [index, text, groups…], read with `exec` or with {@link nextMatch}. */
function all(pattern: RegExp, text: string, fast: boolean): string[][] {
  const out: string[][] = [];
  pattern.lastIndex = 0;
  for (let m = fast ? nextMatch(pattern, text) : pattern.exec(text); m; m = fast ? nextMatch(pattern, text) : pattern.exec(text)) {
    out.push([String(m.index), ...m.map((g) => g ?? '')]);
    if (m[0].length === 0) pattern.lastIndex++;
    if (out.length > 1000) break;
  }
  expect(pattern.lastIndex).toBe(0);
  return out;
}

/** Characters that test word boundaries: letters, digits, case folds, marks, surrogates (paired and lone). */
const pieces = fc.constantFrom(
  'a', 'b', 'my', 'name', 'Name', 'NAME', 'id', ' ', '-', '.', "'", '’', '1', '23', 'é', '\u0301', '\u017f', '\u212a', 'k',
  's', '𝐀', '😂', '\ud800', '\udc00', 'ß', 'İ', 'x', 'wife', 'my wife', 'ip 10.0.0.1', 'SW1A 1AA',
);
const texts = fc.array(pieces, { maxLength: 24 }).map((p) => p.join(''));

const PATTERNS: RegExp[] = [
  /(?<![\p{L}\p{N}])(?:my[\s\-]{1,3}name|name|id|k)(?![\p{L}\p{N}])/giu,
  /(?<![\p{L}\p{N}])(?:my|our)\s{1,3}(wife|son)(?![\p{L}\p{N}])/giu,
  /(?<![\p{L}\p{N}.])(?:\d{1,3})(?:\.\d{1,3}){3}(?![\p{L}\p{N}])/gu,
  /(?<![\p{L}\p{N}])([A-Za-z]{1,2})(\d)([A-Za-z\d]?)( ?)(\d)([A-Za-z]{2})(?![\p{L}\p{N}])/gu,
  /(?<![A-Za-z0-9])[13][a-z]{2,5}(?![A-Za-z0-9])/g,
  /(?<![\p{L}\p{N}\-])\d{2}(?![\p{L}\p{N}])/gu,
  /(?<![\p{L}])\p{Lu}\p{Ll}*/gu,
  /(?<![\p{L}\p{N}])s/giu,
];

describe('nextMatch: the leading lookbehind checked by hand', () => {
  it('finds exactly the matches, groups and order of the pattern as written', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATTERNS), texts, (pattern, text) => {
        expect(all(pattern, text, true)).toEqual(all(pattern, text, false));
      }),
      { numRuns: 1000 },
    );
  });

  it('runs patterns without a leading lookbehind as they are', () => {
    const pattern = /a(b)/g;
    expect(all(pattern, 'ab xab', true)).toEqual([['0', 'ab', 'b'], ['4', 'ab', 'b']]);
  });

  it('resumes from lastIndex as exec does', () => {
    const pattern = /(?<![\p{L}\p{N}])id(?![\p{L}\p{N}])/giu;
    pattern.lastIndex = 3;
    expect(nextMatch(pattern, 'id id id')?.index).toBe(3);
    expect(pattern.lastIndex).toBe(5);
  });
});

describe('groupedAlternation: alternatives grouped by first letter', () => {
  const words = fc.constantFrom('my', 'my name', 'name', 'n', 'na', 'id', 'i d', 'id card', "i'd", 'a', 'abc', 'ab c', 'K', 'k', 's');
  const toSource = (p: string) => escapeRegExp(p).replace(/ +/g, '[\\s\\-]{1,3}').replace(/'/g, "['’]?");

  it('matches exactly what the flat alternation matches, in any order of phrases', () => {
    fc.assert(
      fc.property(fc.uniqueArray(words, { minLength: 1, maxLength: 8 }), texts, fc.constantFrom('giu', 'gu'), (phrases, text, flags) => {
        const flat = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.map(toSource).join('|')})(?![\\p{L}\\p{N}])`, flags);
        const grouped = new RegExp(`(?<![\\p{L}\\p{N}])(?:${groupedAlternation(phrases, toSource)})(?![\\p{L}\\p{N}])`, flags);
        expect(all(grouped, text, false)).toEqual(all(flat, text, false));
      }),
      { numRuns: 1000 },
    );
  });

  it('groups phrases that share a first letter, and leaves a list it cannot group flat', () => {
    expect(groupedAlternation(['ab', 'ac', 'b'], (p) => p)).toBe('a(?:b|c)|b(?:)');
    expect(groupedAlternation(['ab', "'x"], (p) => p)).toBe("ab|'x");
    expect(groupedAlternation(['Ab', 'ab'], (p) => p)).toBe('Ab|ab');
  });
});
