import type { Engine } from '@propriety/core';
import type { Rendered } from '../check/outcome.js';
import type { Summary } from '../check/summary.js';
import type { Colors } from '../terminal/colors.js';
import type { Output } from '../terminal/output.js';

/** The output formats of `check` and `explain`. */
export const FORMATS = ['pretty', 'json', 'ndjson', 'sarif', 'junit'] as const;
/** One of {@link FORMATS}. */
export type Format = (typeof FORMATS)[number];

/** What every reporter may use. */
export interface ReporterContext {
  out: Output;
  colors: Colors;
  /** The pack's engine, or as much of it as the reporters need. */
  engine: Pick<Engine, 'packs'>;
  /** The folder relative paths are resolved against, for SARIF. */
  cwd: string;
  /** This command's version, for SARIF's tool. */
  version: string;
}

/**
 * Lays out the rendered outcomes of a check run in one format, as they
 * come, in input order: what surrounds them (a JSON document, a SARIF log,
 * JUnit suites) and the summary. Machine formats keep standard output to
 * themselves: problems and the summary go to standard error, written by
 * the run.
 */
export interface Reporter {
  /** Whether the summary is part of this format's own output (else it goes to standard error). */
  readonly printsSummary: boolean;
  begin(): void;
  write(rendered: Rendered): void;
  end(summary: Summary): void;
}
