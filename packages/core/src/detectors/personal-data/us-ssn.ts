import type { Detector, DetectorMatch } from '../detector.js';
import { clampConfidence, cue, cueBefore, isFillerDigits, isInstructional } from './shared/context.js';
import { keepConfident, redaction } from './shared/matches.js';
import { confidenceOptionsSchema, type ConfidenceOptions } from './shared/options.js';
import { digitRunLengths, runLengthBit } from './shared/digit-runs.js';
import { nextMatch } from './shared/leading-lookbehind.js';

/** Bounded: `123-45-6789`, `123 45 6789` or nine digits together. Exported for the tests of its filter. @internal */
export const CANDIDATE = /(?<![\p{L}\p{N}\-])(\d{3})([- ]?)(\d\d)\2(\d{4})(?![\p{L}\p{N}]|-\d)/gu;
/**
 * The runs of digits a candidate needs: no digit stands before or after it,
 * so it starts a run of three (before its separator) or is a run of nine.
 */
export const CANDIDATE_RUNS = runLengthBit(3) | runLengthBit(9);
const SSN_CONTEXT = cue(['ssn', 'ss#', 'ss no', 'social security', 'social security number', 'social security no', 'social', 'tin', 'itin']);

/** True when the area, group and serial are ones the US Social Security Administration issues. */
export function ssnValid(area: string, group: string, serial: string): boolean {
  const a = Number(area);
  return a !== 0 && a !== 666 && a < 900 && group !== '00' && serial !== '0000';
}

/**
 * `us-ssn`: US Social Security numbers. The hyphenated form is reported on
 * its own; spaced or unseparated nine digits need words such as "SSN" or
 * "social security" just before them. Numbers the SSA never issues are not.
 */
export const usSsnDetector: Detector<ConfidenceOptions> = {
  name: 'us-ssn',
  description: 'US Social Security numbers with valid area, group and serial',
  options: confidenceOptionsSchema,
  detect(input, options) {
    const { text } = input;
    const matches: DetectorMatch[] = [];
    if ((digitRunLengths(text) & CANDIDATE_RUNS) === 0) return matches;
    CANDIDATE.lastIndex = 0;
    for (let m = nextMatch(CANDIDATE, text); m; m = nextMatch(CANDIDATE, text)) {
      if (!ssnValid(m[1]!, m[3]!, m[4]!)) continue;
      const start = m.index;
      const end = start + m[0].length;
      const contextual = cueBefore(text, start, SSN_CONTEXT, 40);
      let score = m[2] === '-' ? 0.55 : 0.2;
      if (contextual) score = m[2] === '-' ? 0.97 : 0.85;
      if (isFillerDigits(m[1]! + m[3]! + m[4]!) || isInstructional(text, start, end)) score = Math.min(score, 0.25);
      matches.push({ start, end, confidence: clampConfidence(score), label: 'US Social Security number', replacement: redaction('SSN') });
    }
    return keepConfident(matches, options.minConfidence);
  },
};
