import type { ExampleIR } from '../ir/schema.js';
import type { Report } from '../findings/report.js';
import { listWords } from './conditions/outcome.js';
import type { CheckOptions } from './check-options.js';
import type { Engine } from './engine.js';
import { exampleActivity } from './example-activity.js';
import { incompleteFinding } from './incomplete-finding.js';
import { INCOMPLETE_RULE } from './limits.js';

/** The result of running one in-pack example. */
export interface ExampleResult {
  example: ExampleIR;
  passed: boolean;
  /** Why it failed, in plain words, when it did. */
  problem?: string | undefined;
  /** The report the example's activity got. */
  report: Report;
}

/**
 * Runs a pack's examples against an engine (normally the engine of that
 * pack, so `engine` and `examples` come from the same IR).
 *
 * - `flags r1, r2`: passes when each named rule has a finding;
 * - `passes r1, r2`: passes when none of the named rules fires;
 * - bare `passes`: passes when no rule fires at all (advice counts).
 *
 * An example that could not be fully checked (a detector failed, the budget
 * ran out) never passes as `passes`: not being flagged was not shown.
 */
export function runExamples(engine: Engine, examples: readonly ExampleIR[], options?: CheckOptions): ExampleResult[] {
  const rules = new Map(engine.rules.map((rule) => [rule.id, rule]));
  return examples.map((example) => {
    const checked = engine.safeCheck(exampleActivity(example.activity), options);
    if (!checked.ok) {
      const what = `the example's activity is not valid (${checked.error.message})`;
      const enabled = engine.rules.filter((rule) => rule.severity !== 'off').map((rule) => rule.id);
      const report: Report = {
        verdict: 'review',
        findings: [incompleteFinding(what, enabled, example.pack)],
        packs: engine.packs.map((p) => ({ ...p })),
      };
      return { example, passed: false, problem: checked.error.message, report };
    }
    const report = checked.report;
    const problem = judge(example, report, rules);
    return problem === undefined ? { example, passed: true, report } : { example, passed: false, problem, report };
  });
}

function judge(
  example: ExampleIR,
  report: Report,
  rules: ReadonlyMap<string, { severity: string }>,
): string | undefined {
  const fired = new Set(report.findings.filter((f) => f.rule !== INCOMPLETE_RULE).map((f) => f.rule));
  const incomplete = report.findings.find((f) => f.rule === INCOMPLETE_RULE);
  const unknown = example.rules.filter((id) => !rules.has(id));
  if (unknown.length > 0) return `there is no rule ${listWords(unknown)} in the pack`;

  if (example.expect === 'flags') {
    if (example.rules.length === 0) {
      return fired.size > 0 ? undefined : withIncomplete('expected some rule to flag it, but none did', incomplete);
    }
    const off = example.rules.filter((id) => rules.get(id)?.severity === 'off');
    if (off.length > 0) {
      return `expected ${listWords(off)} to flag it, but ${off.length === 1 ? 'that rule is' : 'those rules are'} off`;
    }
    const missing = example.rules.filter((id) => !fired.has(id));
    if (missing.length === 0) return undefined;
    return withIncomplete(`expected ${listWords(missing)} to flag it, but ${missing.length === 1 ? 'it' : 'they'} did not`, incomplete);
  }

  const flagged = example.rules.length === 0 ? [...fired] : example.rules.filter((id) => fired.has(id));
  if (flagged.length > 0) {
    const expectation = example.rules.length === 0
      ? 'expected no rule to flag it'
      : `expected ${listWords(example.rules)} not to flag it`;
    return `${expectation}, but ${listWords(flagged)} did`;
  }
  if (incomplete !== undefined) return incomplete.message;
  return undefined;
}

function withIncomplete(problem: string, incomplete: { message: string } | undefined): string {
  return incomplete === undefined ? problem : `${problem} (${incomplete.message})`;
}
