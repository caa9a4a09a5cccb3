import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTermMatcher } from '../../src/text/compile-term-matcher.js';
import { normalise } from '../../src/text/normalise.js';
import type { TermListInput, TermMatch } from '../../src/text/term-matcher.js';
import { wordIndexAt } from '../../src/text/words.js';
import { anyText, CONTEXT_WORDS, disguise, letterDisguise, word } from './arbitraries.js';

const VOCABULARY = ['brexit', 'god', 'good', 'oil', 'ill', 'plan', 'tax', 'tax credits', 'campaign', 'a b', 'ii', 'see', 'party', '2024'];

const termList: fc.Arbitrary<TermListInput> = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd'),
  inflect: fc.boolean(),
  terms: fc.array(
    fc.record({ text: fc.oneof(fc.constantFrom(...VOCABULARY), word(1, 6)), prefix: fc.boolean() }),
    { minLength: 1, maxLength: 6 },
  ),
});

const key = (m: TermMatch): string => JSON.stringify(m);

describe('compileTermMatcher (properties)', () => {
  it('never throws; every span lies inside the original and rescanning it alone finds the same term over all of it', () => {
    fc.assert(
      fc.property(fc.array(termList, { minLength: 1, maxLength: 3 }), anyText, (lists, original) => {
        const matcher = compileTermMatcher(lists);
        const n = normalise(original);
        const matches = matcher.scan(n);
        for (const m of matches) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.start).toBeLessThan(m.end);
          expect(m.end).toBeLessThanOrEqual(original.length);
          expect(n.text).toContain(m.normalised);
          expect(wordIndexAt(n, m.start)).toBe(m.firstWord);
          expect(wordIndexAt(n, m.end - 1)).toBe(m.lastWord);
          const slice = original.slice(m.start, m.end);
          const again = matcher.scan(normalise(slice));
          expect(again.some((x) => x.list === m.list && x.term === m.term && x.start === 0 && x.end === slice.length)).toBe(true);
        }
        for (let k = 1; k < matches.length; k++) {
          const [x, y] = [matches[k - 1]!, matches[k]!];
          expect(x.start < y.start || (x.start === y.start && (x.list < y.list || (x.list === y.list && x.term <= y.term)))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finds a term however it is disguised, with the span on the disguised word', () => {
    fc.assert(
      fc.property(
        word(3, 8),
        fc.array(letterDisguise, { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        fc.array(fc.constantFrom(...CONTEXT_WORDS), { maxLength: 4 }),
        fc.array(fc.constantFrom(...CONTEXT_WORDS), { maxLength: 4 }),
        (term, letters, spaced, before, after) => {
          const hidden = disguise(term, letters, spaced);
          const head = before.length > 0 ? `${before.join(' ')}, ` : '';
          const original = `${head}${hidden}${after.length > 0 ? ` ${after.join(' ')}.` : ''}`;
          const matcher = compileTermMatcher([{ id: 't', inflect: false, terms: [{ text: term, prefix: false }] }]);
          const matches = matcher.scan(normalise(original));
          const spans = matches.filter((m) => m.term === term).map((m) => [m.start, m.end]);
          expect(spans).toContainEqual([head.length, head.length + hidden.length]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('keeps finding phrases across any separators and in any case', () => {
    fc.assert(
      fc.property(
        fc.array(word(2, 7), { minLength: 2, maxLength: 3 }),
        fc.array(fc.constantFrom(' ', '  ', '-', '\n', ', ', ' / ', '_'), { minLength: 2, maxLength: 2 }),
        fc.boolean(),
        (words, seps, upper) => {
          const phrase = words.join(' ');
          const written = words.map((w, k) => (k === 0 ? '' : seps[k - 1]) + (upper ? w.toUpperCase() : w)).join('');
          const matcher = compileTermMatcher([{ id: 'p', inflect: false, terms: [{ text: phrase, prefix: false }] }]);
          const matches = matcher.scan(normalise(`we saw ${written} today`));
          expect(matches.map((m) => [m.term, m.start, m.end])).toContainEqual([phrase, 7, 7 + written.length]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('adding lists never changes the matches of the lists already there', () => {
    fc.assert(
      fc.property(
        fc.array(termList, { minLength: 1, maxLength: 3 }),
        fc.array(termList, { minLength: 1, maxLength: 3 }),
        anyText,
        (lists, more, original) => {
          const extra = more.map((l) => ({ ...l, id: `more-${l.id}` }));
          const n = normalise(original);
          const alone = compileTermMatcher(lists).scan(n).map(key).sort();
          const together = compileTermMatcher([...lists, ...extra])
            .scan(n)
            .filter((m) => !m.list.startsWith('more-'))
            .map(key)
            .sort();
          expect(together).toEqual(alone);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('compiling the same lists twice gives the same results', () => {
    fc.assert(
      fc.property(fc.array(termList, { minLength: 1, maxLength: 3 }), anyText, (lists, original) => {
        const n = normalise(original);
        expect(compileTermMatcher(lists).scan(n)).toEqual(compileTermMatcher(lists).scan(n));
      }),
      { numRuns: 200 },
    );
  });
});
