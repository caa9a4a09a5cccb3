import type { Severity, Verdict } from './report.js';

const WEIGHT: Record<Verdict, number> = { ok: 0, advice: 1, review: 2, block: 3 };

/** The worse of two verdicts: `block` > `review` > `advice` > `ok`. */
export function worseVerdict(a: Verdict, b: Verdict): Verdict {
  return WEIGHT[a] >= WEIGHT[b] ? a : b;
}

/** The verdict of a set of findings: the worst severity among them, `ok` when there are none. */
export function verdictOf(findings: readonly { severity: Severity }[]): Verdict {
  let verdict: Verdict = 'ok';
  for (const finding of findings) verdict = worseVerdict(verdict, finding.severity);
  return verdict;
}
