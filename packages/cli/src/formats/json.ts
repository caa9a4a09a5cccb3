import type { Outcome } from '../check/outcome.js';
import type { Summary } from '../check/summary.js';
import { inputField, reportRecord } from './report-json.js';
import type { Reporter, ReporterContext } from './reporter.js';

/** How many unchecked inputs the JSON document lists; the summary counts them all. */
const MAX_LISTED = 1000;

/**
 * One JSON document: `{ "reports": [...], "invalid": [...], "summary": {...} }`.
 * Reports are written as they come, so the document streams.
 */
export function jsonReporter(ctx: ReporterContext): Reporter {
  let first = true;
  const invalid: object[] = [];
  return {
    needsActivity: false,
    printsSummary: true,
    begin() {
      ctx.out.write('{\n"reports": [');
    },
    outcome(outcome: Outcome) {
      if (outcome.ok) {
        ctx.out.write(`${first ? '\n' : ',\n'}${JSON.stringify(reportRecord(outcome))}`);
        first = false;
      } else if (invalid.length < MAX_LISTED) {
        invalid.push({
          input: inputField(outcome.ref),
          problem: outcome.problem,
          ...(outcome.issues !== undefined ? { issues: outcome.issues } : {}),
        });
      }
    },
    end(summary: Summary) {
      ctx.out.write(`${first ? '' : '\n'}],\n"invalid": ${JSON.stringify(invalid)},\n"summary": ${JSON.stringify(summary)}\n}\n`);
    },
  };
}
