import type { ConditionIR } from '../../ir/schema.js';
import type { CheckRun } from '../check-run.js';
import { describeActual, displayValue, fold, isPresent, sameValue } from './field-values.js';
import { listWords, testOutcome, type Fact, type Outcome } from './outcome.js';

type Op<K extends ConditionIR['op']> = Extract<ConditionIR, { op: K }>;

/**
 * `F is V` and `F is not V`. Strings compare without case. For attachment
 * fields `is` holds when any attachment has the value, and `is not` is its
 * negation: no attachment has it. A missing field is never `V`, so
 * `is not V` holds for it.
 */
export function evaluateIs(condition: Op<'is'>, run: CheckRun): Outcome {
  const values = run.values(condition.field);
  const matching = values.filter((v) => sameValue(v.value, condition.value));
  const negated = condition.negated === true;
  const value = negated ? matching.length === 0 : matching.length > 0;
  const facts: Fact[] = (negated ? values : matching).map((v) => ({ field: v.path, value: displayValue(v.value) }));
  return testOutcome(run, condition, value, { facts }, () => ({
    detail: describeActual(condition.field, values),
    toPass: [
      negated
        ? `change \`${condition.field}\` to \`${displayValue(condition.value)}\``
        : `change \`${condition.field}\` from \`${displayValue(condition.value)}\``,
    ],
  }));
}

/** `F in { … }` and `F not in { … }`: like `is` with several values, any of which may match. */
export function evaluateIn(condition: Op<'in'>, run: CheckRun): Outcome {
  const values = run.values(condition.field);
  const matching = values.filter((v) => condition.values.some((expected) => sameValue(v.value, expected)));
  const negated = condition.negated === true;
  const value = negated ? matching.length === 0 : matching.length > 0;
  const facts: Fact[] = (negated ? values : matching).map((v) => ({ field: v.path, value: displayValue(v.value) }));
  return testOutcome(run, condition, value, { facts }, () => ({
    detail: describeActual(condition.field, values),
    toPass: [
      negated
        ? `change \`${condition.field}\` to one of ${listWords(condition.values.map(displayValue), 10)}`
        : `change \`${condition.field}\` from ${listWords(matching.map((v) => displayValue(v.value)))}`,
    ],
  }));
}

/** `F exists`: the field is given and not blank (an empty list or blank string counts as missing). */
export function evaluateExists(condition: Op<'exists'>, run: CheckRun): Outcome {
  const values = run.values(condition.field);
  const present = values.filter((v) => isPresent(v.value));
  const facts: Fact[] = present.map((v) => ({ field: v.path, value: displayValue(v.value) }));
  return testOutcome(run, condition, present.length > 0, { facts }, () => ({
    detail: present.length > 0 ? `\`${condition.field}\` is given` : describeActual(condition.field, values),
    toPass: [`leave out \`${condition.field}\``],
  }));
}

/** `F contains V` for list fields: some item equals `V`, without case. */
export function evaluateContains(condition: Op<'contains'>, run: CheckRun): Outcome {
  const values = run.values(condition.field);
  const wanted = fold(condition.value);
  const facts: Fact[] = [];
  for (const v of values) {
    if (!Array.isArray(v.value)) continue;
    for (const item of v.value) {
      if (typeof item === 'string' && fold(item) === wanted) facts.push({ field: v.path, value: item });
    }
  }
  return testOutcome(run, condition, facts.length > 0, { facts }, () => ({
    detail: facts.length > 0
      ? `\`${condition.field}\` contains \`${facts[0]!.value}\``
      : describeActual(condition.field, values),
    toPass: [`remove \`${condition.value}\` from \`${condition.field}\``],
  }));
}
