/**
 * The targets that issues 3 (detectors) and 4 (standard pack) set on the
 * development corpora, checked against an evaluation result. Each target
 * names the level, category, file (and case type) it reads and a test on the
 * scores; the page shows the measured figures next to met or not met.
 *
 * @module
 */
import { f1AgainstBest, scores } from './metrics.mjs';

const f = (x) => (x === null || x === undefined ? 'n/a' : x.toFixed(3));
const signed = (x) => (x === null ? 'n/a' : `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`);

const precisionRecall = (min) => ({
  measure: ({ s }) => `precision ${f(s.precision)}, recall ${f(s.recall)}`,
  test: ({ s }) => (s.precision === null || s.recall === null ? null : s.recall >= min.recall && s.precision >= min.precision),
});
const beatsBaseline = (margin) => ({
  measure: ({ s, vs }) =>
    `F1 ${f(s.f1)} vs ${vs.best ? `${vs.best.name} ${f(vs.best.f1)}` : 'no baseline'} (${signed(vs.delta)})` +
    // A margin the filter leaves no room for cannot be met by anything: say so rather than leave a bare "no".
    (vs.best && margin > 0 && vs.best.f1 + margin > 1 ? `; out of reach: the filter's F1 is above ${f(1 - margin)}, and F1 cannot exceed 1` : ''),
  test: ({ vs }) => (vs.delta === null ? null : margin === 0 ? vs.delta > 0 : vs.delta >= margin),
});
const recallAtLeast = (min) => ({
  measure: ({ s }) => `recall ${f(s.recall)}`,
  test: ({ s }) => (s.recall === null ? null : s.recall >= min),
});
const fpRateAtMost = (max) => ({
  measure: ({ s, c }) => `FP rate ${f(s.fpRate)} (${c.fp} of ${c.fp + c.tn} non-political rows)`,
  test: ({ s }) => (s.fpRate === null ? null : s.fpRate <= max),
});

/** The targets of issues 3 and 4. */
export const TARGETS = [
  { issue: 3, level: 'detector', category: 'personal_data', file: 'presidio-pii', what: 'personal data: recall ≥ 0.95 at precision ≥ 0.90', ...precisionRecall({ recall: 0.95, precision: 0.9 }) },
  { issue: 3, level: 'detector', category: 'personal_data', file: 'dlp', subtype: 'Direct', what: 'personal data, direct cases: recall ≥ 0.95 at precision ≥ 0.90', ...precisionRecall({ recall: 0.95, precision: 0.9 }) },
  { issue: 3, level: 'detector', category: 'offensive', file: 'olid', what: 'offensive: F1 ≥ best off-the-shelf filter + 0.10', ...beatsBaseline(0.1) },
  { issue: 3, level: 'detector', category: 'offensive', file: 'davidson', what: 'offensive: F1 ≥ best off-the-shelf filter + 0.10', ...beatsBaseline(0.1) },
  { issue: 3, level: 'detector', category: 'political', file: 'tweeteval-stance', what: 'political: recall ≥ 0.80', ...recallAtLeast(0.8) },
  { issue: 3, level: 'detector', category: 'political', file: 'semeval-topics', what: 'political: false-positive rate ≤ 0.05 on the non-political rows', ...fpRateAtMost(0.05) },
  { issue: 4, level: 'pack', category: 'personal_data', file: 'presidio-pii', what: 'personal-data rules: recall ≥ 0.95 at precision ≥ 0.90', ...precisionRecall({ recall: 0.95, precision: 0.9 }) },
  { issue: 4, level: 'pack', category: 'offensive', file: 'olid', what: 'offensive rules: F1 above the best off-the-shelf filter', ...beatsBaseline(0) },
  { issue: 4, level: 'pack', category: 'offensive', file: 'davidson', what: 'offensive rules: F1 above the best off-the-shelf filter', ...beatsBaseline(0) },
  { issue: 4, level: 'pack', category: 'attack', file: 'olid', what: 'attack rules: F1 above the best off-the-shelf filter', ...beatsBaseline(0) },
  { issue: 4, level: 'pack', category: 'political', file: 'tweeteval-stance', what: 'political rules: recall ≥ 0.80', ...recallAtLeast(0.8) },
  { issue: 4, level: 'pack', category: 'political', file: 'semeval-topics', what: 'political rules: recall ≥ 0.80', ...recallAtLeast(0.8) },
];

/**
 * The confusion table a target reads, and the baselines measured on the same
 * rows (from the detector level), or `undefined` when the result has none.
 */
export function lookup(result, target) {
  const category = result.detector.categories.find((c) => c.category === target.category);
  const file = category?.files.find((x) => x.file === target.file);
  const baselines = (file?.systems ?? []).filter((s) => s.kind === 'baseline').map((s) => ({ name: s.name, counts: target.subtype ? s.bySubtype?.[target.subtype] : s.counts })).filter((b) => b.counts);
  let counts;
  if (target.level === 'detector') {
    const own = file?.systems.find((s) => s.kind === 'detector');
    counts = target.subtype ? own?.bySubtype?.[target.subtype] : own?.counts;
  } else {
    const set = result.pack?.sets?.find((s) => s.file === target.file);
    counts = target.subtype ? undefined : set?.categories[target.category];
  }
  return counts ? { counts, baselines } : undefined;
}

/** Every target with what was measured and whether it is met (`null`: not measured). */
export function evaluateTargets(result, targets = TARGETS) {
  return targets.map((t) => {
    const where = `\`${t.file}\`${t.subtype ? ` (${t.subtype})` : ''}`;
    const found = lookup(result, t);
    if (!found) return { issue: t.issue, level: t.level, what: t.what, where, measured: 'not measured', met: null };
    const args = { c: found.counts, s: scores(found.counts), vs: f1AgainstBest(found.counts, found.baselines) };
    return { issue: t.issue, level: t.level, what: t.what, where, measured: t.measure(args), met: t.test(args) };
  });
}
