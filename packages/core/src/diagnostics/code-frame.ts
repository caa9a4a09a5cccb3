import type { SourceRange } from '../ast/nodes.js';
import type { Diagnostic } from './diagnostic.js';

/** Source texts by file name, or the one text every diagnostic refers to. */
export type DiagnosticSources = string | Readonly<Record<string, string>>;

const TAB = '    ';

/**
 * Prints a diagnostic the way rustc does, without colours:
 *
 * ```text
 * error[unknown-term-list]: unknown term list `controversal`
 *   --> packs/dept.prop:12:17
 *    |
 * 12 |   when text has controversal
 *    |                 ^^^^^^^^^^^^
 *    = help: did you mean `controversial`?
 * ```
 *
 * Notes with a location get a frame of their own, the others a `= note:`
 * line. Without the source text (or for a location past its end) only the
 * `-->` line is printed. Tabs are shown as four spaces; a range over several
 * lines is underlined to the end of its first line.
 *
 * @param source - the text the location points into, or texts by file name
 */
export function formatDiagnostic(d: Diagnostic, source?: DiagnosticSources): string {
  const located = (d.notes ?? []).filter((n) => n.location !== undefined);
  const lineNumbers = [d.location, ...located.map((n) => n.location)]
    .filter((l): l is SourceRange => l !== undefined)
    .map((l) => l.start.line);
  const width = Math.max(1, ...lineNumbers.map((n) => String(n).length));
  const pad = ' '.repeat(width + 1);
  const out: string[] = [`${d.severity}[${d.code}]: ${d.message}`];
  if (d.location !== undefined) out.push(...frame(d.location, textFor(source, d.location), width));
  for (const note of located) {
    out.push(`${pad}|`, `note: ${note.message}`, ...frame(note.location!, textFor(source, note.location!), width));
  }
  for (const note of d.notes ?? []) {
    if (note.location === undefined) out.push(`${pad}= note: ${note.message}`);
  }
  if (d.help !== undefined) out.push(`${pad}= help: ${d.help}`);
  return out.join('\n');
}

/**
 * Prints each diagnostic with {@link formatDiagnostic}, separated by blank
 * lines.
 *
 * @param sources - texts by file name, or the one text they all refer to
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], sources?: DiagnosticSources): string {
  return diagnostics.map((d) => formatDiagnostic(d, sources)).join('\n\n');
}

function textFor(sources: DiagnosticSources | undefined, at: SourceRange): string | undefined {
  if (sources === undefined || typeof sources === 'string') return sources;
  return at.source === undefined ? undefined : sources[at.source];
}

function frame(at: SourceRange, text: string | undefined, width: number): string[] {
  const arrow = `${' '.repeat(width)}--> ${at.source ?? '<pack>'}:${at.start.line}:${at.start.column}`;
  const line = text === undefined ? undefined : lineOf(text, at.start.line);
  if (line === undefined) return [arrow];
  const startColumn = Math.min(at.start.column, line.length + 1);
  const endColumn =
    at.end.line === at.start.line ? Math.min(Math.max(at.end.column, startColumn), line.length + 1) : line.length + 1;
  const before = line.slice(0, startColumn - 1);
  const marked = line.slice(startColumn - 1, endColumn - 1);
  const pad = ' '.repeat(width + 1);
  const carets = '^'.repeat(Math.max(1, displayWidth(marked)));
  return [
    arrow,
    `${pad}|`,
    `${String(at.start.line).padStart(width)} | ${display(line)}`.trimEnd(),
    `${pad}| ${' '.repeat(displayWidth(before))}${carets}`,
  ];
}

/** Line `n` (1-based) of `text` without its line break, lines ending at `\n` as the parser counts them. */
function lineOf(text: string, n: number): string | undefined {
  let start = 0;
  for (let i = 1; i < n; i++) {
    const next = text.indexOf('\n', start);
    if (next === -1) return undefined;
    start = next + 1;
  }
  let end = text.indexOf('\n', start);
  if (end === -1) end = text.length;
  if (end > start && text.charCodeAt(end - 1) === 0x0d) end--;
  return text.slice(start, end);
}

// One printed column per code point, four for a tab, so the carets line up.
function display(s: string): string {
  let out = '';
  for (const ch of s) out += ch === '\t' ? TAB : isControl(ch) ? '\uFFFD' : ch;
  return out;
}

function displayWidth(s: string): number {
  let n = 0;
  for (const ch of s) n += ch === '\t' ? TAB.length : 1;
  return n;
}

function isControl(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return c < 0x20 || c === 0x7f;
}
