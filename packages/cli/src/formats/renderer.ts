import pc from 'picocolors';
import type { PackIR } from '@propriety/core';
import type { Outcome } from '../check/outcome.js';
import { junitCase } from './junit.js';
import { prettyOutcome } from './pretty.js';
import type { Format } from './reporter.js';
import { reportRecord } from './report-json.js';
import { sarifResults } from './sarif.js';

/** How outcomes are written; plain data, so that worker threads can render too. */
export interface RenderConfig {
  format: Format;
  /** Colour the pretty format. */
  color: boolean;
  explain: boolean;
  /** The working folder, for SARIF's relative paths. */
  cwd: string;
}

/**
 * The function that writes one outcome in the chosen format: a pretty
 * block, an NDJSON line, a JSON report, SARIF results or a JUnit testcase.
 * It needs nothing from the rest of the run, so it can run in any thread.
 */
export function createRenderer(config: RenderConfig, ir: PackIR): (outcome: Outcome) => string {
  switch (config.format) {
    case 'pretty': {
      const colors = pc.createColors(config.color);
      return (outcome) => (outcome.ok ? `${prettyOutcome(outcome, colors, config.explain)}\n` : '');
    }
    case 'ndjson':
      return (outcome) => (outcome.ok ? `${JSON.stringify(reportRecord(outcome))}\n` : '');
    case 'json':
      return (outcome) => (outcome.ok ? JSON.stringify(reportRecord(outcome)) : '');
    case 'sarif': {
      const ruleIndex = new Map(ir.rules.map((rule, index) => [rule.id, index]));
      return (outcome) => (outcome.ok ? sarifResults(outcome, ruleIndex, config.cwd) : '');
    }
    case 'junit':
      return (outcome) => junitCase(outcome);
  }
}
