import type { ConditionIR } from '../../ir/schema.js';
import type { CheckRun } from '../check-run.js';
import { compareDates, parseDate, type DateValue } from '../dates.js';
import { testOutcome, type Outcome } from './outcome.js';

type DateIR = Extract<ConditionIR, { op: 'before' | 'after' | 'between' }>;

/**
 * `F before D`, `F after D`, `F between D and E`; every bound is inclusive
 * (`before D` means on or before `D`), and a date-only value on either side
 * compares by day. When the activity gives no `at`, it is published now: the
 * time of the check (or the `now` the caller set) is used.
 */
export function evaluateDate(condition: DateIR, run: CheckRun): Outcome {
  const given = run.values(condition.field)[0]?.value;
  const parsed = typeof given === 'string' ? parseDate(given) : undefined;
  const at: DateValue = parsed ?? run.settings.now;
  const value = holds(condition, at);
  const facts = [{ field: condition.field, value: at.text }];
  return testOutcome(run, condition, value, { facts }, () => ({
    detail: parsed === undefined
      ? `no \`${condition.field}\` was given, so the time of the check, \`${at.text}\`, was used`
      : `\`${condition.field}\` is \`${at.text}\``,
    toPass: [toPass(condition)],
  }));
}

function holds(condition: DateIR, at: DateValue): boolean {
  switch (condition.op) {
    case 'before':
      return compareDates(at, bound(condition.date)) <= 0;
    case 'after':
      return compareDates(at, bound(condition.date)) >= 0;
    case 'between':
      return compareDates(at, bound(condition.from)) >= 0 && compareDates(at, bound(condition.to)) <= 0;
  }
}

/** Bounds were checked at load; a bound that still does not parse compares as the epoch rather than throwing. */
function bound(text: string): DateValue {
  return parseDate(text) ?? { text, dayOnly: true, day: '1970-01-01', instant: 0 };
}

function toPass(condition: DateIR): string {
  const field = `\`${condition.field}\``;
  switch (condition.op) {
    case 'before':
      return `change ${field} to after ${condition.date}`;
    case 'after':
      return `change ${field} to before ${condition.date}`;
    case 'between':
      return `change ${field} to a time outside ${condition.from} to ${condition.to}`;
  }
}
