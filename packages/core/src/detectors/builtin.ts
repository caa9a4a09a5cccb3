import { contextDetectors } from './context-detectors.js';
import type { Detector } from './detector.js';
import { hashtagDetector } from './hashtag.js';
import { languageDetectors } from './language-detectors.js';
import { linkDetector } from './link.js';
import { mentionDetector } from './mention.js';
import { personalDataDetectors, secretDetectors } from './personal-data/index.js';

const all: Detector<any>[] = [
  linkDetector,
  mentionDetector,
  hashtagDetector,
  ...languageDetectors,
  ...contextDetectors,
  ...personalDataDetectors,
  ...secretDetectors,
];

/**
 * The built-in detectors, by the name packs use for them. A pack can name any
 * of these directly in a condition (`text has link`) or configure one with
 * `detector id uses name with { … }`.
 */
export const builtinDetectors: ReadonlyMap<string, Detector<any>> = new Map(
  all.map((detector) => [detector.name, detector]),
);
