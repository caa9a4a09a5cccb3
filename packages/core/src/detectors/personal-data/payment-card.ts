import type { Detector, DetectorMatch } from '../detector.js';
import { luhnValid } from './shared/checksums.js';
import { clampConfidence, cue, cueAround, isFillerDigits, isInstructional } from './shared/context.js';
import { boundedLeft, boundedRight, forEachSlice, groupLength, runDigits, sameSeparators, scanDigitRuns } from './shared/digit-runs.js';
import { keepConfident, redaction } from './shared/matches.js';
import { confidenceOptionsSchema, type ConfidenceOptions } from './shared/options.js';

/** A card scheme: the prefixes (IIN ranges) and lengths it issues. */
interface Scheme {
  name: string;
  ranges: readonly (readonly [number, number, number])[];
  lengths: readonly number[];
}

/** Ranges are [digits of prefix, low, high] compared against the first digits of the number. */
const SCHEMES: readonly Scheme[] = [
  { name: 'Visa', ranges: [[1, 4, 4]], lengths: [13, 16, 19] },
  { name: 'Mastercard', ranges: [[2, 51, 55], [4, 2221, 2720]], lengths: [16] },
  { name: 'American Express', ranges: [[2, 34, 34], [2, 37, 37]], lengths: [15] },
  { name: 'Discover', ranges: [[4, 6011, 6011], [3, 644, 649], [2, 65, 65], [6, 622126, 622925]], lengths: [16, 17, 18, 19] },
  { name: 'Diners Club', ranges: [[3, 300, 305], [3, 309, 309], [2, 36, 36], [2, 38, 39]], lengths: [14, 15, 16, 17, 18, 19] },
  { name: 'JCB', ranges: [[4, 3528, 3589]], lengths: [16, 17, 18, 19] },
  { name: 'JCB', ranges: [[4, 2131, 2131], [4, 1800, 1800]], lengths: [15] },
  { name: 'UnionPay', ranges: [[2, 62, 62], [2, 81, 81]], lengths: [16, 17, 18, 19] },
  { name: 'Mir', ranges: [[4, 2200, 2204]], lengths: [16, 17, 18, 19] },
  { name: 'Maestro', ranges: [[2, 50, 50], [2, 56, 69]], lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { name: 'Verve', ranges: [[6, 506099, 506198], [6, 650002, 650027]], lengths: [16, 18, 19] },
  { name: 'Troy', ranges: [[4, 9792, 9792]], lengths: [16] },
];

/** Numbers the card schemes and payment providers publish for testing: nobody's card. */
const TEST_NUMBERS = new Set([
  '4111111111111111', '4242424242424242', '4000056655665556', '4012888888881881', '4222222222222',
  '5555555555554444', '5105105105105100', '5200828282828210', '2223003122003222', '378282246310005',
  '371449635398431', '378734493671000', '6011111111111117', '6011000990139424', '3530111333300000',
  '3566002020360505', '30569309025904', '38520000023237', '6200000000000005', '4000000000000002',
]);

const CARD_CONTEXT = cue([
  'card', 'card number', 'credit', 'debit', 'cc', 'visa', 'mastercard', 'amex', 'american express', 'maestro',
  'payment', 'pay', 'paid', 'charge', 'charged', 'billing', 'expiry', 'exp', 'expires', 'cvv', 'cvc', 'pan', 'long number',
]);

/** The scheme that issues `digits`, if any. */
export function cardScheme(digits: string): string | undefined {
  for (const scheme of SCHEMES) {
    if (!scheme.lengths.includes(digits.length)) continue;
    for (const [size, low, high] of scheme.ranges) {
      const prefix = Number(digits.slice(0, size));
      if (prefix >= low && prefix <= high) return scheme.name;
    }
  }
  return undefined;
}

/** True when a grouping is one people write cards in: 4-4-4-4(-3), Amex 4-6-5, Diners 4-6-4, or no grouping at all. */
function cardGrouping(lengths: number[]): boolean {
  if (lengths.length === 1) return true;
  const joined = lengths.join('-');
  if (joined === '4-6-5' || joined === '4-6-4') return true;
  return lengths.slice(0, -1).every((l) => l === 4) && lengths[lengths.length - 1]! <= 4;
}

/**
 * `payment-card`: card numbers of 12 to 19 digits, whole or grouped with
 * spaces or hyphens, that pass the Luhn check and fall in a scheme's issuer
 * range with one of its lengths. Published test numbers score low; numbers
 * without card words near them and in an unusual grouping score lower.
 */
export const paymentCardDetector: Detector<ConfidenceOptions> = {
  name: 'payment-card',
  description: 'Payment card numbers (Luhn check, issuer ranges and lengths of Visa, Mastercard, Amex, Discover and others)',
  options: confidenceOptionsSchema,
  detect(input, options) {
    const { text } = input;
    const matches: DetectorMatch[] = [];
    for (const run of scanDigitRuns(text)) {
      let coveredUntil = -1;
      let best: { from: number; to: number; digits: string; scheme: string } | undefined;
      const flush = () => {
        if (!best) return;
        const { from, to, digits, scheme } = best;
        const start = run.groups[from]!.start;
        const end = run.groups[to]!.end;
        const lengths: number[] = [];
        for (let g = from; g <= to; g++) lengths.push(groupLength(run, g));
        const contextual = cueAround(text, start, end, CARD_CONTEXT, 40, 20);
        let score = digits.length === 12 ? 0.4 : 0.75;
        if (contextual) score = scheme === 'unknown issuer' ? 0.75 : 0.95;
        if (!cardGrouping(lengths)) score -= 0.15;
        if (from > 0 || to < run.groups.length - 1) score -= 0.1;
        if (TEST_NUMBERS.has(digits)) score = Math.min(score, 0.55);
        if (isFillerDigits(digits) || isInstructional(text, start, end)) score = Math.min(score, 0.25);
        matches.push({ start, end, confidence: clampConfidence(score), label: `payment card number (${scheme})`, replacement: redaction('card number') });
        coveredUntil = to;
        best = undefined;
      };
      forEachSlice(run, 12, 19, (from, to, count) => {
        if (from <= coveredUntil) return;
        if (best && from > best.from) flush();
        if (from <= coveredUntil) return;
        const start = run.groups[from]!.start;
        const end = run.groups[to]!.end;
        if (!sameSeparators(run, from, to)) return;
        // A grouped card is written whole: a slice of groups must not cut a run that goes on with the same separator.
        if (to > from) {
          const sep = run.separators[from];
          if ((from > 0 && run.separators[from - 1] === sep) || (to < run.groups.length - 1 && run.separators[to] === sep)) return;
        }
        if (from === 0 && !boundedLeft(text, start)) return;
        if (to === run.groups.length - 1 && !boundedRight(text, end)) return;
        const digits = runDigits(text, run, from, to);
        if (digits.length !== count || !luhnValid(digits)) return;
        // Without a known issuer range, only card words nearby make a Luhn-valid number a card.
        const scheme = cardScheme(digits) ?? (cueAround(text, start, end, CARD_CONTEXT, 40, 20) ? 'unknown issuer' : undefined);
        if (!scheme) return;
        // Prefer the longest valid slice from the leftmost start.
        if (!best || to > best.to) best = { from, to, digits, scheme };
      });
      flush();
    }
    return keepConfident(matches, options.minConfidence);
  },
};
