import { dictLinkOf, outputOf, step, type Automaton } from './automaton.js';
import type { NormalisedText } from './normalised-text.js';
import { ASCII_SKELETON, SEP_SYMBOL, UNKNOWN_SYMBOL } from './skeleton.js';
import type { TermMatch } from './term-matcher.js';
import { verifyRun } from './verify-run.js';

/**
 * Compiled terms. Each term of a list has one or more spellings
 * ("variants": itself and, in inflected lists, its inflections); variants
 * that squeeze to the same skeleton share one automaton pattern and one
 * record in `records`, whose offset is the pattern's output value. Packing
 * everything a candidate needs into one stretch of memory keeps verification
 * to a cache miss or two, even with tens of thousands of terms.
 *
 * A record holds: the next record ending in the same state (-1: none), 1 for
 * a prefix term, the term id, the number of variants, then each variant: its
 * number of squeezed symbols `L`, its number of separators (words minus
 * one), its text length `T`, the `L` skeleton symbols, the `L + 1` run starts
 * within its text (the last is `T`), and the `T` UTF-16 units of its text.
 */
export interface CompiledTerms {
  /** List id of each term. */
  list: string[];
  /** Each term as written in the pack. */
  term: string[];
  records: Int32Array;
}

/** Offset, in a record of `CompiledTerms.records`, of the next record ending in the same state. */
export const RECORD_NEXT = 0;
/** Offset of the prefix flag in a record. */
export const RECORD_PREFIX = 1;
/** Offset of the term id in a record. */
export const RECORD_TERM = 2;
/** Offset of the number of variants in a record; the variants follow. */
export const RECORD_VARIANTS = 3;

// Candidates of the current scan, three numbers each (state, text offset, word
// index); shared by all scanners since a scan never runs inside another.
let candidates: Int32Array = new Int32Array(384);

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

function compareMatches(x: TermMatch, y: TermMatch): number {
  if (x.start !== y.start) return x.start - y.start;
  if (x.list !== y.list) return x.list < y.list ? -1 : 1;
  if (x.term !== y.term) return x.term < y.term ? -1 : 1;
  return x.end - y.end;
}

/**
 * Runs a compiled automaton over normalised texts. The main loop only reads
 * characters, squeezes them into skeleton symbols (see `skeleton.ts`) and
 * steps the automaton; where a pattern ends, it notes a candidate. Candidates
 * are verified afterwards against the exact characters, walking the text
 * backwards run by run, so nothing is stored per character.
 */
export class TermScanner {
  private readonly dense: Int32Array;
  private readonly denseStates: number;
  private readonly alphabet: number;
  private readonly start: number;
  private readonly hasExtras: boolean;
  // Span of the last successful verification (text offsets).
  private spanStart = 0;
  private spanEnd = 0;

  constructor(
    private readonly automaton: Automaton,
    private readonly terms: CompiledTerms,
    private readonly extras: Map<number, number>,
  ) {
    this.dense = automaton.dense;
    this.denseStates = automaton.denseStates;
    this.alphabet = automaton.alphabet;
    // Every pattern starts with a separator; the text is read as if one came first.
    this.start = Math.abs(step(automaton, 0, SEP_SYMBOL));
    this.hasExtras = extras.size > 0;
  }

  /** Every match of every term in `normalised`, sorted by start, list id, term. */
  scan(normalised: NormalisedText): TermMatch[] {
    const text = normalised.text;
    const len = text.length;
    const dense = this.dense;
    const denseStates = this.denseStates;
    const alphabet = this.alphabet;
    const automaton = this.automaton;
    const hasExtras = this.hasExtras;
    let found = 0;
    let state = this.start;
    let word = -1;
    let prev = SEP_SYMBOL;
    let i = 0;
    while (i < len) {
      const c = text.charCodeAt(i);
      let s: number;
      let size = 1;
      if (c < 128) s = ASCII_SKELETON[c]!;
      else if (!hasExtras && (c < 0xd800 || c > 0xdbff)) s = UNKNOWN_SYMBOL;
      else {
        const cp = text.codePointAt(i)!;
        if (cp > 0xffff) size = 2;
        s = hasExtras ? (this.extras.get(cp) ?? UNKNOWN_SYMBOL) : UNKNOWN_SYMBOL;
      }
      if (s !== prev) {
        if (prev === SEP_SYMBOL) word++;
        const next = state < denseStates ? dense[state * alphabet + s]! : step(automaton, state, s);
        if (next < 0) {
          if (found + 3 > candidates.length) candidates = grow(candidates);
          state = -next;
          candidates[found] = state;
          candidates[found + 1] = i;
          candidates[found + 2] = word;
          found += 3;
        } else state = next;
        prev = s;
        if (state === 0) {
          // Fallen off every pattern inside a word: since every pattern starts
          // with a separator, nothing can happen before the next one.
          i += size;
          while (i < len) {
            const d = text.charCodeAt(i);
            if (d < 128 && ASCII_SKELETON[d] === SEP_SYMBOL) break;
            i++;
          }
          continue;
        }
      }
      i += size;
    }
    if (prev !== SEP_SYMBOL) {
      const next = step(automaton, state, SEP_SYMBOL);
      if (next < 0) {
        if (found + 3 > candidates.length) candidates = grow(candidates);
        candidates[found] = -next;
        candidates[found + 1] = len;
        candidates[found + 2] = word;
        found += 3;
      }
    }

    const matches: TermMatch[] = [];
    if (found === 0) return matches;
    for (let k = 0; k < found; k += 3) {
      const state = candidates[k]!;
      const at = candidates[k + 1]!;
      const w = candidates[k + 2]!;
      const own = outputOf(automaton, state);
      if (own >= 0) this.report(own, at, w, normalised, matches);
      for (let t = dictLinkOf(automaton, state); t > 0; t = dictLinkOf(automaton, t)) {
        this.report(outputOf(automaton, t), at, w, normalised, matches);
      }
    }
    let sorted = true;
    for (let k = 1; k < matches.length && sorted; k++) if (compareMatches(matches[k - 1]!, matches[k]!) > 0) sorted = false;
    if (!sorted) matches.sort(compareMatches);
    return matches;
  }

