import type { z } from 'zod';
import type { Activity } from '../schema/activity.js';
import type { NormalisedText } from '../text/normalised-text.js';

/** One place a detector found something, in ORIGINAL text offsets. */
export interface DetectorMatch {
  /** Offset in UTF-16 code units of the original field text (0-based). */
  start: number;
  /** Exclusive end offset. */
  end: number;
  /** How sure the detector is, 0 to 1. Rules see only matches at or above the detector's `minConfidence` option (default 0.5). */
  confidence: number;
  /** A short label of what was found: `email address`, `link to example.org`. */
  label: string;
  /** An optional replacement that would remove the problem (for example a redaction). */
  replacement?: string | undefined;
}

/** What a detector is given: one field's text, already normalised, and the whole activity for context. */
export interface DetectorInput {
  /** The original text of the field. */
  text: string;
  /** The same text normalised once by the engine (shared by every detector). */
  normalised: NormalisedText;
  /** The field path being scanned: `text`, `title`, `inReplyTo.bio`, … */
  field: string;
  activity: Activity;
}

/**
 * A named built-in detector. Detectors are pure: the same input gives the same
 * matches, they keep no state between calls, and they must run in time linear
 * in the length of the text. The engine calls each at most once per field per
 * check, and only when a rule needs it.
 */
export interface Detector<Options = Record<string, unknown>> {
  /** The name packs use: `link`, `mention`, `hashtag`. */
  name: string;
  /** One line for docs and error messages. */
  description: string;
  /** Validates the options written in `detector x uses name with { … }`. */
  options: z.ZodType<Options>;
  /** Finds every match in one field of the activity; the engine filters them by `minConfidence`. */
  detect(input: DetectorInput, options: Options): DetectorMatch[];
  /**
   * True when the `minConfidence` option does nothing but drop the matches
   * below it: the matches at a threshold are those at any lower threshold
   * that reach it. A pack that configures such a detector several times with
   * only the threshold changed then has it run once per field, not once per
   * configuration.
   */
  thresholdOnly?: boolean | undefined;
}
