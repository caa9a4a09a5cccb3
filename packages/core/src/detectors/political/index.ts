import { z } from 'zod';
import type { Detector, DetectorInput, DetectorMatch } from '../detector.js';
import { scanPolitical } from './scan.js';

export { TOPIC_GROUPS } from './lexicon.js';
export { STANCE_CUES } from './terms/stance.js';
export type { CueGroup, CueKind, TopicGroup, TopicKind, TopicTermSpec } from './terms/types.js';

/** Options of the `political` and `political-topic` detectors. */
export const politicalOptionsSchema = z.object({
  minConfidence: z.number().min(0).max(1).default(0.5),
});

/** Options of the political detectors, defaults applied. */
export type PoliticalOptions = z.output<typeof politicalOptionsSchema>;

/** A topic mention on its own stays below this, whatever its clarity. */
const TOPIC_ONLY_WEIGHT = 0.45;
/** How much the stance cues around a mention can add. */
const STANCE_WEIGHT = 1;
/** Stance evidence below this counts for nothing: a pronoun or a hashtag alone is no stance. */
const STANCE_FLOOR = 0.1;
/** How much a faint topic holds back its cues: the cue's weight grows with the topic's evidence to this power. */
const TOPIC_EXPONENT = 0.2;

function round(x: number): number {
  return Math.round(Math.min(0.95, Math.max(0, x)) * 100) / 100;
}

/**
 * How sure we are that the writer takes a political stance, from the topic
 * evidence `t` and the stance evidence `s` around a mention (each 0 to 1).
 * A mention alone stays below 0.45 and so does one with only faint signs of
 * voice (a pronoun, a hashtag); a clear topic needs one real cue to pass
 * 0.5, a faint topic (`god`, `women`) a stronger one. The weights were set
 * on the development corpora (see the corpus measurement test).
 */
export function stanceConfidence(t: number, s: number): number {
  const stance = Math.max(0, s - STANCE_FLOOR) / (1 - STANCE_FLOOR);
  return round(TOPIC_ONLY_WEIGHT * t + STANCE_WEIGHT * stance * Math.pow(t, TOPIC_EXPONENT));
}

/**
 * Finds political stances: a party, a politician, an office, a department or
 * a controversial issue mentioned together with signs of taking a side
 * (judging words, first-person opinion, calls to vote, march or sign,
 * campaign hashtags). One match per mention, labelled `political stance on
 * brexit`; a mention without such signs is labelled `political topic brexit`
 * and scores below 0.5, so rules see it only with a lower `minConfidence`.
 */
export function detectPolitical(input: DetectorInput, options: PoliticalOptions): DetectorMatch[] {
  const scan = scanPolitical(input.normalised);
  const out: DetectorMatch[] = [];
  for (const hit of scan.hits) {
    const confidence = stanceConfidence(scan.topicAround(hit), scan.stanceAround(hit));
    if (confidence < options.minConfidence) continue;
    // A mention alone never reaches 0.5, so a match at 0.5 or more owes it to the cues around it.
    const label = confidence >= 0.5 ? `political stance on ${hit.topic}` : `political topic ${hit.topic}`;
    out.push({ start: hit.start, end: hit.end, confidence, label });
  }
  return out;
}

/**
 * Finds mentions of parties, politicians, offices, departments and
 * controversial issues, whether or not the writer takes a side. A clear
 * mention (`Brexit`, `the Home Secretary`, `Keir Starmer`) scores 0.5 or
 * more; a faint one (`god`, `women`, `labour` in lower case) less, unless
 * other mentions close by make the subject plain.
 */
export function detectPoliticalTopic(input: DetectorInput, options: PoliticalOptions): DetectorMatch[] {
  const scan = scanPolitical(input.normalised);
  const out: DetectorMatch[] = [];
  for (const hit of scan.hits) {
    const confidence = round(scan.topicAround(hit));
    if (confidence < options.minConfidence) continue;
    out.push({ start: hit.start, end: hit.end, confidence, label: `political topic ${hit.topic}` });
  }
  return out;
}

/** The `political` detector: a stance on a party, politician or controversial issue. */
export const politicalDetector: Detector<PoliticalOptions> = {
  name: 'political',
  description: 'a stance on a political party, politician, government policy or controversial issue',
  options: politicalOptionsSchema,
  detect: detectPolitical,
  thresholdOnly: true,
};

/** The `political-topic` detector: any mention of a party, politician or controversial issue, stance or not. */
export const politicalTopicDetector: Detector<PoliticalOptions> = {
  name: 'political-topic',
  description: 'a mention of a political party, politician, government body or controversial issue',
  options: politicalOptionsSchema,
  detect: detectPoliticalTopic,
  thresholdOnly: true,
};
