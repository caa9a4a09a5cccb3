import type { Verdict } from '@propriety/core';
import type { RunTally } from '../exit-codes.js';
import type { Rendered } from './outcome.js';

/** The verdicts, worst first. */
export const VERDICTS: readonly Verdict[] = ['block', 'review', 'advice', 'ok'];

/** Counts over a whole check run. */
export class Summary implements RunTally {
  /** Activities checked. */
  checked = 0;
  block = 0;
  review = 0;
  advice = 0;
  ok = 0;
  /** Inputs that could not be checked. */
  invalid = 0;
  /** Findings per rule id. */
  readonly rules = new Map<string, number>();
  private readonly started = Date.now();
  private finishedAt: number | undefined;

  /** Counts one outcome. */
  add(outcome: Rendered): void {
    if (!outcome.ok || outcome.verdict === undefined) {
      this.invalid++;
      return;
    }
    this.checked++;
    this[outcome.verdict]++;
    for (const rule of outcome.rules ?? []) this.rules.set(rule, (this.rules.get(rule) ?? 0) + 1);
  }

  /** Stops the clock. */
  finish(): void {
    this.finishedAt ??= Date.now();
  }

  /** Milliseconds from the start of the run to {@link Summary.finish} (or now). */
  get elapsedMs(): number {
    return (this.finishedAt ?? Date.now()) - this.started;
  }

  /** Rule ids by number of findings, most first, then by id. */
  rulesByCount(): [string, number][] {
    return [...this.rules].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  /** The counts as plain JSON, for `--format json`. */
  toJSON(): object {
    return {
      activities: this.checked,
      verdicts: { block: this.block, review: this.review, advice: this.advice, ok: this.ok },
      invalid: this.invalid,
      findingsByRule: Object.fromEntries(this.rulesByCount()),
      elapsedMs: this.elapsedMs,
    };
  }
}

/**
 * The summary in words, one line then one line per rule:
 * `3 activities checked in 0.1 s: 1 block, 1 review, 0 advice, 1 ok; 1 input could not be checked`.
 */
export function describeSummary(summary: Summary, paint: (verdict: Verdict, text: string) => string = (_, t) => t): string {
  const n = summary.checked;
  const seconds = summary.elapsedMs / 1000;
  const rate = seconds > 0 && n >= 1000 ? `, ${Math.round(n / seconds)}/s` : '';
  const counts = VERDICTS.map((verdict) => paint(verdict, `${summary[verdict]} ${verdict}`)).join(', ');
  const invalid = summary.invalid === 0
    ? ''
    : `; ${summary.invalid} input${summary.invalid === 1 ? '' : 's'} could not be checked`;
  const lines = [`${n} ${n === 1 ? 'activity' : 'activities'} checked in ${seconds.toFixed(1)} s${rate}: ${counts}${invalid}`];
  const rules = summary.rulesByCount();
  if (rules.length > 0) {
    lines.push('findings per rule:');
    const width = String(rules[0]![1]).length;
    for (const [rule, count] of rules) lines.push(`  ${String(count).padStart(width)}  ${rule}`);
  }
  return lines.join('\n');
}
