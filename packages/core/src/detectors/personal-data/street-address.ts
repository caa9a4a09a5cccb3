import type { Detector, DetectorMatch } from '../detector.js';
import {
  endsLikeStreet, extendLeft, extendRight, isCapWord, isHouseNumber, isNum, isSep, skipDot, unitAt,
} from './shared/address-parts.js';
import {
  ADDRESS_STOP_WORDS, AMBIGUOUS_STREET_WORDS, AMBIGUOUS_SUFFIXES, CALENDAR_WORDS, DOTTED_STREET_WORDS,
  FOREIGN_STREET_WORDS, MILITARY_POST, MILITARY_REGION, NAME_PARTICLES, STATE_CODES, STREET_PREFIXES, STREET_SUFFIXES,
} from './shared/address-words.js';
import { isDigitAt, isLetterAt } from './shared/chars.js';
import { clampConfidence, cue, cueBefore, isInstructional } from './shared/context.js';
import { keepConfident, redaction } from './shared/matches.js';
import { confidenceOptionsSchema, type ConfidenceOptions } from './shared/options.js';
import { tokeniseFrom, type Token } from './shared/tokens.js';

/** Words before an address that say an address follows. */
const ADDRESS_CONTEXT = cue([
  'address', 'addresses', 'addr', 'i live', 'we live', 'they live', 'live at', 'live in', 'lives', 'lived', 'living at',
  'living in', 'reside', 'resides', 'residing', 'located',
  'location', 'meet you at', 'meet at', 'meet me at', 'meet', 'meeting', 'send', 'sent', 'ship', 'shipped', 'deliver', 'delivered',
  'delivery', 'return to', 'returned to', 'moved', 'move to', 'moving to', 'corner of', 'enter on', 'office is at',
  'is at', 'based at', 'taxi to', 'billing', 'mailing', 'postal', 'home', 'house', 'visit me at', 'come to',
  'staying at', 'stay at', 'stays at', 'drop off at', 'pick me up at', 'pick up from', 'found at', 'lives on',
  'located on', 'apartment', 'flat', 'door number',
]);
/** Well-known public addresses: mentioning them discloses nobody's home. */
const PUBLIC_ADDRESSES = new Set([
  '10 downing street', '11 downing street', '70 whitehall', '1 horse guards road', '2 marsham street',
  '100 parliament street', '102 petty france', '1600 pennsylvania avenue', '221b baker street',
]);
/** Function words that rule out a lower-case street name ("5 miles down the road"). */
const LOWER_STOP = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'down', 'up', 'along', 'across', 'my', 'your', 'our', 'their', 'his',
  'her', 'this', 'that', 'and', 'or', 'but', 'with', 'from', 'for', 'by', 'is', 'are', 'was', 'were', 'miles', 'mile',
  'minutes', 'km', 'metres', 'meters', 'yards', 'feet', 'times', 'more', 'other', 'different', 'new', 'old', 'big',
  'small', 'busy', 'quiet', 'long', 'short', 'few', 'many', 'several', 'same', 'last', 'next', 'first', 'second',
]);
/** Bits of {@link WORD_LISTS}: which street-word lists a word is on. */
const W_SUFFIX = 1;
const W_AMBIGUOUS_SUFFIX = 2;
const W_PREFIX = 4;
const W_FOREIGN = 8;
const W_DOTTED = 16;
const W_AMBIGUOUS_STREET = 32;
const W_MILITARY = 64;
const WORD_LISTS = new Map<string, number>();
for (const [words, bit] of [
  [STREET_SUFFIXES, W_SUFFIX], [AMBIGUOUS_SUFFIXES, W_AMBIGUOUS_SUFFIX], [STREET_PREFIXES, W_PREFIX],
  [FOREIGN_STREET_WORDS, W_FOREIGN], [DOTTED_STREET_WORDS, W_DOTTED], [AMBIGUOUS_STREET_WORDS, W_AMBIGUOUS_STREET],
  [MILITARY_POST, W_MILITARY],
] as const) {
  for (const w of words) WORD_LISTS.set(w, (WORD_LISTS.get(w) ?? 0) | bit);
}

interface Piece {
  first: number;
  last: number;
  score: number;
  /** The piece names a street with a number (not only a unit, a town or a box). */
  street: boolean;
}

