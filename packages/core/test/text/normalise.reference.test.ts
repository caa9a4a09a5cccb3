import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/text/normalise.js';
import { anyText } from './arbitraries.js';
import { referenceNormalise } from './reference/reference-normalise.js';

/** The parts of a normalised text, as plain values for comparison. */
const plain = (n: ReturnType<typeof normalise>) => ({
  text: n.text,
  starts: Array.from(n.starts),
  ends: Array.from(n.ends),
  leet: n.leet === undefined ? undefined : Array.from(n.leet),
});

const SPACED = fc
  .array(fc.constantFrom('a', 'b', 'I', '1', '3', '@', '$', '!', '|', 'x', 'ab', 'é', '\u0301', '\u200B', 'ⓐ', 'ß'), { maxLength: 12 })
  .chain((tokens) =>
    fc
      .array(fc.constantFrom(' ', '.', '-', '_', '*', '  ', '. ', ', ', '!', '\u0301', ''), {
        minLength: tokens.length + 1,
        maxLength: tokens.length + 1,
      })
      .map((gaps) => gaps[0] + tokens.map((t, k) => t + gaps[k + 1]).join('')),
  );

describe('normalise against the reference implementation', () => {
  it('agrees on arbitrary text', () => {
    fc.assert(
      fc.property(anyText, (original) => {
        expect(plain(normalise(original))).toEqual(plain(referenceNormalise(original)));
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees on spaced-out letters, acronyms and leetspeak', () => {
    fc.assert(
      fc.property(SPACED, (original) => {
        expect(plain(normalise(original))).toEqual(plain(referenceNormalise(original)));
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees on long texts, several calls in a row', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(anyText, SPACED), { minLength: 2, maxLength: 4 }), (texts) => {
        for (const t of texts) expect(plain(normalise(t.repeat(20)))).toEqual(plain(referenceNormalise(t.repeat(20))));
      }),
      { numRuns: 100 },
    );
  });
});
