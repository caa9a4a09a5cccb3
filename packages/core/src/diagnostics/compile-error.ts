import type { Diagnostic } from './diagnostic.js';

/**
 * Thrown when a pack cannot be read or compiled. `diagnostics` holds every
 * problem found, in source order; the message lists them one a line as
 * `file:line:column: error[code]: message`, so that an uncaught error is
 * still useful in a terminal or a CI log.
 */
export class CompileError extends Error {
  /** Every problem found, errors and warnings, in source order. */
  readonly diagnostics: Diagnostic[];

  /** @param diagnostics - the problems; at least one should be an error */
  /** @param diagnostics - every problem found, errors and warnings, sorted by position */
  constructor(diagnostics: readonly Diagnostic[]) {
    super(describeDiagnostics(diagnostics));
    this.name = 'CompileError';
    this.diagnostics = [...diagnostics];
  }
}

/** One line per diagnostic: `file:line:column: severity[code]: message`. */
export function describeDiagnostics(diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return 'the pack could not be compiled';
  return diagnostics.map(describeDiagnostic).join('\n');
}

function describeDiagnostic(d: Diagnostic): string {
  const head = `${d.severity}[${d.code}]: ${d.message}`;
  const at = d.location;
  if (at === undefined) return head;
  const where = `${at.source ?? '<pack>'}:${at.start.line}:${at.start.column}`;
  return `${where}: ${head}`;
}
