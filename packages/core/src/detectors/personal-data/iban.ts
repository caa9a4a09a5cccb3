import type { Detector, DetectorMatch } from '../detector.js';
import { isAsciiAlnum, isWordCharAt } from './shared/chars.js';
import { ibanChecksumValid } from './shared/checksums.js';
import { clampConfidence, cue, cueBefore, isInstructional } from './shared/context.js';
import { keepConfident, redaction } from './shared/matches.js';
import { confidenceOptionsSchema, type ConfidenceOptions } from './shared/options.js';
import { digitRunLengths, runLengthBit } from './shared/digit-runs.js';
import { nextMatch } from './shared/leading-lookbehind.js';

/** IBAN length by country, from the SWIFT IBAN registry. */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22,
  CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22,
  GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30,
  KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20,
  MR: 27, MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22,
  RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26,
  UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

/** The specimen IBANs printed in standards, bank guides and Wikipedia. */
const SPECIMENS = new Set(['GB82WEST12345698765432', 'GB29NWBK60161331926819', 'DE89370400440532013000', 'FR1420041010050500013M02606', 'GB33BUKB20201555555555']);

/** Bounded: a country code and two check digits; the rest is read by hand, at most 34 characters. Exported for the tests of its filter. @internal */
export const START = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d\d/gu;

/** The check digits are a run of two digits or more: every run length but one. Exported for the tests of the filter. @internal */
export const START_RUNS = ~(runLengthBit(0) | runLengthBit(1));

const IBAN_CONTEXT = cue(['iban', 'account', 'bank', 'transfer', 'wire', 'pay', 'payment', 'sepa', 'bic', 'swift']);

/**
 * `iban`: International Bank Account Numbers, whole or in groups of four,
 * with the country's registered length and a passing mod-97 check.
 */
export const ibanDetector: Detector<ConfidenceOptions> = {
  name: 'iban',
  description: 'IBANs with the registered length for their country and a valid mod-97 checksum',
  options: confidenceOptionsSchema,
  detect(input, options) {
    const { text } = input;
    const matches: DetectorMatch[] = [];
    if ((digitRunLengths(text) & START_RUNS) === 0) return matches;
    START.lastIndex = 0;
    for (let m = nextMatch(START, text); m; m = nextMatch(START, text)) {
      const country = m[0].slice(0, 2).toUpperCase();
      const length = IBAN_LENGTHS[country];
      if (!length) continue;
      const start = m.index;
      let i = start;
      let compact = '';
      // Read exactly `length` letters and digits, allowing one space between them.
      while (i < text.length && compact.length < length) {
        const code = text.charCodeAt(i);
        if (isAsciiAlnum(code)) {
          compact += text[i];
          i++;
        } else if ((code === 32 || code === 0xa0) && compact.length >= 4 && i + 1 < text.length && isAsciiAlnum(text.charCodeAt(i + 1))) {
          i++;
        } else break;
      }
      if (compact.length !== length || isWordCharAt(text, i)) continue;
      const upper = compact.toUpperCase();
      const mixedCase = compact !== upper && compact !== compact.toLowerCase();
      if (mixedCase || !ibanChecksumValid(upper)) continue;
      let score = compact === upper ? 0.9 : 0.6;
      if (cueBefore(text, start, IBAN_CONTEXT, 40)) score += 0.08;
      if (SPECIMENS.has(upper)) score = Math.min(score, 0.55);
      if (isInstructional(text, start, i)) score = Math.min(score, 0.3);
      matches.push({ start, end: i, confidence: clampConfidence(score), label: 'IBAN', replacement: redaction('IBAN') });
      START.lastIndex = i;
    }
    return keepConfident(matches, options.minConfidence);
  },
};
