import type { SourcePosition, SourceRange } from '../ast/nodes.js';

/**
 * The line and column of `offset` in `source`, counted the way the generated
 * parser counts them: lines end at `\n` only, columns are UTF-16 code units,
 * both 1-based.
 */
export function positionAt(source: string, offset: number): SourcePosition {
  const at = Math.max(0, Math.min(offset, source.length));
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf('\n'); i !== -1 && i < at; i = source.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { offset: at, line, column: at - lineStart + 1 };
}

/** The range from `start` to `end` (offsets) in `source`, labelled with `file`. */
export function rangeAt(source: string, start: number, end: number, file?: string): SourceRange {
  const range: SourceRange = { start: positionAt(source, start), end: positionAt(source, end) };
  return file === undefined ? range : { source: file, ...range };
}
