import type { Rendered } from '../check/outcome.js';
import type { Summary } from '../check/summary.js';
import { inputField } from './report-json.js';
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
    printsSummary: true,
    begin() {
      ctx.out.write('{\n"reports": [');
    },
    write(rendered: Rendered) {
      if (rendered.ok) {
        ctx.out.write(`${first ? '\n' : ',\n'}${rendered.text}`);
        first = false;
      } else if (invalid.length < MAX_LISTED) {
        invalid.push({
          input: inputField(rendered.ref),
          problem: rendered.problem,
          ...(rendered.issues !== undefined ? { issues: rendered.issues } : {}),
        });
      }
    },
    end(summary: Summary) {
      ctx.out.write(`${first ? '' : '\n'}],\n"invalid": ${JSON.stringify(invalid)},\n"summary": ${JSON.stringify(summary)}\n}\n`);
    },
  };
}
