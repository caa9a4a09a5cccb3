import { dictLinkOf, outputOf, step, type Automaton } from './automaton.js';
import type { NormalisedText } from './normalised-text.js';
import { pooledOf } from './pooled-text.js';
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

const EMPTY_OFFSETS = new Uint32Array(0);

// The units of a text made by hand rather than by `normalise`, copied once per scan.
let scratch = new Uint16Array(256);

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
 * backwards run by run, so nothing is stored per character. A text made by
 * `normalise` is read in place, as UTF-16 units in its chunk: neither its
 * string nor its offset maps are made unless a term matches (and then once,
 * so that each match's text is a cheap slice).
 */
export class TermScanner {
  private readonly dense: Int32Array;
  private readonly denseStates: number;
  private readonly alphabet: number;
  private readonly start: number;
  private readonly hasExtras: boolean;
  // The text being scanned: offset q is `units[base + q]` (and `leet[base + q]`), for q below `length`.
  private units: Uint16Array = scratch;
  private base = 0;
  private length = 0;
  private leet: Uint8Array | undefined = undefined;
  // Its offset maps: offset q maps through `starts[base + q]` and `ends[base + q]`.
  private starts: Uint32Array = EMPTY_OFFSETS;
  private ends: Uint32Array = EMPTY_OFFSETS;
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
    let units: Uint16Array;
    let base: number;
    let len: number;
    const pooled = pooledOf(normalised);
    if (pooled !== undefined) {
      pooled.resident();
      units = pooled.chunk.code;
      base = pooled.base;
      len = pooled.units;
    } else {
      const text = normalised.text;
      len = text.length;
      if (scratch.length < len) scratch = new Uint16Array(Math.max(len, 2 * scratch.length));
      for (let k = 0; k < len; k++) scratch[k] = text.charCodeAt(k);
      units = scratch;
      base = 0;
    }
    const dense = this.dense;
    const denseStates = this.denseStates;
    const alphabet = this.alphabet;
    const automaton = this.automaton;
    const hasExtras = this.hasExtras;
    const end = base + len;
    let found = 0;
    let state = this.start;
    let word = -1;
    let prev = SEP_SYMBOL;
    let p = base;
    while (p < end) {
      const c = units[p]!;
      let s: number;
      let size = 1;
      if (c < 128) s = ASCII_SKELETON[c]!;
      else if (!hasExtras && (c < 0xd800 || c > 0xdbff)) s = UNKNOWN_SYMBOL;
      else {
        let cp = c;
        if (c >= 0xd800 && c <= 0xdbff && p + 1 < end) {
          const d = units[p + 1]!;
          if (d >= 0xdc00 && d <= 0xdfff) {
            cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
            size = 2;
          }
        }
        s = hasExtras ? (this.extras.get(cp) ?? UNKNOWN_SYMBOL) : UNKNOWN_SYMBOL;
      }
      if (s !== prev) {
        if (prev === SEP_SYMBOL) word++;
        const next = state < denseStates ? dense[state * alphabet + s]! : step(automaton, state, s);
        if (next < 0) {
          if (found + 3 > candidates.length) candidates = grow(candidates);
          state = -next;
          candidates[found] = state;
          candidates[found + 1] = p - base;
          candidates[found + 2] = word;
          found += 3;
        } else state = next;
        prev = s;
        if (state === 0) {
          // Fallen off every pattern inside a word: since every pattern starts
          // with a separator, nothing can happen before the next one, and
          // reading it leads back to the start (no pattern is a lone separator).
          p += size;
          while (p < end) {
            const d = units[p]!;
            if (d < 128 && ASCII_SKELETON[d] === SEP_SYMBOL) {
              state = this.start;
              prev = SEP_SYMBOL;
              p++;
              break;
            }
            p++;
          }
          continue;
        }
      }
      p += size;
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
    this.units = units;
    this.base = base;
    this.length = len;
    if (pooled !== undefined) {
      // Read in place too, so that a match makes no copy of the offset maps.
      this.leet = pooled.hasLeet ? pooled.chunk.leet : undefined;
      this.starts = pooled.chunk.start;
      this.ends = pooled.chunk.end;
    } else {
      this.leet = normalised.leet;
      this.starts = normalised.starts;
      this.ends = normalised.ends;
    }
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
    this.units = scratch;
    this.leet = undefined;
    this.starts = EMPTY_OFFSETS;
    this.ends = EMPTY_OFFSETS;
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
        if (this.verify(v, at, prefix)) {
          const term = records[r + RECORD_TERM]!;
          const ts = this.spanStart;
          const te = prefix ? this.wordEnd(this.spanEnd) : this.spanEnd;
          matches.push({
            list: this.terms.list[term]!,
            term: this.terms.term[term]!,
            start: this.starts[this.base + ts]!,
            end: this.ends[this.base + te - 1]!,
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
  private symbolBefore(q: number): number {
    const units = this.units;
    const base = this.base;
    const c = units[base + q - 1]!;
    if (c < 128) return ASCII_SKELETON[c]!;
    if (c >= 0xdc00 && c <= 0xdfff && q >= 2) {
      const h = units[base + q - 2]!;
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
  private verify(v: number, at: number, prefix: boolean): boolean {
    const data = this.terms.records;
    const length = data[v]!;
    const symbols = v + 3;
    const runs = symbols + length;
    const chars = runs + length + 1;
    const units = this.units;
    const base = this.base;
    const leet = this.leet;
    let k = length - 1;
    let cursor = at;
    let end = at;
    if (prefix) {
      // The last run of the prefix begins at `at`; find where it stops.
      const symbol = data[symbols + k]!;
      let q = at;
      while (q < this.length) {
        const width = this.symbolAfter(q, symbol);
        if (width === 0) break;
        q += width;
      }
      const ta = chars + data[runs + k]!;
      const tb = chars + data[runs + k + 1]!;
      if (!verifyRun(data, ta, tb, symbol, units, base, leet, at, q, true)) return false;
      end = q;
      k--;
    }
    for (; k >= 0; k--) {
      const symbol = data[symbols + k]!;
      const runEnd = cursor;
      let q = cursor;
      while (q > 0) {
        const before = this.symbolBefore(q);
        if (before % WIDE !== symbol) break;
        q -= before >= WIDE ? 2 : 1;
      }
      if (q === runEnd) return false;
      if (symbol !== SEP_SYMBOL) {
        const ta = chars + data[runs + k]!;
        const tb = chars + data[runs + k + 1]!;
        if (!verifyRun(data, ta, tb, symbol, units, base, leet, q, runEnd, false)) return false;
      }
      cursor = q;
    }
    this.spanStart = cursor;
    this.spanEnd = end;
    return true;
  }

  /** Width of the character at `q` when its skeleton symbol is `symbol`, else 0. */
  private symbolAfter(q: number, symbol: number): number {
    const units = this.units;
    const p = this.base + q;
    const c = units[p]!;
    if (c < 128) return ASCII_SKELETON[c] === symbol ? 1 : 0;
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff && q + 1 < this.length) {
      const d = units[p + 1]!;
      if (d >= 0xdc00 && d <= 0xdfff) cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
    }
    const s = this.hasExtras ? (this.extras.get(cp) ?? UNKNOWN_SYMBOL) : UNKNOWN_SYMBOL;
    return s === symbol ? (cp > 0xffff ? 2 : 1) : 0;
  }

  /** End of the word that contains offset `q - 1`: the next space or the text end. */
  private wordEnd(q: number): number {
    const units = this.units;
    const base = this.base;
    let e = q;
    while (e < this.length) {
      const c = units[base + e]!;
      if (c < 128 && ASCII_SKELETON[c] === SEP_SYMBOL) break;
      e++;
    }
    return e;
  }
}

/** Flag added to a symbol read from a surrogate pair (two UTF-16 units wide). */
const WIDE = 1 << 20;
