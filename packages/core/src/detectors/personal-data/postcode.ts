import { isValid as postcodeShapeValid } from 'postcode';
import type { Detector, DetectorMatch } from '../detector.js';
import { clampConfidence, cue, cueBefore, isInstructional } from './shared/context.js';
import { keepConfident, redaction } from './shared/matches.js';
import { confidenceOptionsSchema, type ConfidenceOptions } from './shared/options.js';
import { nextMatch } from './shared/leading-lookbehind.js';

/** The postcode areas Royal Mail uses, with the Crown Dependencies and BFPO. */
const AREAS = new Set(
  (
    'AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX ' +
    'FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN ' +
    'NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB ' +
    'W WA WC WD WF WN WR WS WV YO ZE'
  ).split(' '),
);

/** Bounded pattern: every attempt reads at most nine characters, so a scan is linear. */
const CANDIDATE = /(?<![\p{L}\p{N}])([A-Za-z]{1,2})(\d)([A-Za-z\d]?)([ \u00a0]?)(\d)([A-Za-z]{2})(?![\p{L}\p{N}])/gu;
/** The letter allowed in the third position of `A9A` outward codes. */
const A9A_LETTER = /^[ABCDEFGHJKPSTUW]$/;
/** The letter allowed in the fourth position of `AA9A` outward codes. */
const AA9A_LETTER = /^[ABEHMNPRVWXY]$/;
/** Letters never used in the inward code. */
const BAD_INWARD = /[CIKMOV]/;

const POSTCODE_CONTEXT = cue([
  'postcode', 'post code', 'postal code', 'address', 'live', 'lives', 'living', 'lived', 'moved', 'flat', 'house',
  'home', 'street', 'st', 'road', 'rd', 'lane', 'avenue', 'close', 'drive', 'crescent', 'way', 'court', 'gardens',
  'terrace', 'place', 'square', 'send', 'deliver', 'ship', 'london', 'uk', 'united kingdom', 'england', 'scotland', 'wales',
]);

/**
 * True when an upper-case postcode (with or without its space) follows the
 * published rules: a real area, the letters each position allows, and an
 * inward code without C, I, K, M, O or V.
 */
export function ukPostcodeValid(value: string): boolean {
  const compact = value.replace(/[\s\u00a0]/g, '').toUpperCase();
  if (compact === 'GIR0AA') return true;
  if (!postcodeShapeValid(compact)) return false;
  const outward = compact.slice(0, -3);
  const inward = compact.slice(-3);
  if (BAD_INWARD.test(inward.slice(1))) return false;
  const area = /^[A-Z]+/.exec(outward)![0];
  if (!AREAS.has(area)) return false;
  const last = outward[outward.length - 1]!;
  if (/[A-Z]/.test(last) && outward.length > area.length + 1) {
    if (area.length === 1 && !A9A_LETTER.test(last)) return false;
    if (area.length === 2 && !AA9A_LETTER.test(last)) return false;
  }
  return true;
}

/** `postcode`: full UK postcodes (outward and inward code) that follow Royal Mail's rules. */
export const postcodeDetector: Detector<ConfidenceOptions> = {
  name: 'postcode',
  description: 'Full UK postcodes, validated against the areas and letter rules Royal Mail publishes',
  options: confidenceOptionsSchema,
  detect(input, options) {
    const { text } = input;
    const matches: DetectorMatch[] = [];
    CANDIDATE.lastIndex = 0;
    for (let m = nextMatch(CANDIDATE, text); m; m = nextMatch(CANDIDATE, text)) {
      const value = m[0];
      if (!ukPostcodeValid(value)) continue;
      const upper = value === value.toUpperCase();
      const lower = value === value.toLowerCase();
      if (!upper && !lower) continue;
      const start = m.index;
      const end = start + value.length;
      const contextual = cueBefore(text, start, POSTCODE_CONTEXT, 40);
      let score = upper ? (m[4] ? 0.7 : 0.6) : 0.35;
      if (contextual) score += 0.2;
      if (isInstructional(text, start, end)) score = Math.min(score, 0.3);
      matches.push({
        start,
        end,
        confidence: clampConfidence(score),
        label: 'UK postcode',
        replacement: redaction('postcode'),
      });
    }
    return keepConfident(matches, options.minConfidence);
  },
};
