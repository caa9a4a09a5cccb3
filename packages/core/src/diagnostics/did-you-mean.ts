/**
 * The closest of `candidates` to a misspelt `name`, for "did you mean …?"
 * help.
 *
 * Distance is the optimal-string-alignment form of Damerau–Levenshtein (a
 * swap of two neighbouring letters costs one edit, as in `unelss`), counted
 * case-insensitively. A candidate is only offered when it is at most a third
 * of the name's length away (at least one edit), so that short names do not
 * attract wild guesses. Ties go to the candidate whose case matches better,
 * then to the one first in code-point order, so the answer never depends on
 * iteration order. A candidate spelt exactly like `name` is skipped: there is
 * nothing to correct.
 *
 * @param name - what the author wrote
 * @param candidates - the names that would have been accepted there
 * @returns the best candidate, or `undefined` when none is close enough
 */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.floor(Math.max(name.length, 3) / 3));
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  let bestCaseDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    if (Math.abs(candidate.length - name.length) > limit) continue;
    const distance = editDistance(lower, candidate.toLowerCase(), limit);
    if (distance > limit || distance > bestDistance) continue;
    const caseDistance = editDistance(name, candidate, Infinity);
    if (
      distance < bestDistance ||
      caseDistance < bestCaseDistance ||
      (caseDistance === bestCaseDistance && best !== undefined && candidate < best)
    ) {
      best = candidate;
      bestDistance = distance;
      bestCaseDistance = caseDistance;
    }
  }
  return best;
}

/**
 * Optimal string alignment distance between `a` and `b`, giving up (and
 * returning a number above `limit`) as soon as every alignment costs more.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  // Three rolling rows: the transposition step looks two rows back.
  let before = new Array<number>(m + 1).fill(0);
  let previous = new Array<number>(m + 1);
  let current = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return rowMin;
    [before, previous, current] = [previous, current, before];
  }
  return previous[m]!;
}
