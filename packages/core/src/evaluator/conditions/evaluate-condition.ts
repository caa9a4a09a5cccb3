import type { ConditionIR } from '../../ir/schema.js';
import type { CheckRun } from '../check-run.js';
import { describeCondition } from '../describe-condition.js';
import { evaluateDate } from './date-tests.js';
import { evaluateHas } from './has-test.js';
import { FALSE_OUTCOME, quietlyTrue, TRUE_OUTCOME, type Fact, type Hit, type Outcome } from './outcome.js';
import { evaluateContains, evaluateExists, evaluateIn, evaluateIs } from './value-tests.js';

/**
 * Evaluates a condition left to right with short-circuiting: `and` stops at
 * the first false operand, `or` at the first true one, so a detector in a
 * later operand runs only when its answer matters. Evidence comes only from
 * tests that are not negated and that made the condition true. A check that
 * does not explain builds no reasons, and shares one object for every false
 * outcome.
 */
export function evaluateCondition(condition: ConditionIR, run: CheckRun): Outcome {
  switch (condition.op) {
    case 'and':
      return evaluateAnd(condition.args, run);
    case 'or':
      return evaluateOr(condition.args, run);
    case 'not':
      return evaluateNot(condition, run);
    case 'has':
      return evaluateHas(condition, run);
    case 'is':
      return evaluateIs(condition, run);
    case 'in':
      return evaluateIn(condition, run);
    case 'before':
    case 'after':
    case 'between':
      return evaluateDate(condition, run);
    case 'exists':
      return evaluateExists(condition, run);
    case 'contains':
      return evaluateContains(condition, run);
  }
}

function evaluateAnd(args: readonly ConditionIR[], run: CheckRun): Outcome {
  if (!run.settings.explain) {
    let hits: Hit[] = [];
    let facts: Fact[] = [];
    for (const arg of args) {
      const outcome = evaluateCondition(arg, run);
      if (!outcome.value) return FALSE_OUTCOME;
      if (outcome.hits.length > 0) hits = hits.length === 0 ? [...outcome.hits] : hits.concat(outcome.hits);
      if (outcome.facts.length > 0) facts = facts.length === 0 ? [...outcome.facts] : facts.concat(outcome.facts);
    }
    return quietlyTrue(hits, facts);
  }
  const held: Outcome[] = [];
  for (const arg of args) {
    const outcome = evaluateCondition(arg, run);
    if (!outcome.value) return { value: false, hits: [], facts: [], why: outcome.why, toPass: [] };
    held.push(outcome);
  }
  return {
    value: true,
    hits: held.flatMap((o) => o.hits),
    facts: held.flatMap((o) => o.facts),
    why: held.map((o) => o.why).join('; '),
    toPass: held.flatMap((o) => o.toPass),
  };
}

function evaluateOr(args: readonly ConditionIR[], run: CheckRun): Outcome {
  if (!run.settings.explain) {
    for (const arg of args) {
      const outcome = evaluateCondition(arg, run);
      if (outcome.value) return outcome;
    }
    return FALSE_OUTCOME;
  }
  const failed: Outcome[] = [];
  for (const arg of args) {
    const outcome = evaluateCondition(arg, run);
    if (outcome.value) return { ...outcome, detail: undefined };
    failed.push(outcome);
  }
  return { value: false, hits: [], facts: [], why: failed.map((o) => o.why).join('; '), toPass: [] };
}

function evaluateNot(condition: Extract<ConditionIR, { op: 'not' }>, run: CheckRun): Outcome {
  const inner = evaluateCondition(condition.arg, run);
  const value = !inner.value;
  if (!run.settings.explain) return value ? TRUE_OUTCOME : FALSE_OUTCOME;
  const outcome: Outcome = { value, hits: [], facts: [], why: '', toPass: [] };
  if (run.settings.explain) {
    const text = `\`${describeCondition(condition)}\` ${value ? 'held' : 'was false'}`;
    outcome.detail = inner.detail;
    outcome.why = inner.detail !== undefined ? `${text}: ${inner.detail}` : `${text} because ${inner.why}`;
    if (value) outcome.toPass = [`make \`${describeCondition(condition.arg)}\` hold`];
  }
  return outcome;
}
