import type { Outcome } from '../check/outcome.js';
import type { Reporter, ReporterContext } from './reporter.js';
import { reportRecord } from './report-json.js';

/**
 * One line per activity checked, in input order: the report as JSON with
 * `input` added (see docs/cli.md, "The NDJSON contract"). Inputs that could
 * not be checked write no line; they are reported on standard error.
 */
export function ndjsonReporter(ctx: ReporterContext): Reporter {
  return {
    needsActivity: false,
    printsSummary: false,
    begin() {},
    outcome(outcome: Outcome) {
      if (outcome.ok) ctx.out.write(`${JSON.stringify(reportRecord(outcome))}\n`);
    },
    end() {},
  };
}
