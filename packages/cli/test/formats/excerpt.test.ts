import fc from 'fast-check';
import type { Span } from '@propriety/core';
import { describe, expect, it } from 'vitest';
import { excerpts } from '../../src/formats/excerpt.js';

/** A span of `text` from `start` to `end` on its first line, as the engine reports it. */
function spanOf(text: string, start: number, end: number): Span {
  return { field: 'text', start, end, line: 1, column: start + 1, endLine: 1, endColumn: end + 1, text: text.slice(start, end) };
}

const char = fc.constantFrom('a', 'B', ' ', '.', 'é', '😀', '漢');

describe('excerpts', () => {
  it('puts exactly one caret under each code point of a span on a short line', () => {
    fc.assert(
      fc.property(fc.array(char, { minLength: 1, maxLength: 60 }), fc.nat(), fc.nat(), (chars, a, b) => {
        const text = chars.join('');
        // Span ends on code point boundaries.
        const bounds = [0];
        for (const c of chars) bounds.push(bounds[bounds.length - 1]! + c.length);
        const i = a % chars.length;
        const j = i + 1 + (b % (chars.length - i));
        const [excerpt] = excerpts(text, [spanOf(text, bounds[i]!, bounds[j]!)]);
        expect(excerpt!.text).toBe(text);
        expect(excerpt!.marks).toBe(' '.repeat(i) + '^'.repeat(j - i));
      }),
      { numRuns: 500 },
    );
  });

  it('cuts a long line to a window that keeps the span in view', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 10 }), (at, length) => {
        const text = `${'x'.repeat(at)}${'Y'.repeat(length)}${'z'.repeat(3000)}`;
        const [excerpt] = excerpts(text, [spanOf(text, at, at + length)]);
        const caret = excerpt!.marks.indexOf('^');
        expect([...excerpt!.text].length).toBeLessThanOrEqual(102);
        expect([...excerpt!.text].slice(caret, caret + length).join('')).toBe('Y'.repeat(length));
        expect(excerpt!.marks.slice(caret)).toBe('^'.repeat(length));
      }),
      { numRuns: 300 },
    );
  });

  it('shows the line of each span, one excerpt per line, tabs widened so carets stay aligned', () => {
    const text = 'first line\n\tsecond brexit line\nthird';
    const start = text.indexOf('brexit');
    const span: Span = { field: 'text', start, end: start + 6, line: 2, column: 9, endLine: 2, endColumn: 15, text: 'brexit' };
    expect(excerpts(text, [span])).toEqual([{ line: 2, text: '    second brexit line', marks: '           ^^^^^^' }]);
  });
});
