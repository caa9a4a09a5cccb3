import type { SourceRange } from '../ast/nodes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** A related place shown under a diagnostic: "first declared here". */
export type DiagnosticNote = NonNullable<Diagnostic['notes']>[number];

/** What a pass may add to a diagnostic besides its code, message and place. */
export interface DiagnosticDetails {
  /** What to write instead. */
  help?: string | undefined;
  notes?: DiagnosticNote[] | undefined;
}

/** Anything with a place in the source: an AST node or a bare range. */
export type Locatable = { location: SourceRange } | SourceRange | undefined;

/**
 * Collects the problems of one compilation, Peggy style: passes report into
 * the session and never throw, so one run finds every problem; the pipeline
 * looks at {@link Session.hasErrors} between stages to decide whether to go on.
 */
export class Session {
  /** The file name given in the options, written into every location. */
  readonly file: string | undefined;
  /** The text of the pack when compiled from source, to point inside string literals. */
  readonly text: string | undefined;
  private readonly collected: Diagnostic[] = [];

  constructor(file: string | undefined, text: string | undefined) {
    this.file = file;
    this.text = text;
  }

  /** Reports an error: the pack cannot be compiled. */
  error(code: string, message: string, at: Locatable, details: DiagnosticDetails = {}): void {
    this.add('error', code, message, at, details);
  }

  /** Reports a warning: the pack compiles, but probably not as meant. */
  warning(code: string, message: string, at: Locatable, details: DiagnosticDetails = {}): void {
    this.add('warning', code, message, at, details);
  }

  /** Adds diagnostics made elsewhere (by the parser), with this session's file name. */
  adopt(diagnostics: readonly Diagnostic[]): void {
    for (const diagnostic of diagnostics) {
      const adopted: Diagnostic = { ...diagnostic };
      if (diagnostic.location !== undefined) adopted.location = this.range(diagnostic.location);
      this.collected.push(adopted);
    }
  }

  /** True once any error has been reported. */
  hasErrors(): boolean {
    return this.collected.some((d) => d.severity === 'error');
  }

  /** The errors so far, sorted by position. */
  errors(): Diagnostic[] {
    return sortByPosition(this.collected.filter((d) => d.severity === 'error'));
  }

  /** The warnings so far, sorted by position. */
  warnings(): Diagnostic[] {
    return sortByPosition(this.collected.filter((d) => d.severity === 'warning'));
  }

  /** A range of this pack, with `source` set to the file name when one was given. */
  range(range: SourceRange): SourceRange {
    const source = this.file ?? range.source;
    const located: SourceRange = { start: { ...range.start }, end: { ...range.end } };
    if (source !== undefined) located.source = source;
    return located;
  }

  private add(
    severity: Diagnostic['severity'],
    code: string,
    message: string,
    at: Locatable,
    details: DiagnosticDetails,
  ): void {
    const diagnostic: Diagnostic = { code, severity, message };
    const range = at === undefined ? undefined : 'location' in at ? at.location : at;
    if (range !== undefined) diagnostic.location = this.range(range);
    if (details.notes !== undefined && details.notes.length > 0) diagnostic.notes = details.notes;
    if (details.help !== undefined) diagnostic.help = details.help;
    this.collected.push(diagnostic);
  }
}

/**
 * Sorts diagnostics by where they start; ones without a place come last. The
 * sort is stable, so two problems at one place keep the order the passes
 * found them in.
 */
export function sortByPosition(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((diagnostic, index) => ({ diagnostic, index }))
    .sort((a, b) => {
      const pa = a.diagnostic.location?.start;
      const pb = b.diagnostic.location?.start;
      if (pa === undefined || pb === undefined) {
        if (pa === pb) return a.index - b.index;
        return pa === undefined ? 1 : -1;
      }
      return pa.line - pb.line || pa.column - pb.column || a.index - b.index;
    })
    .map(({ diagnostic }) => diagnostic);
}