/** Finds the street-level pieces of addresses starting their search at tokens `from` to `to` of the list. */
function findPieces(text: string, tokens: Token[], from: number, to: number): Piece[] {
  const pieces: Piece[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    // One lookup tells which street-word lists this word is on.
    const f = t.kind === 'word' ? (WORD_LISTS.get(t.low) ?? 0) : 0;
    // A: house number, street name, English suffix ("221 Baker Street", "12a Mill Lane").
    if (t.kind === 'word' && (f & W_SUFFIX) !== 0) {
      let k = i - 1;
      let names = 0;
      let lower = false;
      while (k >= 0 && names < 4) {
        const w = tokens[k]!;
        if (w.kind !== 'word') break;
        if (w.cap || w.allCaps) names++;
        else if (NAME_PARTICLES.has(w.low) && names > 0) {
          /* particle inside a name */
        } else if (!LOWER_STOP.has(w.low) && !t.cap && (f & W_AMBIGUOUS_SUFFIX) === 0 && !t.low.endsWith('s')) {
          names++;
          lower = true;
        } else break;
        k--;
      }
      if (names > 0) {
        const number = tokens[k];
        // "159 Eleftheriou Venizelou str": capitalised names may end in a lower-case suffix that is no common word.
        const capsMatch = lower || t.cap || t.allCaps || (f & W_AMBIGUOUS_SUFFIX) === 0;
        // A lower-case street ("3911 fourth avenue") needs more evidence: context, a unit or a postcode.
        if (capsMatch && isHouseNumber(text, number)) pieces.push({ first: k, last: skipDot(tokens, i + 1) - 1, score: lower ? 0.45 : 0.8, street: true });
        else if (capsMatch && !lower) pieces.push({ first: k + 1, last: i, score: 0.3, street: false });
      }
    }
    // B: street word of another language and a number ("Kiannonkatu 98", "Rue de Rivoli 12", "Via Roma 1").
    if (t.kind === 'word') {
      let head = -1;
      let j = i;
      if ((f & W_PREFIX) !== 0 && t.low !== 'via' && isHouseNumber(text, tokens[i - 1])) {
        // "26 rue de Tanger", "3037 ul. Północna 73": the number comes first.
        let e = skipDot(tokens, i + 1);
        let names = 0;
        while (e < tokens.length && names < 5 && tokens[e]!.kind === 'word' && !ADDRESS_STOP_WORDS.has(tokens[e]!.low)) {
          names++;
          e++;
        }
        if (names > 0) pieces.push({ first: i - 1, last: e - 1, score: 0.7, street: true });
      }
      if ((f & W_PREFIX) !== 0) {
        head = i;
        j = skipDot(tokens, i + 1);
        let names = 0;
        let lastName = -1;
        while (j < tokens.length && j - i < 6) {
          const w = tokens[j]!;
          if (w.kind === 'word' && (w.cap || w.allCaps) && !ADDRESS_STOP_WORDS.has(w.low)) {
            names++;
            lastName = j++;
          } else if (w.kind === 'word' && NAME_PARTICLES.has(w.low)) j++;
          else break;
        }
        // "Rua do Paseo 46": particles may follow the prefix, but the name ends on a capitalised word.
        j = lastName;
        if (names === 0) head = -1;
      } else if ((t.cap || t.allCaps || t.low.length > 3) && endsLikeStreet(t.low)) {
        head = i;
        while (head > 0 && isCapWord(tokens[head - 1]) && i - head < 3) head--;
        j = i;
      } else if (
        (((f & W_SUFFIX) !== 0 && (f & W_AMBIGUOUS_SUFFIX) === 0) || (f & W_FOREIGN) !== 0) &&
        ((f & W_DOTTED) === 0 || tokens[i + 1]?.low === '.') &&
        i > 0 &&
        isCapWord(tokens[i - 1])
      ) {
        head = i;
        // Capitalised words before belong to the street name ("Augsburger Strasse").
        while (head > 0 && isCapWord(tokens[head - 1]) && i - head < 3) head--;
        j = i;
      }
      if (head !== -1) {
        const n = skipDot(tokens, j + 1);
        const number = tokens[n];
        // An English suffix before the number ("Simi Valley 10") is not the English order, and "gate" is
        // also an English word: those need more evidence, and a year after them is a date.
        const weak = ((f & W_SUFFIX) !== 0 && (f & W_FOREIGN) === 0 && (f & W_PREFIX) === 0) || (f & W_AMBIGUOUS_STREET) !== 0;
        if (isHouseNumber(text, number) && !(weak && /^(?:19|20)\d\d$/.test(number!.low))) {
          pieces.push({ first: head, last: n, score: weak ? 0.45 : 0.75, street: true });
        }
      }
    }
    // Military and post-office boxes.
    if (t.kind === 'word' && (f & W_MILITARY) !== 0 && MILITARY_REGION.has(tokens[i + 1]?.low ?? '') && /^\d{5}$/.test(tokens[i + 2]?.low ?? '')) {
      let first = i;
      let k = i - 1;
      for (let steps = 0; steps < 8 && k >= 0; steps++, k--) {
        const w = tokens[k]!;
        if (isSep(w) || w.kind === 'number' || (w.kind === 'word' && (['psc', 'box', 'unit', 'uss', 'usns', 'cmr'].includes(w.low) || (w.cap && ['uss', 'usns'].includes(tokens[k - 1]?.low ?? ''))))) {
          if (!isSep(w)) first = k;
        } else break;
      }
      pieces.push({ first, last: i + 2, score: 0.85, street: true });
    }
    const unit = unitAt(tokens, i);
    if (unit !== -1) pieces.push({ first: i, last: unit, score: t.low === 'box' || t.low === 'p' || t.low === 'po' || t.low === 'postbox' ? 0.55 : 0.4, street: false });
    // C: capitalised words and a number, with evidence that they are an address: address words before
    // ("lives on Joaquin Suarez 2906"), a street word, a unit or a postal code after, or a unit before.
    if (isCapWord(t) && !isCapWord(tokens[i - 1])) {
      let j = i;
      while (j + 1 < tokens.length && j - i < 3 && (isCapWord(tokens[j + 1]) || (NAME_PARTICLES.has(tokens[j + 1]!.low) && isCapWord(tokens[j + 2])))) j++;
      const n = j + 1;
      const number = tokens[n];
      const next = tokens[n + 1];
      const yearLike = number !== undefined && /^(?:19|20)\d\d$/.test(number.low);
      const dateLike = next !== undefined && next.kind === 'word' && CALENDAR_WORDS.has(next.low);
      if (isHouseNumber(text, number) && !yearLike && !dateLike && !isNum(next)) {
        const contextual = cueBefore(text, t.start, ADDRESS_CONTEXT, 45);
        const streetAfter = next?.kind === 'word' && STREET_SUFFIXES.has(next.low) && !AMBIGUOUS_SUFFIXES.has(next.low);
        let k = n + 1;
        while (k < tokens.length && k - n < 5 && (isSep(tokens[k]) || tokens[k]!.low === '.')) k++;
        const unitAfter = unitAt(tokens, k) !== -1;
        let unitBefore = false;
        for (let u = Math.max(0, i - 5); u < i - 1 && !unitBefore; u++) unitBefore = unitAt(tokens, u) >= i - 2;
        const codeAfter = !contextual && !streetAfter && !unitAfter && extendRight(text, tokens, n)[1];
        if (contextual || streetAfter || unitAfter || unitBefore || codeAfter) {
          pieces.push({ first: i, last: streetAfter ? n + 1 : n, score: 0.65, street: true });
        }
      }
    }
    // C': numbers, then capitalised words, after address words ("is at 9816 214 Pavlou Drandaki").
    if (isHouseNumber(text, t) && isHouseNumber(text, tokens[i + 1]) && isCapWord(tokens[i + 2]) && !isNum(tokens[i - 1])) {
      let j = i + 2;
      while (j + 1 < tokens.length && j - i < 5 && isCapWord(tokens[j + 1])) j++;
      if (cueBefore(text, t.start, ADDRESS_CONTEXT, 45)) pieces.push({ first: i, last: j, score: 0.6, street: true });
    }
  }
  return pieces;
}

