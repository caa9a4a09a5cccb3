import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseTerm } from '../../src/text/compile-term-matcher.js';
import { normalise } from '../../src/text/normalise.js';

describe('normaliseTerm', () => {
  const word = fc.string({ unit: fc.constantFrom(...'abcdeilostxyz'), minLength: 2, maxLength: 9 });
  const casedWord = fc.string({ unit: fc.constantFrom(...'abcdeilostxyzABEILOSTXZ'), minLength: 2, maxLength: 9 });

  it('gives what the normaliser gives for plain lower-case terms, which it skips', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => {
        const term = words.join(' ');
        expect(normaliseTerm(term)).toBe(term);
        expect(normaliseTerm(term)).toBe(normalise(term).text);
      }),
      { numRuns: 500 },
    );
  });

  it('gives what the normaliser gives for plain terms in any case', () => {
    fc.assert(
      fc.property(fc.array(casedWord, { minLength: 1, maxLength: 4 }), (words) => {
        const term = words.join(' ');
        expect(normaliseTerm(term)).toBe(term.toLowerCase());
        expect(normaliseTerm(term)).toBe(normalise(term).text);
      }),
      { numRuns: 500 },
    );
  });

  it('gives what the normaliser gives for any other term', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'B', ' ', '  ', '.', '-', '1', '3', '@', 'é', '\u200b', "'"), maxLength: 14 }), (term) => {
        expect(normaliseTerm(term)).toBe(normalise(term).text);
      }),
      { numRuns: 1000 },
    );
    expect(normaliseTerm('b r e x i t')).toBe(normalise('b r e x i t').text);
    expect(normaliseTerm('Brexit')).toBe('brexit');
  });
});
