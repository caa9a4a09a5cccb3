import { claimDetector } from './claims/index.js';
import type { Detector } from './detector.js';
import { mediaContactDetector } from './media/index.js';
import { politicalDetector, politicalTopicDetector } from './political/index.js';

/**
 * The detectors that read what a post is about and who it answers: a stance
 * on politics (`political`), any mention of politics (`political-topic`),
 * unsourced figures and appeals to evidence (`claim`) and contact with the
 * media (`media-contact`).
 */
export const contextDetectors: Detector<any>[] = [
  politicalDetector,
  politicalTopicDetector,
  claimDetector,
  mediaContactDetector,
];
