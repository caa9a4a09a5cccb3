import type { Span } from './report.js';

/**
 * A {@link Span} of `original` from `start` to `end` (exclusive), with the
 * 1-based line and column of both ends; `endLine`/`endColumn` are the
 * position just after the last character, as editors expect.
 */
export function makeSpan(
  field: string,
  original: string,
  start: number,
  end: number,
  locate: (offset: number) => { line: number; column: number },
): Span {
  const from = locate(start);
  const to = locate(end);
  return {
    field,
    start,
    end,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    text: original.slice(start, end),
  };
}
