/**
 * Off-the-shelf profanity filters, measured on the same posts as the
 * detectors so that the comparison sits in one table. Each is used as its
 * authors recommend for English and flags a post when it finds anything.
 * A filter whose package cannot be loaded is listed as not measured.
 *
 * @module
 */

/** The categories the baselines are scored on (a profanity filter is the usual stand-in for both). */
export const BASELINE_CATEGORIES = ['offensive', 'attack'];

/** How to build each baseline: its name, what it is, and a factory returning `(text) => boolean`. */
export const BASELINES = [
  {
    name: 'obscenity',
    description: '`obscenity` `RegExpMatcher` with `englishDataset` and `englishRecommendedTransformers`',
    async create() {
      const { RegExpMatcher, englishDataset, englishRecommendedTransformers } = await import('obscenity');
      const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
      return (text) => matcher.hasMatch(text);
    },
  },
  {
    name: '@2toad/profanity',
    description: '`@2toad/profanity` default `profanity` instance (English list, whole words), `exists`',
    async create() {
      const { profanity } = await import('@2toad/profanity');
      return (text) => profanity.exists(text);
    },
  },
];

/** Loads every baseline it can: `{ loaded: [{ name, description, flags }], failed: [{ name, reason }] }`. */
export async function loadBaselines(specs = BASELINES) {
  const loaded = [];
  const failed = [];
  for (const spec of specs) {
    try {
      loaded.push({ name: spec.name, description: spec.description, flags: await spec.create() });
    } catch (error) {
      failed.push({ name: spec.name, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { loaded, failed };
}
