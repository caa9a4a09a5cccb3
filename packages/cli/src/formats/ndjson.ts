import type { Rendered } from '../check/outcome.js';
import type { Reporter, ReporterContext } from './reporter.js';

/**
 * One line per activity checked, in input order: the report as JSON with
 * `input` added (see docs/cli.md, "The NDJSON contract"). Inputs that could
 * not be checked write no line; they are reported on standard error.
 */
export function ndjsonReporter(ctx: ReporterContext): Reporter {
  return {
    printsSummary: false,
    begin() {},
    write(rendered: Rendered) {
      ctx.out.write(rendered.text);
    },
    end() {},
  };
}
