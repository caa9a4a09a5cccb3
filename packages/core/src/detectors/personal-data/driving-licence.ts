import type { Detector, DetectorMatch } from '../detector.js';
import { findAllHits, matchAt, phrasePattern, skipConnector } from './shared/after-cue.js';
import { clampConfidence, cue, cueBefore, isFillerDigits, isInstructional } from './shared/context.js';
import { keepConfident, redaction } from './shared/matches.js';
import { confidenceOptionsSchema, type ConfidenceOptions } from './shared/options.js';
import { digitRunLengths, runLengthBit } from './shared/digit-runs.js';
import { nextMatch } from './shared/leading-lookbehind.js';

/**
 * DVLA licence number: five characters of surname padded with 9s, the
 * decade digit of the birth year, the birth month (plus 50 for women), the
 * day, the year digit, two initials padded with 9, a digit and two check
 * letters; sometimes followed by a two-digit issue number. Bounded pattern.
 * Exported for the tests of its filter. @internal
 */
export const DVLA = /(?<![\p{L}\p{N}])([A-Z]{1,5}9{0,4})(\d)(\d\d)(\d\d)(\d)([A-Z][A-Z9])(\d)([A-Z]{2})(?:\s?\d\d)?(?![\p{L}\p{N}])/gu;

/**
 * The runs of digits a DVLA number needs: the padding 9s and the six date
 * digits form one run between letters, six to ten long. Exported for the
 * tests of the filter. @internal
 */
export const DVLA_RUNS = runLengthBit(6) | runLengthBit(7) | runLengthBit(8) | runLengthBit(9) | runLengthBit(10);

const LICENCE_CUE = phrasePattern([
  "driver's license", "drivers license", 'driver license', "driver's licence", 'drivers licence', 'driving licence',
  'driving license', 'licence number', 'license number', 'licence no', 'license no', 'dl', 'dl#', 'dln', 'dvla',
]);
const LICENCE_CONTEXT = cue(['licence', 'license', 'driving', 'driver', 'dvla', 'dl']);
/** A US-style licence number: letters, digits and hyphens with at least five digits. */
const US_VALUE = /[A-Za-z]{0,3}[-\s]?\d[\d-]{3,16}\d(?![\p{L}\p{N}])|[A-Za-z]\d{4,14}(?![\p{L}\p{N}])/uy;

function dvlaValid(m: RegExpExecArray): boolean {
  if (m[1]!.length !== 5) return false;
  const month = Number(m[3]);
  const day = Number(m[4]);
  const monthOk = (month >= 1 && month <= 12) || (month >= 51 && month <= 62);
  return monthOk && day >= 1 && day <= 31;
}

/**
 * `driving-licence`: UK DVLA driving licence numbers (16 characters, with
 * the date-of-birth fields checked), and other countries' licence numbers
 * only when licence words come just before them.
 */
export const drivingLicenceDetector: Detector<ConfidenceOptions> = {
  name: 'driving-licence',
  description: 'UK DVLA driving licence numbers, and other licence numbers named as such',
  options: confidenceOptionsSchema,
  detect(input, options) {
    const { text } = input;
    const matches: DetectorMatch[] = [];
    // No digit, no value: both a DVLA number and a licence number named as such have digits.
    if (digitRunLengths(text) === 0) return matches;
    DVLA.lastIndex = 0;
    const dvla = (digitRunLengths(text) & DVLA_RUNS) !== 0;
    for (let m = dvla ? nextMatch(DVLA, text) : null; m; m = nextMatch(DVLA, text)) {
      if (!dvlaValid(m)) continue;
      const start = m.index;
      const end = start + m[0].length;
      let score = cueBefore(text, start, LICENCE_CONTEXT, 40) ? 0.97 : 0.85;
      if (isInstructional(text, start, end)) score = 0.3;
      matches.push({ start, end, confidence: score, label: 'driving licence number', replacement: redaction('licence number') });
    }
    for (const hit of findAllHits(text, LICENCE_CUE)) {
      const at = skipConnector(text, hit.end);
      if (matches.some((x) => x.start === at)) continue;
      const m = matchAt(text, at, US_VALUE);
      if (!m) continue;
      const value = m[0].replace(/[-\s]+$/, '');
      const digits = value.replace(/\D/g, '');
      if (digits.length < 5) continue;
      const end = at + value.length;
      let score = 0.85;
      if (isFillerDigits(digits) || isInstructional(text, hit.start, end)) score = 0.3;
      matches.push({ start: at, end, confidence: clampConfidence(score), label: 'driving licence number', replacement: redaction('licence number') });
    }
    return keepConfident(matches, options.minConfidence);
  },
};
