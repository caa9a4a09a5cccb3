import type { PackIR } from '@propriety/core';
import { jsonReporter } from './json.js';
import { junitReporter } from './junit.js';
import { ndjsonReporter } from './ndjson.js';
import { prettyReporter } from './pretty.js';
import type { Format, Reporter, ReporterContext } from './reporter.js';
import { sarifReporter } from './sarif.js';

/** The reporter of an output format. */
export function createReporter(format: Format, ctx: ReporterContext, ir: PackIR): Reporter {
  switch (format) {
    case 'json':
      return jsonReporter(ctx);
    case 'ndjson':
      return ndjsonReporter(ctx);
    case 'sarif':
      return sarifReporter(ctx, ir);
    case 'junit':
      return junitReporter(ctx);
    default:
      return prettyReporter(ctx);
  }
}