  /**
   * Verifies and records every term of the record chain starting at
   * `first`. `at` is where the symbol that completed the pattern starts: the
   * separator after the match, or for a prefix its last letter run; `word`
   * is the index of the word the match ends in.
   */
  private report(first: number, at: number, word: number, normalised: NormalisedText, matches: TermMatch[]): void {
    const records = this.terms.records;
    for (let r = first; r >= 0; r = records[r + RECORD_NEXT]!) {
      const prefix = records[r + RECORD_PREFIX] === 1;
      let v = r + RECORD_VARIANTS + 1;
      for (let left = records[r + RECORD_VARIANTS]!; left > 0; left--) {
        if (this.verify(v, at, normalised, prefix)) {
          const term = records[r + RECORD_TERM]!;
          const ts = this.spanStart;
          const te = prefix ? wordEnd(normalised.text, this.spanEnd) : this.spanEnd;
          matches.push({
            list: this.terms.list[term]!,
            term: this.terms.term[term]!,
            start: normalised.starts[ts]!,
            end: normalised.ends[te - 1]!,
            normalised: normalised.text.slice(ts, te),
            firstWord: word - records[v + 1]!,
            lastWord: word,
          });
          break;
        }
        const length = records[v]!;
        v += 4 + 2 * length + records[v + 2]!;
      }
    }
  }

  /** Skeleton symbol of the character ending at text offset `q` (exclusive), and its width. */
  private symbolBefore(text: string, q: number): number {
    const c = text.charCodeAt(q - 1);
    if (c < 128) return ASCII_SKELETON[c]!;
    if (c >= 0xdc00 && c <= 0xdfff && q >= 2) {
      const h = text.charCodeAt(q - 2);
      if (h >= 0xd800 && h <= 0xdbff) {
        const cp = ((h - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
        return (this.extras.get(cp) ?? UNKNOWN_SYMBOL) + WIDE;
      }
    }
    return this.hasExtras ? (this.extras.get(c) ?? UNKNOWN_SYMBOL) : UNKNOWN_SYMBOL;
  }

  /**
   * Checks variant `v` against the text, run by run, walking backwards from
   * `at`. On success sets `spanStart`/`spanEnd` to the matched text offsets.
   * For a prefix, the last run starts at `at` and may extend past the term.
   */
  private verify(v: number, at: number, normalised: NormalisedText, prefix: boolean): boolean {
    const data = this.terms.records;
    const length = data[v]!;
    const symbols = v + 3;
    const runs = symbols + length;
    const chars = runs + length + 1;
    const text = normalised.text;
    const leet = normalised.leet;
    let k = length - 1;
    let cursor = at;
    let end = at;
    if (prefix) {
      // The last run of the prefix begins at `at`; find where it stops.
      const symbol = data[symbols + k]!;
      let q = at;
      while (q < text.length) {
        const width = this.symbolAfter(text, q, symbol);
        if (width === 0) break;
        q += width;
      }
      const ta = chars + data[runs + k]!;
      const tb = chars + data[runs + k + 1]!;
      if (!verifyRun(data, ta, tb, symbol, text, leet, at, q, true)) return false;
      end = q;
      k--;
    }
    for (; k >= 0; k--) {
      const symbol = data[symbols + k]!;
      const runEnd = cursor;
      let q = cursor;
      while (q > 0) {
        const before = this.symbolBefore(text, q);
        if (before % WIDE !== symbol) break;
        q -= before >= WIDE ? 2 : 1;
      }
      if (q === runEnd) return false;
      if (symbol !== SEP_SYMBOL) {
        const ta = chars + data[runs + k]!;
        const tb = chars + data[runs + k + 1]!;
        if (!verifyRun(data, ta, tb, symbol, text, leet, q, runEnd, false)) return false;
      }
      cursor = q;
    }
    this.spanStart = cursor;
    this.spanEnd = end;
    return true;
  }

  /** Width of the character at `q` when its skeleton symbol is `symbol`, else 0. */
  private symbolAfter(text: string, q: number, symbol: number): number {
    const c = text.charCodeAt(q);
    if (c < 128) return ASCII_SKELETON[c] === symbol ? 1 : 0;
    const cp = text.codePointAt(q)!;
    const s = this.hasExtras ? (this.extras.get(cp) ?? UNKNOWN_SYMBOL) : UNKNOWN_SYMBOL;
    return s === symbol ? (cp > 0xffff ? 2 : 1) : 0;
  }
}

/** Flag added to a symbol read from a surrogate pair (two UTF-16 units wide). */
const WIDE = 1 << 20;

/** End of the word that contains offset `q - 1`: the next space or the text end. */
function wordEnd(text: string, q: number): number {
  let e = q;
  while (e < text.length) {
    const c = text.charCodeAt(e);
    if (c < 128 && ASCII_SKELETON[c] === SEP_SYMBOL) break;
    e++;
  }
  return e;
}
