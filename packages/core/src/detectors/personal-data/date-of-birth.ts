import type { Detector, DetectorMatch } from '../detector.js';
import { findAllHits, matchAt, phrasePattern } from './shared/after-cue.js';
import { dateAt } from './shared/dates.js';
import { isInstructional } from './shared/context.js';
import { digitRunLengths } from './shared/digit-runs.js';
import { keepConfident, redaction } from './shared/matches.js';
import { confidenceOptionsSchema, type ConfidenceOptions } from './shared/options.js';

const BIRTH_CUE = phrasePattern([
  'dob', 'd.o.b', 'd.o.b.', 'date of birth', 'birth date', 'birthdate', 'born on', 'born', 'birthday', 'birthday is',
  'was born on', 'date of birth is', 'born in',
]);
/** Between the cue and the date: "is", ":", "on", "the", at most a few characters. */
const GAP = /(?:\s{0,3}(?:is|was|:|-|=|on|the)(?![A-Za-z])){0,3}\s{0,3}/iy;

/**
 * `date-of-birth`: a date written just after birth words ("DOB 01/02/1990",
 * "born on 3 March 1985", "date of birth: 1990-02-01"). A date without such
 * words is not reported: dates alone are not personal data.
 */
export const dateOfBirthDetector: Detector<ConfidenceOptions> = {
  name: 'date-of-birth',
  description: 'Dates of birth: a date right after "DOB", "born on" or "date of birth"',
  options: confidenceOptionsSchema,
  detect(input, options) {
    const { text } = input;
    const matches: DetectorMatch[] = [];
    // No digit, no value: every written date has digits.
    if (digitRunLengths(text) === 0) return matches;
    for (const hit of findAllHits(text, BIRTH_CUE)) {
      const gap = matchAt(text, hit.end, GAP);
      const at = hit.end + (gap ? gap[0].length : 0);
      const length = dateAt(text, at);
      if (length === 0) continue;
      const end = at + length;
      const score = isInstructional(text, hit.start, end) ? 0.3 : 0.9;
      matches.push({ start: at, end, confidence: score, label: 'date of birth', replacement: redaction('date of birth') });
    }
    return keepConfident(matches, options.minConfidence);
  },
};
