import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/input/split-lines.js';

async function collect(chunks: Iterable<Buffer | string>, max?: number) {
  const out = [];
  for await (const line of splitLines(chunks, max)) out.push(line);
  return out;
}

/** Cuts a buffer at the given points, even inside a UTF-8 sequence. */
function cut(bytes: Buffer, points: number[]): Buffer[] {
  const sorted = [...new Set(points.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let start = 0;
  for (const point of sorted) {
    chunks.push(bytes.subarray(start, point));
    start = point;
  }
  chunks.push(bytes.subarray(start));
  return chunks;
}

const lineText = fc.string({ unit: fc.constantFrom('a', 'é', '😀', ' ', '{', '"', '\r'), maxLength: 12 });

describe('splitLines', () => {
  it('gives the lines of the text, whatever the chunks, without their \\n or \\r\\n', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(lineText, { maxLength: 8 }), fc.boolean(), fc.array(fc.nat(), { maxLength: 10 }), async (lines, crlf, points) => {
        const text = lines.join(crlf ? '\r\n' : '\n');
        // A line break ends a line; it does not start one, so a final break adds no empty line.
        const parts = text.split('\n');
        if (parts[parts.length - 1] === '') parts.pop();
        const expected = parts.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
        const got = await collect(cut(Buffer.from(text, 'utf8'), points));
        expect(got.map((line) => line.text)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('drops a line longer than the limit as it streams by, and goes on with the next', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 8 }), async (length, chunkSize) => {
        const long = 'x'.repeat(length);
        const text = `short\n${long}\nafter`;
        const chunks = [];
        for (let i = 0; i < text.length; i += chunkSize) chunks.push(text.slice(i, i + chunkSize));
        const got = await collect(chunks, 10);
        expect(got[0]).toEqual({ text: 'short' });
        expect(got[1]).toEqual(length > 10 ? { text: '', tooLong: true, length } : { text: long });
        expect(got[2]).toEqual({ text: 'after' });
      }),
      { numRuns: 200 },
    );
  });
});