/** Town, state and ZIP without a street: `Springfield, IL 62704`. */
function findTownStateZip(text: string, tokens: Token[], from: number, to: number): Piece[] {
  const pieces: Piece[] = [];
  for (let i = Math.max(from, 1); i < to && i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    // State codes are two or three capitals: test that before reading the word out of the text.
    if (t.kind !== 'word' || !t.allCaps || t.end - t.start > 3 || !STATE_CODES.has(text.slice(t.start, t.end)) || !/^\d{5}(?:-\d{4})?$/.test(tokens[i + 1]!.low)) continue;
    let k = i - 1;
    if (tokens[k]?.low === ',') k--;
    if (!isCapWord(tokens[k])) continue;
    let first = k;
    while (first > 0 && isCapWord(tokens[first - 1]) && k - first < 2) first--;
    pieces.push({ first, last: i + 1, score: 0.6, street: false });
  }
  return pieces;
}

/** Scores at or below this are all an address without a number can get: see {@link mayHoldAddress}. */
const NUMBERLESS_CEILING = 0.45;

/**
 * Whether the text may hold an address scoring above {@link NUMBERLESS_CEILING}.
 * Every piece that can score more needs a house number, a ZIP code or a box
 * number. A house number or a ZIP code is a number token: a run of one to
 * five ASCII digits that no letter joins to a word (a letter before it, or
 * any letter after it but one of `a`–`h` standing alone, as in `221B`), and a
 * longer run is one number token, too long for either. It never follows `#`,
 * `/`, `:`, `$`, `£` or `€`: a house number refuses those, and a ZIP code
 * follows its state after a space. Only a box (`PO Box 123456`, `Box #12`)
 * takes any number. Streets without a number, and other units, are capped
 * at the ceiling. This pass costs far less than the tokens, and most posts
 * fail it: emoji written as `&#128514;` are numbers after `#`, and `t.co/x7Yz`
 * or `@user17` hold digits inside words.
 */
