/**
 * Confusion counts and the scores derived from them.
 *
 * @module
 */

/** An empty confusion table. */
export function emptyCounts() {
  return { tp: 0, fp: 0, fn: 0, tn: 0 };
}

/** Adds one post: `expected` is the label, `flagged` what the detectors said. */
export function addPost(counts, expected, flagged) {
  if (expected && flagged) counts.tp++;
  else if (!expected && flagged) counts.fp++;
  else if (expected && !flagged) counts.fn++;
  else counts.tn++;
}

/** Adds the counts of `b` into `a`. */
export function addCounts(a, b) {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
  a.tn += b.tn;
  return a;
}

/**
 * Precision, recall, F1 and false-positive rate of a confusion table. A score
 * with no denominator is `null`, shown as "n/a": it was not measured, which
 * is not the same as 0. Precision (and so F1) is also `null` when the table
 * has no negative post at all: on a set of positives only, precision would be
 * 1 whatever the system does, which measures nothing.
 */
export function scores({ tp, fp, fn, tn }) {
  const negatives = fp + tn;
  const precision = tp + fp === 0 || negatives === 0 ? null : tp / (tp + fp);
  const recall = tp + fn === 0 ? null : tp / (tp + fn);
  const f1 = precision === null || recall === null || precision + recall === 0 ? null : (2 * precision * recall) / (precision + recall);
  const fpRate = negatives === 0 ? null : fp / negatives;
  return { precision, recall, f1, fpRate, posts: tp + fp + fn + tn };
}

/**
 * The difference in F1 between a system and the best of some baselines
 * (`null` when either side has no F1), and which baseline was best.
 *
 * @param counts - the system's confusion table
 * @param baselines - `[{ name, counts }]`
 */
export function f1AgainstBest(counts, baselines) {
  let best = null;
  for (const b of baselines) {
    const f1 = scores(b.counts).f1;
    if (f1 !== null && (best === null || f1 > best.f1)) best = { name: b.name, f1 };
  }
  const own = scores(counts).f1;
  return { best, delta: best === null || own === null ? null : own - best.f1 };
}

/**
 * Span-level agreement on one post, by overlap: a predicted span is correct
 * when it overlaps a gold span, and a gold span is found when a predicted
 * span overlaps it. Returns the counts to add up over a corpus.
 */
export function spanCounts(gold, predicted) {
  const overlaps = (a, b) => a.start < b.end && b.start < a.end;
  let predictedCorrect = 0;
  for (const p of predicted) if (gold.some((g) => overlaps(g, p))) predictedCorrect++;
  const foundByType = {};
  const goldByType = {};
  for (const g of gold) {
    goldByType[g.type] = (goldByType[g.type] ?? 0) + 1;
    if (predicted.some((p) => overlaps(g, p))) foundByType[g.type] = (foundByType[g.type] ?? 0) + 1;
  }
  return { predicted: predicted.length, predictedCorrect, gold: gold.length, goldFound: Object.values(foundByType).reduce((a, b) => a + b, 0), goldByType, foundByType };
}

/** Adds span counts of `b` into `a`. */
export function addSpanCounts(a, b) {
  a.predicted += b.predicted;
  a.predictedCorrect += b.predictedCorrect;
  a.gold += b.gold;
  a.goldFound += b.goldFound;
  for (const [t, n] of Object.entries(b.goldByType)) a.goldByType[t] = (a.goldByType[t] ?? 0) + n;
  for (const [t, n] of Object.entries(b.foundByType)) a.foundByType[t] = (a.foundByType[t] ?? 0) + n;
  return a;
}

/** An empty span table. */
export function emptySpanCounts() {
  return { predicted: 0, predictedCorrect: 0, gold: 0, goldFound: 0, goldByType: {}, foundByType: {} };
}

/** Precision, recall and F1 of span counts. */
export function spanScores(c) {
  const precision = c.predicted === 0 ? null : c.predictedCorrect / c.predicted;
  const recall = c.gold === 0 ? null : c.goldFound / c.gold;
  const f1 = precision === null || recall === null || precision + recall === 0 ? null : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
