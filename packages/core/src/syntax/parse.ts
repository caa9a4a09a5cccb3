import type { Pack } from '../ast/nodes.js';
import { CompileError } from '../diagnostics/compile-error.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ParseProblem } from './parse-problem.js';
import { SyntaxError as PeggySyntaxError, parse as peggyParse } from './parser.generated.js';
import { problemDiagnostic } from './problem-diagnostic.js';
import { syntaxErrorDiagnostic } from './syntax-error-diagnostic.js';
import { blankOut, recoveryRegion } from './recovery.js';

/** Options of {@link parse}, {@link safeParse} and `format`. */
export interface ParseOptions {
  /** The file name, copied into every location as `source` and into diagnostics. */
  file?: string | undefined;
}

/** The outcome of {@link safeParse}. */
export type ParseResult =
  | { ok: true; ast: Pack }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * Reads a `.prop` pack into its syntax tree.
 *
 * Only the syntax is checked here; names, kinds and safety are the
 * compiler's business.
 *
 * @throws {@link CompileError} listing the syntax problems found
 */
export function parse(source: string, options?: ParseOptions): Pack {
  const result = safeParse(source, options);
  if (!result.ok) throw new CompileError(result.diagnostics);
  return result.ast;
}

/**
 * Like {@link parse}, but returns the syntax diagnostics instead of throwing.
 *
 * They come in source order: every slip the parser read past (a string
 * without its closing quote, an impossible date, a clause written twice) and
 * the first place in each top-level declaration where the text could not be
 * read at all. After a syntax error the declaration holding it is skipped and
 * reading resumes at the next one (see `recoveryRegion`), up to
 * 20 errors. An error that follows a string or
 * regular expression left open in the same declaration is taken for an
 * echo of it and not reported.
 */
export function safeParse(source: string, options?: ParseOptions): ParseResult {
  const file = options?.file;
  const diagnostics: Diagnostic[] = [];
  const reported = new Set<string>();
  let text = source;
  let ast: Pack | undefined;
  for (let errors = 0; errors < MAX_SYNTAX_ERRORS; errors++) {
    const problems: ParseProblem[] = [];
    let failure: Diagnostic | undefined;
    try {
      const pack = peggyParse(text, { grammarSource: file, problems }).pack;
      if (errors === 0) ast = pack;
    } catch (error) {
      if (!(error instanceof PeggySyntaxError)) throw error;
      failure = syntaxErrorDiagnostic(error, text, file);
    }
    const failedAt = failure?.location?.start.offset ?? Infinity;
    for (const problem of problems) {
      if (problem.location.start.offset >= failedAt) continue;
      // Backtracking, and every later pass, reads the same token again.
      const key = `${problem.code}@${problem.location.start.offset}`;
      if (reported.has(key)) continue;
      reported.add(key);
      diagnostics.push(problemDiagnostic(problem));
    }
    if (failure === undefined) break;
    const region = recoveryRegion(text, failedAt);
    const regionStart = region?.[0] ?? 0;
    const echo = problems.some(
      (p) => leavesOpen(p) && p.location.start.offset >= regionStart && p.location.start.offset < failedAt,
    );
    if (!echo) diagnostics.push(failure);
    if (region === undefined) break;
    text = blankOut(text, region);
  }
  if (diagnostics.length === 0 && ast !== undefined) return { ok: true, ast };
  diagnostics.sort((a, b) => (a.location?.start.offset ?? 0) - (b.location?.start.offset ?? 0));
  return { ok: false, diagnostics };
}

/** At most this many syntax errors are reported for one text. */
export const MAX_SYNTAX_ERRORS = 20;

// An open string or regular expression swallows the rest of its line, so a
// syntax error after it is usually its echo.
function leavesOpen(problem: ParseProblem): boolean {
  return problem.code === 'unterminated-string' || problem.code === 'unterminated-regex';
}
