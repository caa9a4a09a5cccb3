import type { Detector, DetectorMatch } from '../detector.js';
import { findAllHits, matchAt, phrasePattern, skipConnector } from './shared/after-cue.js';
import { clampConfidence, isFillerDigits, isInstructional } from './shared/context.js';
import { digitRunLengths } from './shared/digit-runs.js';
import { keepConfident, redaction } from './shared/matches.js';
import { confidenceOptionsSchema, type ConfidenceOptions } from './shared/options.js';

const PASSPORT_CUE = phrasePattern(['passport', 'passport number', 'passport no', 'passport num', 'travel document number']);
/** A passport number: up to two letters and six to nine digits, or nine letters and digits. */
const VALUE = /[A-Za-z]{0,2}\d{6,9}(?![\p{L}\p{N}])|[A-Za-z0-9]{9}(?![\p{L}\p{N}])/uy;

/**
 * `passport`: passport numbers named as such ("passport number 123456789").
 * A UK passport number is nine digits; other countries add letters. Without
 * the word "passport" nearby a number like this is not reported.
 */
export const passportDetector: Detector<ConfidenceOptions> = {
  name: 'passport',
  description: 'Passport numbers (UK nine digits, and other formats) named as passport numbers',
  options: confidenceOptionsSchema,
  detect(input, options) {
    const { text } = input;
    const matches: DetectorMatch[] = [];
    // No digit, no value: a passport number has six digits at least.
    if (digitRunLengths(text) === 0) return matches;
    for (const hit of findAllHits(text, PASSPORT_CUE)) {
      const at = skipConnector(text, hit.end);
      const m = matchAt(text, at, VALUE);
      if (!m) continue;
      const value = m[0];
      const digits = value.replace(/\D/g, '');
      if (digits.length < 6) continue;
      const start = at;
      const end = at + value.length;
      let score = /^\d{9}$/.test(value) ? 0.92 : 0.85;
      if (isFillerDigits(digits) || isInstructional(text, hit.start, end)) score = 0.3;
      matches.push({ start, end, confidence: clampConfidence(score), label: 'passport number', replacement: redaction('passport number') });
    }
    return keepConfident(matches, options.minConfidence);
  },
};
