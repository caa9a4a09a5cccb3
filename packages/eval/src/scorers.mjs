/**
 * Which detectors decide each category. Adding a category (offensive,
 * political, …) is one line in {@link CATEGORY_DETECTORS} once its detector
 * exists in `@propriety/core`; a category with no detector available is
 * reported as not scored rather than silently skipped.
 *
 * @module
 */

/** Category → the detectors whose matches flag a post, and the confidence they must reach. */
export const CATEGORY_DETECTORS = {
  personal_data: { detectors: ['personal-data'], minConfidence: 0.5 },
  confidential: { detectors: ['credential'], minConfidence: 0.5 },
};

/** The gold spans of `presidio-pii` that count as personal data, as the corpus README defines it. */
export const PII_SPAN_TYPES = new Set(['CREDIT_CARD', 'EMAIL_ADDRESS', 'IBAN_CODE', 'PHONE_NUMBER', 'STREET_ADDRESS', 'US_SSN', 'US_DRIVER_LICENSE', 'IP_ADDRESS']);

/**
 * Builds the scorer of each category from a detector registry (a Map from
 * name to detector). A scorer takes a detector input and returns the matches
 * at or above its confidence; a post is flagged when there is at least one.
 */
export function buildScorers(registry, table = CATEGORY_DETECTORS) {
  const scorers = new Map();
  const missing = [];
  for (const [category, spec] of Object.entries(table)) {
    const detectors = spec.detectors.map((name) => registry.get(name));
    if (detectors.some((d) => !d)) {
      missing.push({ category, detectors: spec.detectors.filter((n) => !registry.get(n)) });
      continue;
    }
    const configured = detectors.map((d) => ({ detector: d, options: d.options.parse({ minConfidence: spec.minConfidence }) }));
    scorers.set(category, {
      category,
      detectorNames: spec.detectors,
      minConfidence: spec.minConfidence,
      run(input) {
        const matches = [];
        for (const { detector, options } of configured) matches.push(...detector.detect(input, options));
        return matches.filter((m) => m.confidence >= spec.minConfidence);
      },
    });
  }
  return { scorers, missing };
}