export function mayHoldAddress(text: string): boolean {
  DIGIT_RUN.lastIndex = 0;
  let digit = false;
  for (let m = DIGIT_RUN.exec(text); m; m = DIGIT_RUN.exec(text)) {
    digit = true;
    if (m[0].length > 5) continue;
    const start = m.index;
    const end = start + m[0].length;
    const before = start > 0 ? text.charCodeAt(start - 1) : 32;
    if (before === 35 || before === 47 || before === 58 || before === 36 || before === 163 || before === 8364) continue;
    if (isLetterAt(text, start - 1)) continue;
    if (isLetterAt(text, end)) {
      const letter = text.charCodeAt(end) | 32;
      if (letter < 97 || letter > 104 || isLetterAt(text, end + 1) || isDigitAt(text, end + 1)) continue;
    }
    return true;
  }
  return digit && BOX.test(text);
}
const DIGIT_RUN = /[0-9]+/g;
const BOX = /box/i;

/**
 * `street-address`: postal addresses in British, American and international
 * shapes — a house number with a street name and suffix ("14 Crown Street"),
 * street words of other languages with a number ("Kiannonkatu 98", "Rue de
 * Rivoli 12"), units ("Apt. 4", "PO Box 12"), US military addresses, and the
 * town, state, ZIP code, postcode or country that follow. Capitalised words
 * with a number count only when address words come first ("lives on …").
 */
export const streetAddressDetector: Detector<ConfidenceOptions> = {
  name: 'street-address',
  description: 'Postal addresses: house number and street, units, town, postcode or ZIP code, country',
  options: confidenceOptionsSchema,
  detect(input, options) {
    if (options.minConfidence > NUMBERLESS_CEILING && !mayHoldAddress(input.text)) return [];
    return detectAddresses(input.text, options.minConfidence, BLOCK_TOKENS);
  },
};

/**
 * Tokens per block: a long text is tokenised a block at a time, so that
 * memory stays that of a few blocks of tokens rather than one object per
 * token of the whole text (over a hundred megabytes for a 5 MB document).
 * Every step of the search reads a bounded number of tokens to either side
 * (about a hundred at most, in {@link extendRight}), far fewer than a block.
 * Small blocks also die young: with 8,192 tokens a block lived long enough
 * to be promoted to the old generation (measured: 30 MB of old-space garbage
 * on the 5 MB document, against 1 MB with 1,024).
 */
const BLOCK_TOKENS = 1024;

const NO_TAIL: [number, boolean, boolean] = [0, false, false];

/** A piece found, extended, and with what merging needs of the tokens around it, by global token index. */
interface Extended {
  /** Unextended bounds, which order the pieces. */
  first: number;
  last: number;
  score: number;
  street: boolean;
  tail: boolean;
  /** Extended bounds, with the start offset of the first token and the end offset of the last. */
  xFirst: number;
  xStart: number;
  xLast: number;
  xEnd: number;
  /** How many of the (up to three) tokens after `xLast` may sit between two parts of one address. */
  gapAfter: number;
}

