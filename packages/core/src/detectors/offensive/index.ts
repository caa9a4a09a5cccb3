import { z } from 'zod';
import type { Detector, DetectorInput, DetectorMatch } from '../detector.js';
import { assessHit, atLeast } from './assess.js';
import { isReplying, scanLanguage } from './language-scan.js';

export type { OffensiveKind, OffensiveTerm, Severity } from './terms/types.js';
export { OFFENSIVE_LEXICON } from './lexicon.js';

/** Options of the `offensive` (and `profanity`) detector. */
export const offensiveOptionsSchema = z.object({
  minConfidence: z.number().min(0).max(1).default(0.5),
  /** The mildest severity reported: `mild` also shows oaths such as `damn` and `hell`. */
  minSeverity: z.enum(['mild', 'moderate', 'severe']).default('moderate'),
});

/** Options of the `offensive` detector, defaults applied. */
export type OffensiveOptions = z.output<typeof offensiveOptionsSchema>;

/**
 * Finds profanity, slurs and insults in one field. Each match's label gives
 * its severity (`offensive (severe)`), and so does its confidence: about
 * 0.6 for mild, 0.8 for moderate and 0.95 for severe, less for words with an
 * innocent sense. Insults aimed at someone count as moderate.
 */
export function detectOffensive(input: DetectorInput, options: OffensiveOptions): DetectorMatch[] {
  const scan = scanLanguage(input.normalised);
  const replying = isReplying(input, scan);
  const matches: DetectorMatch[] = [];
  for (const hit of scan.hits) {
    const a = assessHit(scan, hit, replying);
    if (!atLeast(a.severity, options.minSeverity) || a.confidence < options.minConfidence) continue;
    matches.push({ start: hit.start, end: hit.end, confidence: a.confidence, label: `offensive (${a.severity})` });
  }
  return matches;
}

/** The `offensive` detector: profanity, slurs and hateful terms, graded by severity. */
export const offensiveDetector: Detector<OffensiveOptions> = {
  name: 'offensive',
  description: 'profanity, slurs and insults, graded mild, moderate or severe',
  options: offensiveOptionsSchema,
  detect: detectOffensive,
};

/** The `profanity` detector: another name for {@link offensiveDetector}, for packs that prefer it. */
export const profanityDetector: Detector<OffensiveOptions> = {
  ...offensiveDetector,
  name: 'profanity',
};
