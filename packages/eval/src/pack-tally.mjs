/**
 * Counting what a whole rule pack does on one corpus: the verdict of every
 * post, each category through the tags of the findings, and each rule on
 * its own against the categories its tags map to.
 *
 * @module
 */
import { addPost, emptyCounts } from './metrics.mjs';
import { CATEGORY_TAGS, categoriesOfTags } from './scorers.mjs';

/** The verdicts of a report, worst first. */
export const VERDICTS = ['block', 'review', 'advice', 'ok'];

/**
 * The rules of an engine as the tally needs them: id, severity, tags and the
 * categories their tags map to.
 *
 * @param rules - `engine.rules`
 */
export function describeRules(rules, table = CATEGORY_TAGS) {
  return rules.map((r) => ({ id: r.id, severity: r.severity, tags: [...r.tags], categories: categoriesOfTags(r.tags, table) }));
}

/** An empty tally for one corpus file. */
export function newSetTally(file, rules) {
  return {
    file,
    posts: 0,
    verdicts: Object.fromEntries(VERDICTS.map((v) => [v, 0])),
    categories: {},
    rules: Object.fromEntries(rules.map((r) => [r.id, { flagged: 0, byCategory: {} }])),
  };
}

/**
 * Adds one post's report to a tally.
 *
 * @param tally - from {@link newSetTally}
 * @param expected - the post's `expected` labels (category → boolean; absent means not scored)
 * @param report - what `engine.check` returned for the post
 * @param rules - from {@link describeRules}
 */
export function addReport(tally, expected, report, rules, table = CATEGORY_TAGS) {
  tally.posts++;
  tally.verdicts[report.verdict] = (tally.verdicts[report.verdict] ?? 0) + 1;
  const fired = new Set(report.findings.map((f) => f.rule));
  for (const category of Object.keys(table)) {
    const label = expected[category];
    if (typeof label !== 'boolean') continue;
    const flagged = report.findings.some((f) => categoriesOfTags(f.tags, { [category]: table[category] }).length > 0);
    addPost((tally.categories[category] ??= emptyCounts()), label, flagged);
  }
  for (const rule of rules) {
    const slot = tally.rules[rule.id];
    const hit = fired.has(rule.id);
    if (hit) slot.flagged++;
    for (const category of rule.categories) {
      const label = expected[category];
      if (typeof label === 'boolean') addPost((slot.byCategory[category] ??= emptyCounts()), label, hit);
    }
  }
  return tally;
}
