import type { Pack } from '../ast/nodes.js';
import { CompileError } from '../diagnostics/compile-error.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ParseProblem } from './parse-problem.js';
import { SyntaxError as PeggySyntaxError, parse as peggyParse } from './parser.generated.js';
import { problemDiagnostic } from './problem-diagnostic.js';
import { syntaxErrorDiagnostic } from './syntax-error-diagnostic.js';

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
 * the first place where the text could not be read at all, unless that place
 * merely follows a string or regular expression left open on an earlier line,
 * which is then the real mistake.
 */
export function safeParse(source: string, options?: ParseOptions): ParseResult {
  const file = options?.file;
  const problems: ParseProblem[] = [];
  let pack: Pack | undefined;
  let failure: Diagnostic | undefined;
  try {
    pack = peggyParse(source, { grammarSource: file, problems }).pack;
  } catch (error) {
    if (!(error instanceof PeggySyntaxError)) throw error;
    failure = syntaxErrorDiagnostic(error, source, file);
  }
  const failedAt = failure?.location?.start.offset ?? Infinity;
  const slips = unique(problems).filter((p) => p.location.start.offset < failedAt);
  const diagnostics = slips.map(problemDiagnostic);
  if (failure !== undefined && !slips.some(leavesOpen)) diagnostics.push(failure);
  if (diagnostics.length === 0 && pack !== undefined) return { ok: true, ast: pack };
  diagnostics.sort((a, b) => (a.location?.start.offset ?? 0) - (b.location?.start.offset ?? 0));
  return { ok: false, diagnostics };
}

// Backtracking can read the same token twice; its slip is reported once.
function unique(problems: readonly ParseProblem[]): ParseProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.code}@${p.location.start.offset}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// An open string or regular expression swallows the rest of its line, so a
// syntax error after it is usually its echo.
function leavesOpen(problem: ParseProblem): boolean {
  return problem.code === 'unterminated-string' || problem.code === 'unterminated-regex';
}
