/**
 * Reading the parts of a postal address from a token list: house numbers,
 * units, towns, postal codes and countries, and how far an address extends
 * to either side of its street. Every step reads a bounded number of tokens.
 */
import {
  ADDRESS_STOP_WORDS, CALENDAR_WORDS, COUNTRIES_BY_FIRST_WORD, NAME_PARTICLES, STATE_CODES, STREET_ENDINGS, UNIT_WORDS,
} from './address-words.js';
import { isDigit } from './chars.js';
import type { Token } from './tokens.js';
import { ukPostcodeValid } from '../postcode.js';

/** Abbreviations after which a full stop does not end the address. */
const ABBREVIATIONS = new Set([
  'st', 'rd', 'ave', 'av', 'apt', 'ste', 'ul', 'u', 'str', 'bldg', 'fl', 'rm', 'dr', 'ln', 'cl', 'ct', 'pl', 'sq', 'blvd',
  'hwy', 'pkwy', 'cres', 'gdns', 'ter', 'trl', 'cir', 'pt', 'p', 'o', 'no', 'nr',
]);

/** A separator inside an address: comma, line break, `>` or `|` of signatures and forms. */
export const isSep = (t: Token | undefined) => !!t && (t.kind === 'break' || (t.kind === 'punct' && ',;>|·•/?'.includes(t.low)));
/** A number token of at most six characters. */
export const isNum = (t: Token | undefined) => !!t && t.kind === 'number' && t.end - t.start <= 6;
const HOUSE_NUMBER = /^\d{1,5}[a-h]?$/;

/**
 * A house number: up to five digits and an optional letter (`221B`), not an
 * ordinal (`5th`), and not part of a fraction, a time, a verse, an amount or
 * a score (`24/7`, `1:3`, `50,000`, `#3`, `11-3`, `5%`).
 */
export function isHouseNumber(text: string, t: Token | undefined): boolean {
  if (!t || t.kind !== 'number' || !HOUSE_NUMBER.test(t.low)) return false;
  const before = text.charCodeAt(t.start - 1);
  const after = text.charCodeAt(t.end);
  if (before === 47 || before === 58 || before === 35 || before === 36 || before === 163 || before === 8364) return false;
  if ((after === 47 || after === 58 || after === 44 || after === 46 || after === 45) && isDigit(text.charCodeAt(t.end + 1))) return false;
  return after !== 37;
}

/** A capitalised word that can be part of a street or town name (not a stop word, month or weekday). */
export const isCapWord = (t: Token | undefined) =>
  !!t && t.kind === 'word' && (t.cap || t.allCaps) && !ADDRESS_STOP_WORDS.has(t.low) && !CALENDAR_WORDS.has(t.low);
/** The street endings by their last character, so a word is compared only with endings it could have. */
const ENDINGS_BY_LAST = new Map<number, string[]>();
for (const e of STREET_ENDINGS) {
  const last = e.charCodeAt(e.length - 1);
  const list = ENDINGS_BY_LAST.get(last);
  if (list === undefined) ENDINGS_BY_LAST.set(last, [e]);
  else list.push(e);
}

/** A one-word street name of another language (`Kiannonkatu`, `Augsburgerstrasse`). */
export function endsLikeStreet(low: string): boolean {
  const candidates = ENDINGS_BY_LAST.get(low.charCodeAt(low.length - 1));
  if (candidates === undefined) return false;
  for (const e of candidates) if (low.length > e.length + 1 && low.endsWith(e)) return true;
  return false;
}

/** Skips one optional full stop or `#` after token `i`; returns the next index. */
export function skipDot(tokens: Token[], i: number): number {
  const t = tokens[i];
  return t && t.kind === 'punct' && (t.low === '.' || t.low === '#' || t.low === ':') ? i + 1 : i;
}

