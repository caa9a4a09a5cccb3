import type { Detector, DetectorMatch } from '../detector.js';
import { matchAt, stickyHitsNearAnchors, type CueHit } from './shared/after-cue.js';
import { groupedAlternation } from './shared/alternation.js';
import { clampConfidence, isInstructional } from './shared/context.js';
import { keepConfident, redaction } from './shared/matches.js';
import { confidenceOptionsSchema, type ConfidenceOptions } from './shared/options.js';
import { mayMatch, registerAnchors } from './shared/word-anchors.js';
import { isLetterAt } from './shared/chars.js';

/** Personal attributes, each with the label a finding shows. */
const ATTRIBUTES: readonly (readonly [string, string])[] = [
  ['place of birth', 'place of birth'], ['birthplace', 'place of birth'], ['birth place', 'place of birth'],
  ['country of birth', 'place of birth'], ['town of birth', 'place of birth'], ['citizenship', 'citizenship'],
  ['nationality', 'nationality'], ['immigration status', 'immigration status'], ['visa status', 'immigration status'],
  ['salary', 'salary'], ['annual salary', 'salary'], ['income', 'income'], ['annual income', 'income'],
  ['household income', 'income'], ['wage', 'salary'], ['wages', 'salary'], ['credit score', 'credit score'],
  ['credit rating', 'credit score'], ['maiden name', 'maiden name'], ["mother's maiden name", 'maiden name'],
  ['blood type', 'health information'], ['blood group', 'health information'], ['diagnosis', 'health information'],
  ['medical condition', 'health information'], ['disability', 'health information'], ['religion', 'religion'],
  ['sexual orientation', 'sexual orientation'], ['ethnicity', 'ethnicity'], ['marital status', 'marital status'],
  ['debt', 'financial details'], ['debts', 'financial details'], ['net worth', 'financial details'],
  ['bank balance', 'financial details'], ['age', 'age'], ['gender', 'gender'], ['hometown', 'place of birth'],
  ['home town', 'place of birth'], ['ethnic origin', 'ethnicity'], ['medication', 'health information'],
  ['medications', 'health information'], ['allergy', 'health information'], ['allergies', 'health information'],
  ['blood pressure', 'health information'], ['criminal record', 'criminal record'], ['conviction', 'criminal record'],
  ['political views', 'political opinions'], ['trade union', 'trade union membership'], ['pension', 'financial details'],
  ['benefits', 'financial details'], ['mortgage', 'financial details'], ['rent', 'financial details'],
];
const LABELS = new Map(ATTRIBUTES.map(([phrase, label]) => [phrase.replace(/'/g, ''), label]));
/** Attributes whose value is a number or an amount: "my rent is due" gives none. */
const NUMERIC = new Set(['salary', 'income', 'credit score', 'financial details', 'age']);
/** An attribute as pattern source: any run of one to three spaces between words, an optional apostrophe. */
const attributeSource = (phrase: string): string => phrase.replace(/ /g, '\\s{1,3}').replace(/'/g, "['’]?");
/** The attributes, longest pattern first, so that `annual salary` wins over `salary`. */
const ATTRIBUTES_BY_LENGTH = ATTRIBUTES.map(([p]) => p).sort((a, b) => attributeSource(b).length - attributeSource(a).length);
const POSSESSIVE = "(?:my|his|her|their|your|our|(?:\\p{Lu}\\p{Ll}+['’]s))";
/** "my salary is", "her mother's maiden name was", "John's diagnosis:". Exported for the tests of its search. @internal */
export const DETAIL_CUE = new RegExp(
  `(?<![\\p{L}\\p{N}])${POSSESSIVE}\\s{1,3}(${groupedAlternation(ATTRIBUTES_BY_LENGTH, attributeSource)})` +
    `(?:\\s{1,3}(?:is|was|=)|\\s{0,2}:)(?![\\p{L}\\p{N}])`,
  'giu',
);
// Each attribute follows the possessive after spaces and comes before `is`, `was`, `=` or `:`.
registerAnchors(DETAIL_CUE, ATTRIBUTES_BY_LENGTH);
/** The value: up to five words, ending before punctuation that closes the clause. Bounded. */
const VALUE = /\s{0,3}([^\s,.;!?()]{1,40}(?:[ \t]{1,2}[^\s,.;!?()]{1,40}){0,4})/uy;
/** The rest of a number written with thousands separators: `,000`. */
const THOUSANDS = /[,.]\d{3}(?!\d)/y;
/** Words that show no value was given: "my salary is not relevant", "is required". */
const NO_VALUE = /^(?:not|none|n\/a|unknown|private|confidential|required|needed|the|a|an|what|how|irrelevant|secret|none of)\b/i;

/** {@link DETAIL_CUE}, tried at one position at a time. */
const DETAIL_AT = new RegExp(DETAIL_CUE.source, 'iuy');
/**
 * How far before its anchor word a match may start when its possessive is
 * short: the possessive (`their`, or a name and `'s`), one to three spaces
 * and the words of the attribute before its anchor (`mother's ` of
 * `mother's maiden name`) take fewer characters than this.
 */
const REACH = 64;

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * The first position a match holding the anchor at `anchor` may start at:
 * {@link REACH} characters back, then further back over the letters of a
 * long name (`Bartholomew's`), since a match starts before a letter or
 * number never.
 */
function reachBack(text: string, anchor: number): number {
  let s = Math.max(0, anchor - REACH);
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    const at = isLow(c) && s >= 2 && isHigh(text.charCodeAt(s - 2)) ? s - 2 : s - 1;
    if (!isLetterAt(text, at)) break;
    s = at;
  }
  return s;
}

/**
 * Every possessive and attribute ("my salary is") in the text, as a global
 * search with {@link DETAIL_CUE} finds them. That search would evaluate the
 * pattern's leading lookbehind at every position of the text; instead the
 * pattern is tried only at the positions a match may start from: near each
 * anchor word of an attribute (see `word-anchors.ts`), in order, never twice,
 * resuming after each match as the search does. Each position it skips
 * starts no match, since every match holds an anchor no further on than
 * {@link reachBack} allows. Exported for the tests. @internal
 */
export function detailCues(text: string): CueHit[] {
  if (!mayMatch(DETAIL_CUE, text)) return [];
  return stickyHitsNearAnchors(text, DETAIL_CUE, DETAIL_AT, (anchor) => reachBack(text, anchor));
}

/**
 * `personal-detail`: someone's personal attribute stated with its value —
 * place of birth, citizenship, salary, credit score, maiden name, health,
 * religion and the like ("my salary is $85,000", "her diagnosis is …").
 */
export const personalDetailDetector: Detector<ConfidenceOptions> = {
  name: 'personal-detail',
  description: 'Personal attributes stated with their value: place of birth, salary, credit score, health, religion',
  options: confidenceOptionsSchema,
  detect(input, options) {
    const { text } = input;
    const matches: DetectorMatch[] = [];
    for (const hit of detailCues(text)) {
      const m = matchAt(text, hit.end, VALUE);
      if (!m || NO_VALUE.test(m[1]!)) continue;
      const start = hit.end + m[0].length - m[1]!.length;
      let end = hit.end + m[0].length;
      // Keep amounts such as `$85,000` whole.
      while (matchAt(text, end, THOUSANDS)) end += 4;
      // "Is my salary 85000?" asks; it does not disclose.
      if (text.charCodeAt(end) === 63) continue;
      const phrase = text.slice(hit.start, hit.end).toLowerCase().replace(/['’]/g, '');
      let label = 'personal detail';
      for (const [key, value] of LABELS) if (phrase.includes(key)) label = value;
      if ((NUMERIC.has(label) || /blood pressure/.test(phrase)) && !/\d/.test(m[1]!)) continue;
      const score = isInstructional(text, hit.start, end) ? 0.3 : 0.7;
      matches.push({ start, end, confidence: clampConfidence(score), label, replacement: redaction(label) });
    }
    return keepConfident(matches, options.minConfidence);
  },
};
