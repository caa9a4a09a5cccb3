import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTermMatcher } from '../../src/text/compile-term-matcher.js';
import { normalise } from '../../src/text/normalise.js';
import type { TermListInput } from '../../src/text/term-matcher.js';

// A few thousand terms: far more automaton states than a tiny dense budget holds.
const SYLLABLES = ['ba', 'ke', 'li', 'mo', 'nu', 'ra', 'se', 'ti', 'vo', 'zu', 'il', 'oo'];
const vocabulary: string[] = [];
for (const a of SYLLABLES) for (const b of SYLLABLES) for (const c of ['', ...SYLLABLES.slice(0, 6)]) vocabulary.push(a + b + c);

const lists: TermListInput[] = [0, 1, 2, 3].map((k) => ({
  id: `list-${k}`,
  inflect: k % 2 === 0,
  terms: vocabulary
    .filter((_, i) => i % 4 === k)
    .map((text, i) => ({ text: i % 7 === 0 ? `${text} ${vocabulary[(i * 13) % vocabulary.length]}` : text, prefix: i % 11 === 0 })),
}));

const text = fc
  .array(fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom('the', 's', 'ed', 'ing', ' ', '-', '1', 'i1', 'baaa')), { maxLength: 30 })
  .map((words) => words.join(' '));

describe('a matcher with thousands of terms', () => {
  const dense = compileTermMatcher(lists);
  const sparse = compileTermMatcher(lists, { denseBudgetBytes: 64 });

  it('finds each term written alone', () => {
    for (const list of lists) {
      for (const { text: term } of list.terms.slice(0, 60)) {
        const matches = dense.scan(normalise(`x ${term} y`));
        expect(matches.some((m) => m.list === list.id && m.term === term && m.start === 2 && m.end === 2 + term.length)).toBe(true);
      }
    }
  });

  it('gives the same results whether the automaton is mostly dense rows or mostly sparse records', () => {
    fc.assert(
      fc.property(text, (t) => {
        const n = normalise(t);
        expect(sparse.scan(n)).toEqual(dense.scan(n));
      }),
      { numRuns: 300 },
    );
  });
});
