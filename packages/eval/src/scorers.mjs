/**
 * What decides each category, at the two levels the evaluation measures:
 *
 * - detector level: {@link CATEGORY_DETECTORS}, one line per category, names
 *   the built-in detectors whose matches flag a post. They run through the
 *   engine in a small generated "probe" pack ({@link probePackSource}), one
 *   rule per category, so each detector sees exactly what a rule would see:
 *   the engine's normalised text, the detector's default options and its
 *   default confidence threshold.
 * - pack level: {@link CATEGORY_TAGS} maps the categories of the corpora to
 *   the tags of a pack's rules; a post is flagged for a category when any
 *   finding carries one of its tags.
 *
 * Adding a category is one line in each table.
 *
 * @module
 */

/** Category → the built-in detectors whose matches (at their default settings) flag a post. */
export const CATEGORY_DETECTORS = {
  offensive: ['offensive'],
  attack: ['attack'],
  political: ['political'],
  personal_data: ['personal-data'],
  confidential: ['credential'],
};

/**
 * Detectors no corpus is labelled for. The evaluation reports only the share
 * of each set's posts they flag (on the post text), which bounds how often
 * they fire on ordinary tweets.
 */
export const OTHER_DETECTORS = ['marking', 'heat', 'claim', 'media-contact', 'political-topic'];

/** The probe rule id of a detector in {@link OTHER_DETECTORS}. */
export function otherRuleId(detector) {
  return `detector-${detector}`;
}

/** Category → the rule tags whose findings flag a post at pack level. */
export const CATEGORY_TAGS = {
  offensive: ['offensive'],
  attack: ['attack'],
  political: ['political', 'political-activity'],
  personal_data: ['personal-data'],
  confidential: ['confidential'],
};

/** The gold spans of `presidio-pii` that count as personal data, as the corpus README defines it. */
export const PII_SPAN_TYPES = new Set(['CREDIT_CARD', 'EMAIL_ADDRESS', 'IBAN_CODE', 'PHONE_NUMBER', 'STREET_ADDRESS', 'US_SSN', 'US_DRIVER_LICENSE', 'IP_ADDRESS']);

/** The name of the generated pack that runs the detectors. */
export const PROBE_PACK = 'eval.detector-probe';

/**
 * Splits a category table into what can be measured with the detectors a
 * registry has, and what cannot (with the missing detector names).
 *
 * @param registry - anything with `has(name)`, such as `builtinDetectors`
 */
export function availableCategories(registry, table = CATEGORY_DETECTORS) {
  const available = {};
  const missing = [];
  for (const [category, detectors] of Object.entries(table)) {
    const absent = detectors.filter((name) => !registry.has(name));
    if (absent.length > 0) missing.push({ category, detectors: absent });
    else available[category] = detectors;
  }
  return { available, missing };
}

/**
 * The `.prop` source of the probe pack: one rule per category, named after
 * it, that fires when any of its detectors reports a match at or above that
 * detector's default confidence; and one rule per detector of `others`,
 * named by {@link otherRuleId}.
 */
export function probePackSource(table, others = []) {
  const lines = [`pack "${PROBE_PACK}" version "0.0.0"`, ''];
  const rule = (id, detectors) => {
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(id)) throw new Error(`category \`${id}\` is not a valid rule id`);
    if (detectors.length === 0) throw new Error(`category \`${id}\` names no detector`);
    lines.push(`rule ${id} {`, '  severity block', `  when ${detectors.map((d) => `text has ${d}`).join(' or ')}`, `  say "${id}"`, '}', '');
  };
  for (const [category, detectors] of Object.entries(table)) rule(category, detectors);
  for (const detector of others) rule(otherRuleId(detector), [detector]);
  return lines.join('\n');
}

/**
 * The categories a rule's tags map to, in the order of the table.
 *
 * @param tags - the rule's (or finding's) tags
 */
export function categoriesOfTags(tags, table = CATEGORY_TAGS) {
  const out = [];
  for (const [category, wanted] of Object.entries(table)) if (tags.some((t) => wanted.includes(t))) out.push(category);
  return out;
}

/** The set of categories flagged by a report's findings, through their tags. */
export function flaggedCategories(findings, table = CATEGORY_TAGS) {
  const out = new Set();
  for (const f of findings) for (const c of categoriesOfTags(f.tags, table)) out.add(c);
  return out;
}
