import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/text/normalise.js';
import { anyText, word } from './arbitraries.js';

describe('normalise (properties)', () => {
  it('never throws and keeps a well-formed offset map', () => {
    fc.assert(
      fc.property(anyText, (original) => {
        const n = normalise(original);
        expect(n.original).toBe(original);
        expect(n.starts.length).toBe(n.text.length);
        expect(n.ends.length).toBe(n.text.length);
        if (n.leet !== undefined) expect(n.leet.length).toBe(n.text.length);
        for (let i = 0; i < n.text.length; i++) {
          expect(n.starts[i]!).toBeLessThan(n.ends[i]!);
          expect(n.ends[i]!).toBeLessThanOrEqual(original.length);
          if (i > 0) {
            expect(n.starts[i]!).toBeGreaterThanOrEqual(n.starts[i - 1]!);
            expect(n.ends[i]!).toBeGreaterThanOrEqual(n.ends[i - 1]!);
          }
        }
      }),
      { numRuns: 600 },
    );
  });

  it('yields words separated by single spaces, lower case, without format controls', () => {
    fc.assert(
      fc.property(anyText, (original) => {
        const { text } = normalise(original);
        expect(text).not.toMatch(/^ | $|  /);
        expect(text).not.toMatch(/[A-Z\p{Cf}\p{M}]/u);
        expect(text).not.toMatch(/[\p{Cs}]/u);
      }),
      { numRuns: 600 },
    );
  });

  it('gives each word of plain text back, lower-cased, whatever separates them', () => {
    const separator = fc
      .array(fc.constantFrom(' ', ',', '.', '\n', ' - ', '…', '🙂', '"', '?'), { minLength: 1, maxLength: 3 })
      .map((parts) => (parts.join('').trim() === '' || parts.join('').length > 1 ? parts.join('') : ` ${parts.join('')} `));
    fc.assert(
      fc.property(fc.array(word(2, 9), { minLength: 1, maxLength: 8 }), fc.array(separator, { minLength: 9, maxLength: 9 }), fc.boolean(), (words, seps, upper) => {
        const original = words.map((w, k) => (upper ? w.toUpperCase() : w) + seps[k]).join('');
        const n = normalise(original);
        expect(n.text).toBe(words.join(' '));
        // Each normalised letter maps back to the same letter in the original.
        for (let i = 0; i < n.text.length; i++) {
          if (n.text[i] === ' ') continue;
          expect(original.slice(n.starts[i], n.ends[i]).toLowerCase()).toBe(n.text[i]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is not fooled by zero-width characters between letters', () => {
    fc.assert(
      fc.property(word(2, 10), fc.array(fc.constantFrom('\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'), { minLength: 10, maxLength: 10 }), (w, zw) => {
        const hidden = [...w].map((ch, k) => ch + (k < w.length - 1 ? zw[k] : '')).join('');
        expect(normalise(hidden).text).toBe(w);
      }),
      { numRuns: 300 },
    );
  });
});
