import type { Span } from '@propriety/core';

/** The widest line shown; a longer one is cut to a window around its first span. */
const MAX_WIDTH = 100;
/** Characters shown before the first span of a cut line. */
const LEAD = 30;
const TAB = '    ';

/** One line of a field with its spans underlined. */
export interface Excerpt {
  /** 1-based line number in the field. */
  line: number;
  /** The line as shown: tabs widened, control characters replaced, cut with `…` when long. */
  text: string;
  /** Spaces and carets under {@link Excerpt.text}. */
  marks: string;
}

/**
 * Excerpts of a field's text for a set of spans (all of that field, sorted by
 * offset): one per line holding a span, every span on it underlined. Columns
 * count code points, so carets stay under the characters they mark.
 */
export function excerpts(text: string, spans: readonly Span[]): Excerpt[] {
  const out: Excerpt[] = [];
  for (let i = 0; i < spans.length;) {
    const lineNo = spans[i]!.line;
    let j = i;
    while (j < spans.length && spans[j]!.line === lineNo) j++;
    out.push(excerpt(text, lineNo, spans.slice(i, j)));
    i = j;
  }
  return out;
}

function excerpt(text: string, lineNo: number, spans: readonly Span[]): Excerpt {
  const { start, end } = lineBounds(text, spans[0]!);
  const line = text.slice(start, end);
  // Each span as [from, to) in UTF-16 offsets within the line; a span that runs on marks to the end of the line.
  const ranges = spans.map((span) => [
    Math.max(0, span.start - start),
    span.endLine === span.line ? Math.min(line.length, Math.max(span.end - start, span.start - start + 1)) : line.length,
  ] as const);
  let from = 0;
  let to = line.length;
  if (displayWidth(line) > MAX_WIDTH) {
    from = backUp(line, ranges[0]![0], LEAD);
    to = forward(line, from, MAX_WIDTH);
  }
  let shown = '';
  let marks = '';
  let position = from;
  const prefix = from > 0 ? '\u2026' : '';
  const suffix = to < line.length ? '\u2026' : '';
  for (const char of codePoints(line, from, to)) {
    const cell = char === '\t' ? TAB : isControl(char) ? '\uFFFD' : char;
    const marked = ranges.some(([a, b]) => position >= a && position < b);
    shown += cell;
    marks += (marked ? '^' : ' ').repeat(cell === TAB ? TAB.length : 1);
    position += char.length;
  }
  // A span on an empty stretch (a line break) still gets a caret.
  if (!marks.includes('^')) marks += '^';
  return { line: lineNo, text: prefix + shown + suffix, marks: (prefix ? ' ' : '') + marks.trimEnd() };
}

function lineBounds(text: string, span: Span): { start: number; end: number } {
  let start = Math.min(span.start, text.length);
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  let end = start;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start, end };
}

function* codePoints(line: string, from: number, to: number): Generator<string> {
  for (let i = from; i < to;) {
    const code = line.codePointAt(i)!;
    const char = String.fromCodePoint(code);
    yield char;
    i += char.length;
  }
}

function backUp(line: string, at: number, count: number): number {
  let i = Math.min(at, line.length);
  for (let n = 0; n < count && i > 0; n++) i -= isLowSurrogate(line.charCodeAt(i - 1)) && i > 1 ? 2 : 1;
  return i;
}

function forward(line: string, at: number, count: number): number {
  let i = at;
  for (let n = 0; n < count && i < line.length; n++) i += isHighSurrogate(line.charCodeAt(i)) ? 2 : 1;
  return Math.min(i, line.length);
}

function displayWidth(line: string): number {
  let n = 0;
  for (const char of line) n += char === '\t' ? TAB.length : 1;
  return n;
}

function isControl(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (code < 0x20 && code !== 0x09) || code === 0x7f;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
