import type { Engine, PackIR } from '@propriety/core';
import type { Outcome } from '../check/outcome.js';
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
  engine: Engine;
  ir: PackIR;
  explain: boolean;
  /** The folder relative paths are resolved against, for SARIF. */
  cwd: string;
  /** This command's version, for SARIF's tool and JUnit's suites. */
  version: string;
}

/**
 * Writes the outcomes of a check run in one format, as they come, in input
 * order. Machine formats keep standard output to themselves: problems and
 * the summary go to standard error, written by the run.
 */
export interface Reporter {
  /** Whether outcomes must carry the activity (to quote its text). */
  readonly needsActivity: boolean;
  /** Whether the summary is part of this format's own output (else it goes to standard error). */
  readonly printsSummary: boolean;
  begin(): void;
  outcome(outcome: Outcome): void;
  end(summary: Summary): void;
}
