import { TextMemo } from '../../text/text-memo.js';
import { pooledUint32, pooledUint8 } from '../../text/typed-pool.js';
import type { NormalisedText } from '../../text/normalised-text.js';

/**
 * The words of a normalised text, numbered as the term matcher numbers them
 * (`TermMatch.firstWord`), with where each lies in the normalised and the
 * original text and what the original shows around it. Built in one pass.
 */
export interface WordTable {
  readonly normalised: NormalisedText;
  /** Number of words. */
  readonly count: number;
  /** Start and exclusive end of each word in the normalised text. */
  readonly nStart: Uint32Array;
  readonly nEnd: Uint32Array;
  /** Start and exclusive end of each word in the original text. */
  readonly oStart: Uint32Array;
  readonly oEnd: Uint32Array;
  /** Bit flags per word: {@link WORD_CAPITALISED}, {@link WORD_UPPER}, {@link WORD_MENTION}, {@link WORD_BREAK_BEFORE}. */
  readonly flags: Uint8Array;
}

/** The word starts with a capital letter in the original. */
export const WORD_CAPITALISED = 1;
/** Every letter of the word is a capital in the original, and it has at least two. */
export const WORD_UPPER = 2;
/** The word is written as a mention (`@name`) in the original. */
export const WORD_MENTION = 4;
/** A sentence or line ends between the previous word and this one (or this is the first word). */
export const WORD_BREAK_BEFORE = 8;

function isSentenceEnd(code: number): boolean {
  // . ! ? newline, and the ellipsis character
  return code === 46 || code === 33 || code === 63 || code === 10 || code === 13 || code === 0x2026;
}

const tables = new TextMemo<WordTable>();

/**
 * The {@link WordTable} of a normalised text. Each original character is
 * looked at once, so the cost is linear in the length of the text; and the
 * table is remembered for that text object, since five detectors read the
 * words of the same field (it depends on nothing but the text, so they stay
 * pure).
 */
export function buildWordTable(normalised: NormalisedText): WordTable {
  let table = tables.get(normalised);
  if (table === undefined) {
    table = wordTableOf(normalised);
    tables.set(normalised, table);
  }
  return table;
}

function wordTableOf(normalised: NormalisedText): WordTable {
  const t = normalised.text;
  const original = normalised.original;
  let count = t.length === 0 ? 0 : 1;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) === 32) count++;
  const nStart = pooledUint32(count);
  const nEnd = pooledUint32(count);
  const oStart = pooledUint32(count);
  const oEnd = pooledUint32(count);
  const flags = pooledUint8(count);
  let w = 0;
  let a = 0;
  for (let i = 0; i <= t.length && count > 0; i++) {
    if (i < t.length && t.charCodeAt(i) !== 32) continue;
    nStart[w] = a;
    nEnd[w] = i;
    oStart[w] = normalised.starts[a]!;
    oEnd[w] = normalised.ends[i - 1]!;
    w++;
    a = i + 1;
  }
  let previousEnd = 0;
  for (let k = 0; k < count; k++) {
    const s = oStart[k]!;
    const e = oEnd[k]!;
    let f = 0;
    if (k === 0) f |= WORD_BREAK_BEFORE;
    else {
      for (let q = previousEnd; q < s; q++) {
        if (isSentenceEnd(original.charCodeAt(q))) {
          f |= WORD_BREAK_BEFORE;
          break;
        }
      }
    }
    if (s > 0 && original.charCodeAt(s - 1) === 64) f |= WORD_MENTION;
    let upper = 0;
    let lower = 0;
    for (let q = s; q < e; q++) {
      const c = original.charCodeAt(q);
      if (c >= 65 && c <= 90) upper++;
      else if (c >= 97 && c <= 122) lower++;
      else if (c > 127) {
        const ch = original[q]!;
        if (ch !== ch.toLowerCase()) upper++;
        else if (ch !== ch.toUpperCase()) lower++;
      }
      if (q === s && upper === 1) f |= WORD_CAPITALISED;
    }
    if (upper >= 2 && lower === 0) f |= WORD_UPPER;
    flags[k] = f;
    previousEnd = e;
  }
  return { normalised, count, nStart, nEnd, oStart, oEnd, flags };
}

/** The normalised text of word `w`. */
export function wordAt(table: WordTable, w: number): string {
  return table.normalised.text.slice(table.nStart[w], table.nEnd[w]);
}
