import type { Detector } from './detector.js';
import { hashtagDetector } from './hashtag.js';
import { linkDetector } from './link.js';
import { mentionDetector } from './mention.js';

/**
 * The built-in detectors, by the name packs use for them. A pack can name any
 * of these directly in a condition (`text has link`) or configure one with
 * `detector id uses name with { … }`.
 */
export const builtinDetectors: ReadonlyMap<string, Detector<any>> = new Map<string, Detector<any>>([
  [linkDetector.name, linkDetector],
  [mentionDetector.name, mentionDetector],
  [hashtagDetector.name, hashtagDetector],
]);
