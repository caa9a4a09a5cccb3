import type { Detector, DetectorMatch } from '../detector.js';
import { clampConfidence, cue, cueBefore, isInstructional } from './shared/context.js';
import { keepConfident, redaction } from './shared/matches.js';
import { confidenceOptionsSchema, type ConfidenceOptions } from './shared/options.js';
import { digitRunLengths, runLengthBit } from './shared/digit-runs.js';
import { nextMatch } from './shared/leading-lookbehind.js';

/** Bounded pattern: two letters, three pairs of digits and an optional suffix, optionally spaced. */
/** Exported for the tests of its filter. @internal */
export const CANDIDATE = /(?<![\p{L}\p{N}])([A-Za-z])([A-Za-z])([ \u00a0-]?)(\d\d)\3(\d\d)\3(\d\d)(?:\3([A-Da-d]))?(?![\p{L}\p{N}])/gu;
/** Letters HMRC never uses as the first letter of a prefix. */
/**
 * The runs of digits a candidate needs: two before a separator, or six
 * together (letters or nothing, never a digit, stand around them). Exported
 * for the tests of the filter. @internal
 */
export const CANDIDATE_RUNS = runLengthBit(2) | runLengthBit(6);
const BAD_FIRST = /[DFIQUV]/;
/** Letters HMRC never uses as the second letter (O as well). */
const BAD_SECOND = /[DFIQUVO]/;
/** Prefixes that are not allocated. */
const UNALLOCATED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

const NINO_CONTEXT = cue([
  'national insurance', 'ni number', 'ni no', 'ni', 'nino', 'nin', 'insurance number', 'hmrc', 'nat ins', 'n.i.',
]);

/** True when a two-letter prefix (upper case) may start a National Insurance number. */
export function ninoPrefixValid(prefix: string): boolean {
  return (
    prefix.length === 2 &&
    /^[A-Z]{2}$/.test(prefix) &&
    !BAD_FIRST.test(prefix[0]!) &&
    !BAD_SECOND.test(prefix[1]!) &&
    !UNALLOCATED.has(prefix)
  );
}

/**
 * `nino`: UK National Insurance numbers (`AB 12 34 56 C`, `AB123456C`), with
 * HMRC's prefix rules. Without the A–D suffix a candidate needs NI words
 * next to it; in an instruction ("in the format AB 12 34 56 C") it scores low.
 */
export const ninoDetector: Detector<ConfidenceOptions> = {
  name: 'nino',
  description: 'UK National Insurance numbers, checked against the prefix and suffix rules HMRC publishes',
  options: confidenceOptionsSchema,
  detect(input, options) {
    const { text } = input;
    const matches: DetectorMatch[] = [];
    if ((digitRunLengths(text) & CANDIDATE_RUNS) === 0) return matches;
    CANDIDATE.lastIndex = 0;
    for (let m = nextMatch(CANDIDATE, text); m; m = nextMatch(CANDIDATE, text)) {
      const prefix = (m[1]! + m[2]!).toUpperCase();
      if (!ninoPrefixValid(prefix)) continue;
      const letters = m[1]! + m[2]! + (m[7] ?? '');
      const upper = letters === letters.toUpperCase();
      if (!upper && letters !== letters.toLowerCase()) continue;
      const start = m.index;
      const end = start + m[0].length;
      const contextual = cueBefore(text, start, NINO_CONTEXT, 40);
      let score = m[7] ? 0.85 : 0.45;
      if (!upper) score -= 0.2;
      if (contextual) score = m[7] ? 0.98 : 0.85;
      if (isInstructional(text, start, end)) score = Math.min(score, 0.3);
      matches.push({
        start,
        end,
        confidence: clampConfidence(score),
        label: 'National Insurance number',
        replacement: redaction('National Insurance number'),
      });
    }
    return keepConfident(matches, options.minConfidence);
  },
};
