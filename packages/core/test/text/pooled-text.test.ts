import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/text/normalise.js';
import { plainText, pooledOf } from '../../src/text/pooled-text.js';
import type { NormalisedText } from '../../src/text/normalised-text.js';

// Texts longer than a quarter of the shared chunk (16,384 units) go to the long-text chunk.
const LONG = 20_000;
const word = fc.constantFrom('Brexit', 'h3ll0', 'b r e x i t', 'café', 'naïve', 'sh1t', '$cam', 'NHS', '👍', 'x\u200by', 'e\u0301', '  ', '\n');
const longText = fc.array(word, { minLength: 1, maxLength: 40 }).map((words) => {
  const unit = words.join(' ');
  return unit.repeat(Math.ceil(LONG / Math.max(1, unit.length)) + 1);
});

function fields(text: NormalisedText): { text: string; starts: number[]; ends: number[]; leet: number[] | undefined } {
  return { text: text.text, starts: [...text.starts], ends: [...text.ends], leet: text.leet === undefined ? undefined : [...text.leet] };
}

describe('plainText of a long text', () => {
  it('reads the long-text chunk in place, and keeps it when other texts are normalised after', () => {
    fc.assert(
      fc.property(longText, longText, fc.string({ maxLength: 50 }), (a, b, short) => {
        const expected = fields(normalise(a));
        const plain = plainText(normalise(a));
        // Views on the chunk, not copies: the offset maps share its buffer.
        expect(plain.starts.buffer).toBe(pooledOf(plain)!.chunk.start.buffer);
        normalise(b);
        normalise(short);
        plainText(normalise(b));
        expect(fields(plain)).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });

  it('leaves a long text the term scanner reads, not made plain, in the reused chunk', () => {
    const a = 'word '.repeat(LONG / 4);
    const first = pooledOf(normalise(a))!;
    const second = pooledOf(normalise(a))!;
    expect(second.chunk).toBe(first.chunk);
  });
});
