import { attackDetector } from './attack/index.js';
import type { Detector } from './detector.js';
import { heatDetector } from './heat/index.js';
import { markingDetector } from './markings/index.js';
import { offensiveDetector, profanityDetector } from './offensive/index.js';

/**
 * The detectors that read the language of a post rather than pick out data:
 * protective markings and handling cues (`marking`), offensive language
 * (`offensive`, also named `profanity`), personal attacks (`attack`) and
 * heated writing (`heat`).
 */
export const languageDetectors: Detector<any>[] = [
  markingDetector,
  offensiveDetector,
  profanityDetector,
  attackDetector,
  heatDetector,
];