/** A unit (`Apt. 12`, `Suite 300`, `PO Box 4`) starting at `i`: returns the index of its number, or -1. */
export function unitAt(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return -1;
  let j = i;
  if (t.low === 'p' || t.low === 'po') {
    // P.O. Box / PO Box
    j = skipDot(tokens, j + 1);
    if (tokens[j]?.low === 'o') j = skipDot(tokens, j + 1);
    if (tokens[j]?.low !== 'box') return -1;
  } else if (!UNIT_WORDS.has(t.low)) return -1;
  j = skipDot(tokens, j + 1);
  const n = tokens[j];
  return n && (n.kind === 'number' || (n.kind === 'alnum' && n.end - n.start <= 5)) ? j : -1;
}

/** The country name starting at token `i`: returns the index of its last word, or -1. */
export function countryAt(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return -1;
  for (const words of COUNTRIES_BY_FIRST_WORD.get(t.low) ?? []) {
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = tokens[i + k]?.kind === 'word' && tokens[i + k]!.low === words[k];
    if (ok) return i + words.length - 1;
  }
  return -1;
}

/**
 * Extends a piece to the right over what follows a street in an address:
 * units, towns, states, postcodes, ZIP codes and countries. Returns the new
 * last token, whether a postal code was seen and whether a country was.
 */
export function extendRight(text: string, tokens: Token[], last: number): [number, boolean, boolean] {
  let end = last;
  let i = last + 1;
  let code = false;
  let country = false;
  let towns = 0;
  for (let steps = 0; steps < 16 && i < tokens.length; steps++) {
    const t = tokens[i]!;
    if (isSep(t)) {
      i++;
      continue;
    }
    if (t.kind === 'punct' && t.low === '.') {
      if (!ABBREVIATIONS.has(tokens[i - 1]!.low) && tokens[i - 1]!.kind !== 'number') break;
      i++;
      continue;
    }
    if (t.kind === 'punct' && (t.low === '(' || t.low === ')')) {
      i++;
      continue;
    }
    const unit = unitAt(tokens, i);
    if (unit !== -1) {
      end = i = unit;
      i++;
      continue;
    }
    const countryEnd = countryAt(tokens, i);
    if (countryEnd !== -1) {
      end = i = countryEnd;
      country = true;
      i++;
      continue;
    }
    if (t.kind === 'number' || t.kind === 'alnum') {
      // A UK postcode split in two tokens, or a ZIP / postal code.
      const next = tokens[i + 1];
      if (t.kind === 'alnum' && next && next.kind === 'number' && ukPostcodeValid(text.slice(t.start, next.end))) {
        end = i = i + 1;
        code = true;
        i++;
        continue;
      }
      if (t.kind === 'number' && /^\d{3,6}$/.test(t.low)) {
        end = i;
        code = true;
        i++;
        continue;
      }
      if (t.kind === 'alnum' && ukPostcodeValid(t.low)) {
        end = i;
        code = true;
        i++;
        continue;
      }
      break;
    }
    if (t.kind === 'word' && STATE_CODES.has(text.slice(t.start, t.end))) {
      end = i;
      i++;
      continue;
    }
    if (isCapWord(t) && towns < 5) {
      towns++;
      end = i;
      i++;
      continue;
    }
    if (t.kind === 'word' && NAME_PARTICLES.has(t.low) && isCapWord(tokens[i + 1]) && towns > 0) {
      i++;
      continue;
    }
    break;
  }
  return [end, code, country];
}

/** Extends a piece to the left over house numbers, units and "the corner of". */
export function extendLeft(tokens: Token[], first: number): number {
  let start = first;
  let i = first - 1;
  for (let steps = 0; steps < 6 && i >= 0; steps++) {
    const t = tokens[i]!;
    if (t.kind === 'number' && t.end - t.start <= 6) {
      start = i--;
      continue;
    }
    if (t.kind === 'punct' && t.low === ',' && tokens[i - 1]?.kind === 'number') {
      i--;
      continue;
    }
    if (t.kind === 'word' && t.low === 'of' && tokens[i - 1]?.low === 'corner') {
      start = tokens[i - 2]?.low === 'the' ? i - 2 : i - 1;
      break;
    }
    break;
  }
  return start;
}

