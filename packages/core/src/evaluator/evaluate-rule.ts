import type { RuleIR } from '../ir/schema.js';
import type { CheckRun } from './check-run.js';
import { evaluateCondition } from './conditions/evaluate-condition.js';
import type { Fact, Hit } from './conditions/outcome.js';
import { describeCondition } from './describe-condition.js';

/** Whether a rule fired, with its evidence and, when explaining, why. */
export interface RuleResult {
  fired: boolean;
  hits: Hit[];
  facts: Fact[];
  /** Only when explaining. */
  reason: string;
  /** Only when explaining a rule that fired. */
  toPass: string[];
}

/**
 * A rule fires when `when` holds and `unless`, if any, does not. `unless` is
 * evaluated only when `when` held, so its tests cost nothing otherwise.
 */
export function evaluateRule(rule: RuleIR, run: CheckRun): RuleResult {
  const when = evaluateCondition(rule.when, run);
  if (!when.value) return { fired: false, hits: [], facts: [], reason: when.why, toPass: [] };
  if (rule.unless !== undefined) {
    const unless = evaluateCondition(rule.unless, run);
    if (unless.value) {
      const detail = unless.detail ?? unless.why;
      const reason = run.settings.explain ? `\`unless ${describeCondition(rule.unless)}\` held: ${detail}` : '';
      return { fired: false, hits: [], facts: [], reason, toPass: [] };
    }
  }
  if (!run.settings.explain) return { fired: true, hits: when.hits, facts: when.facts, reason: '', toPass: [] };
  const unlessText = rule.unless === undefined ? undefined : describeCondition(rule.unless);
  return {
    fired: true,
    hits: when.hits,
    facts: when.facts,
    reason: unlessText === undefined ? when.why : `${when.why}; \`unless ${unlessText}\` did not hold`,
    toPass: unlessText === undefined ? when.toPass : [...when.toPass, `make \`${unlessText}\` hold`],
  };
}
