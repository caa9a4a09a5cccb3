import type { Detector, DetectorMatch } from '../detector.js';
import { nhsNumberValid } from './shared/checksums.js';
import { clampConfidence, cue, cueBefore, isFillerDigits, isInstructional } from './shared/context.js';
import { boundedLeft, boundedRight, groupLength, runDigits, scanDigitRuns } from './shared/digit-runs.js';
import { keepConfident, redaction } from './shared/matches.js';
import { confidenceOptionsSchema, type ConfidenceOptions } from './shared/options.js';

const NHS_CONTEXT = cue([
  'nhs', 'nhs number', 'nhs no', 'health service', 'patient', 'hospital', 'gp', 'surgery', 'chi number', 'health number',
]);

/**
 * `nhs-number`: NHS numbers, ten digits with the modulus 11 check digit,
 * written whole or spaced 3-3-4. A valid number without health words nearby
 * scores below 0.5: one random ten-digit number in eleven passes the check,
 * and 3-3-4 is also how North American phone numbers are grouped.
 */
export const nhsNumberDetector: Detector<ConfidenceOptions> = {
  name: 'nhs-number',
  description: 'NHS numbers (ten digits, modulus 11 check digit, optionally spaced 3-3-4)',
  options: confidenceOptionsSchema,
  detect(input, options) {
    const { text } = input;
    const matches: DetectorMatch[] = [];
    for (const run of scanDigitRuns(text)) {
      const count = run.groups.length;
      const spaced = count === 3 && groupLength(run, 0) === 3 && groupLength(run, 1) === 3 && groupLength(run, 2) === 4 && run.separators[0] === run.separators[1];
      const whole = count === 1 && groupLength(run, 0) === 10;
      if (!spaced && !whole) continue;
      const start = run.groups[0]!.start;
      const end = run.groups[count - 1]!.end;
      if (!boundedLeft(text, start) || !boundedRight(text, end)) continue;
      // `+1 943 476 5919` is a phone number, not an NHS number.
      const before = start > 0 ? text.charCodeAt(start - 1) : -1;
      if (before === 43 || before === 41) continue;
      const digits = runDigits(text, run, 0, count - 1);
      if (!nhsNumberValid(digits) || isFillerDigits(digits)) continue;
      let score = spaced ? 0.45 : 0.3;
      if (cueBefore(text, start, NHS_CONTEXT, 40)) score = 0.95;
      if (isInstructional(text, start, end)) score = Math.min(score, 0.3);
      matches.push({ start, end, confidence: clampConfidence(score), label: 'NHS number', replacement: redaction('NHS number') });
    }
    return keepConfident(matches, options.minConfidence);
  },
};
