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
const STANCE_WEIGHT = 0.8;
/** Stance around a mention below this is not called a stance in the label. */
const STANCE_LABEL_MIN = 0.3;

function round(x: number): number {
  return Math.round(Math.min(0.95, Math.max(0, x)) * 100) / 100;
}

/**
 * How sure we are that the writer takes a political stance, from the topic
 * evidence `t` and the stance evidence `s` around a mention. A mention alone
 * stays below 0.45; a clear topic needs a moderate cue to pass 0.5, a faint
 * topic (`god`, `women`) a strong one, because the cue's weight grows with
 * the square root of the topic's.
 */
export function stanceConfidence(t: number, s: number): number {
  return round(TOPIC_ONLY_WEIGHT * t + STANCE_WEIGHT * s * Math.pow(t, 0.2));
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
    const s = scan.stanceAround(hit);
    const confidence = stanceConfidence(scan.topicAround(hit), s);
    if (confidence < options.minConfidence) continue;
    const stance = s >= STANCE_LABEL_MIN && confidence >= 0.5;
    out.push({
      start: hit.start,
      end: hit.end,
      confidence,
      label: stance ? `political stance on ${hit.topic}` : `political topic ${hit.topic}`,
    });
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
};

/** The `political-topic` detector: any mention of a party, politician or controversial issue, stance or not. */
export const politicalTopicDetector: Detector<PoliticalOptions> = {
  name: 'political-topic',
  description: 'a mention of a political party, politician, government body or controversial issue',
  options: politicalOptionsSchema,
  detect: detectPoliticalTopic,
};
