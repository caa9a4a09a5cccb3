import { z } from 'zod';
import { compileTermMatcher } from '../../text/compile-term-matcher.js';
import type { TermMatcher } from '../../text/term-matcher.js';
import type { Detector, DetectorInput, DetectorMatch } from '../detector.js';
import { CLASSIFICATIONS, DESCRIPTORS } from '../markings/terms.js';
import { scanLanguage } from '../offensive/language-scan.js';
import { findPunctuationRuns, findShouting, type HeatSignal } from './signals.js';
import { ANGER_WORDS } from './terms.js';

/** Options of the `heat` detector. */
export const heatOptionsSchema = z.object({
  minConfidence: z.number().min(0).max(1).default(0.5),
});

/** Options of the `heat` detector, defaults applied. */
export type HeatOptions = z.output<typeof heatOptionsSchema>;

/** Anger words strong enough to count a little more on their own. */
const STRONG_ANGER = new Set([
  'furious', 'fuming', 'livid', 'seething', 'enraged', 'incensed', 'apoplectic', 'how dare',
  'makes my blood boil', 'sick and tired', 'enough is enough', 'had it up to here', 'lost my temper',
]);

/** Words that protective markings are written with, in capitals by rule, so they are not shouting. */
const MARKING_WORDS = new Set(
  [...CLASSIFICATIONS.map((c) => c.text), ...DESCRIPTORS, 'not', 'for', 'publication', 'circulation', 'draft', 'embargoed', 'until']
    .flatMap((phrase) => phrase.split(' ')),
);

let matcher: TermMatcher | undefined;

function angerMatcher(): TermMatcher {
  matcher ??= compileTermMatcher([
    { id: 'anger', inflect: false, terms: ANGER_WORDS.map((text) => ({ text, prefix: false })) },
  ]);
  return matcher;
}

function angerSignals(input: DetectorInput): HeatSignal[] {
  const out: HeatSignal[] = [];
  let reach = -1;
  for (const m of angerMatcher().scan(input.normalised)) {
    if (m.end <= reach) continue;
    reach = m.end;
    out.push({ start: m.start, end: m.end, strength: STRONG_ANGER.has(m.term) ? 0.5 : 0.4, label: 'angry words' });
  }
  return out;
}

/**
 * Finds the signs of a post written in the heat of the moment: shouting in
 * capitals, runs of `!!!` or `?!?!`, and angry words. Each sign is weak on
 * its own (an angry word alone stays below the default confidence); signs
 * of different kinds together, or alongside swearing, strengthen each other,
 * because that is how a heated post reads.
 */
export function detectHeat(input: DetectorInput, options: HeatOptions): DetectorMatch[] {
  const shouting = findShouting(input.text, (word) => MARKING_WORDS.has(word));
  const punctuation = findPunctuationRuns(input.text);
  const anger = angerSignals(input);
  const swearing = scanLanguage(input.normalised).hits.some(
    (h) => h.entry.severity !== 'mild' && (h.entry.kind === 'swearing' || h.entry.kind === 'insult'),
  );
  const kinds = Number(shouting.length > 0) + Number(punctuation.length > 0) + Number(anger.length > 0) + Number(swearing);
  // Several angry words in one post count as a second sign.
  const boost = 0.12 * Math.max(0, kinds - 1) + (anger.length >= 2 ? 0.1 : 0);
  const out: DetectorMatch[] = [];
  for (const s of [...shouting, ...punctuation, ...anger]) {
    const confidence = Math.round(Math.min(0.95, s.strength + boost) * 100) / 100;
    if (confidence >= options.minConfidence) out.push({ start: s.start, end: s.end, confidence, label: s.label });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The `heat` detector: shouting, runs of exclamation marks and angry words, for the advice on permanence. */
export const heatDetector: Detector<HeatOptions> = {
  name: 'heat',
  // Its threshold is applied last, as a filter on the matches.
  thresholdOnly: true,
  description: 'shouting, runs of exclamation marks and angry words: signs of a post written in anger',
  options: heatOptionsSchema,
  detect: detectHeat,
};