/** Separators, `and`, `&` and full stops may sit between two parts of one address. */
const joinsParts = (t: Token | undefined): boolean => t !== undefined && (isSep(t) || t.low === 'and' || t.low === '&' || t.low === '.');

/**
 * The addresses of `text`, reading its tokens `blockTokens` at a time: each
 * block is searched with its neighbours at hand, so the result is the same
 * as reading the whole list at once (exported for tests that use small blocks).
 */
export function detectAddresses(text: string, minConfidence: number, blockTokens: number): DetectorMatch[] {
  const found: Extended[] = [];
  const townStateZip: Extended[] = [];
  let previous: Token[] = [];
  let read = tokeniseFrom(text, 0, blockTokens);
  let current = read.tokens;
  read = tokeniseFrom(text, read.next, blockTokens);
  let offset = 0;
  for (;;) {
    const following = read.tokens;
    const tokens = previous.length === 0 && following.length === 0 ? current : [...previous, ...current, ...following];
    const base = offset - previous.length;
    const from = previous.length;
    const to = from + current.length;
    const extend = (p: Piece): Extended => {
      const xFirst = p.street ? extendLeft(tokens, p.first) : p.first;
      const [extended, code, country] = p.street || p.score >= 0.55 ? extendRight(text, tokens, p.last) : NO_TAIL;
      const xLast = Math.max(extended, p.last);
      let gapAfter = 0;
      while (gapAfter < 3 && joinsParts(tokens[xLast + 1 + gapAfter])) gapAfter++;
      return {
        first: p.first + base, last: p.last + base, score: p.score, street: p.street, tail: code || country,
        xFirst: xFirst + base, xStart: tokens[xFirst]!.start, xLast: xLast + base, xEnd: tokens[xLast]!.end, gapAfter,
      };
    };
    for (const p of findPieces(text, tokens, from, to)) found.push(extend(p));
    for (const p of findTownStateZip(text, tokens, from, to)) townStateZip.push(extend(p));
    if (following.length === 0) break;
    offset += current.length;
    previous = current;
    current = following;
    read = tokeniseFrom(text, read.next, blockTokens);
  }
  // The order of a sort of the whole list: street pieces, then towns with states, by first token, longest first.
  const pieces = [...found, ...townStateZip].sort((a, b) => a.first - b.first || b.last - a.last);
  // Extend each piece, then merge pieces that touch or are separated only by commas and line breaks.
  const merged: { first: number; start: number; last: number; end: number; gapAfter: number; score: number; street: boolean; parts: number; tail: boolean }[] = [];
  for (const p of pieces) {
    const prev = merged[merged.length - 1];
    // The tokens between the two are all joiners, and there are at most three of them.
    if (prev && p.xFirst <= prev.last + 1 + prev.gapAfter) {
      if (p.xFirst < prev.first) {
        prev.first = p.xFirst;
        prev.start = p.xStart;
      }
      if (p.xLast > prev.last) {
        prev.last = p.xLast;
        prev.end = p.xEnd;
        prev.gapAfter = p.gapAfter;
      }
      prev.score = Math.max(prev.score, p.score);
      prev.street ||= p.street;
      prev.tail ||= p.tail;
      prev.parts++;
    } else {
      merged.push({ first: p.xFirst, start: p.xStart, last: p.xLast, end: p.xEnd, gapAfter: p.gapAfter, score: p.score, street: p.street, parts: 1, tail: p.tail });
    }
  }
  const matches: DetectorMatch[] = [];
  for (const a of merged) {
    const { start, end } = a;
    let score = a.score;
    if (a.parts > 1) score += 0.1;
    if (a.tail) score += 0.1;
    if (cueBefore(text, start, ADDRESS_CONTEXT, 45)) score += 0.15;
    if (!a.street && !a.tail && a.score < 0.55) score = Math.min(score, 0.45);
    const lowText = text.slice(start, end).toLowerCase().replace(/\s+/g, ' ');
    for (const known of PUBLIC_ADDRESSES) if (lowText.startsWith(known)) score = 0.3;
    if (isInstructional(text, start, end)) score = Math.min(score, 0.3);
    matches.push({ start, end, confidence: clampConfidence(score), label: 'postal address', replacement: redaction('address') });
  }
  return keepConfident(matches, minConfidence);
}
