import type { Automaton } from './automaton.js';
import type { NormalisedText } from './normalised-text.js';
import { ASCII_SKELETON, SEP_SYMBOL, UNKNOWN_SYMBOL } from './skeleton.js';
import type { TermMatch } from './term-matcher.js';
import { verifyRun } from './verify-run.js';

/**
 * Compiled terms, column-wise. Each term of a list has one or more spellings
 * ("variants": itself and, in inflected lists, its inflections); variants
 * that squeeze to the same skeleton share one automaton pattern, whose
 * payload is its index here.
 */
export interface CompiledTerms {
  /** List id of each term. */
  list: string[];
  /** Each term as written in the pack. */
  term: string[];
  /** Term of each pattern. */
  patternTerm: number[];
  /** 1 for a prefix pattern (no closing separator), else 0. */
  patternPrefix: number[];
  /** Offset in `variantIds` of each pattern's variants (ended by -1). */
  patternVariants: number[];
  variantIds: number[];
  /** Normalised text of each variant. */
  variantText: string[];
  /** Offset of each variant in `symbols` and `runs`. */
  variantOffset: number[];
  /** Number of squeezed symbols of each variant. */
  variantLength: number[];
  /** Number of separators in each variant (its word count minus one). */
  variantGaps: number[];
  /** Squeezed skeleton symbols of every variant, each ended by -1. */
  symbols: Int32Array;
  /** Where each symbol's run starts in the variant text; at the -1 slot, the text length. */
  runs: Uint32Array;
}

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
  private readonly delta: Int32Array;
  private readonly alphabet: number;
  private readonly hasExtras: boolean;
  // Span of the last successful verification (text offsets).
  private spanStart = 0;
  private spanEnd = 0;

  constructor(
    private readonly automaton: Automaton,
    private readonly terms: CompiledTerms,
    private readonly extras: Map<number, number>,
  ) {
    this.delta = automaton.delta;
    this.alphabet = automaton.alphabet;
    this.hasExtras = extras.size > 0;
  }

  /** Every match of every term in `normalised`, sorted by start, list id, term. */
  scan(normalised: NormalisedText): TermMatch[] {
    const text = normalised.text;
    const len = text.length;
    const delta = this.delta;
    const hasExtras = this.hasExtras;
    let found = 0;
    let row = delta[SEP_SYMBOL]!;
    if (row < 0) row = -row;
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
        const next = delta[row + s]!;
        if (next < 0) {
          if (found + 3 > candidates.length) candidates = grow(candidates);
          candidates[found] = -next;
          candidates[found + 1] = i;
          candidates[found + 2] = word;
          found += 3;
          row = -next;
        } else row = next;
        prev = s;
      }
      i += size;
    }
    if (prev !== SEP_SYMBOL) {
      const next = delta[row + SEP_SYMBOL]!;
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
    const { payloadHead, dictLink } = this.automaton;
    const alphabet = this.alphabet;
    for (let k = 0; k < found; k += 3) {
      const state = candidates[k]! / alphabet;
      const at = candidates[k + 1]!;
      const w = candidates[k + 2]!;
      if (payloadHead[state]! >= 0) this.report(state, at, w, normalised, matches);
      for (let t = dictLink[state]!; t > 0; t = dictLink[t]!) this.report(t, at, w, normalised, matches);
    }
    let sorted = true;
    for (let k = 1; k < matches.length && sorted; k++) if (compareMatches(matches[k - 1]!, matches[k]!) > 0) sorted = false;
    if (!sorted) matches.sort(compareMatches);
    return matches;
  }

  /**
   * Verifies and records every term whose pattern ends in `state`. `at` is
   * where the symbol that completed the pattern starts: the separator after
   * the match, or for a prefix pattern its last letter run; `word` is the
   * index of the word the match ends in.
   */
  private report(state: number, at: number, word: number, normalised: NormalisedText, matches: TermMatch[]): void {
    const { payloadHead, payloadNext, payloadValue } = this.automaton;
    const terms = this.terms;
    const ids = terms.variantIds;
    for (let p = payloadHead[state]!; p >= 0; p = payloadNext[p]!) {
      const pattern = payloadValue[p]!;
      const prefix = terms.patternPrefix[pattern] === 1;
      for (let v = terms.patternVariants[pattern]!; ids[v]! >= 0; v++) {
        const variant = ids[v]!;
        if (this.verify(variant, at, normalised, prefix)) {
          const term = terms.patternTerm[pattern]!;
          const ts = this.spanStart;
          const te = prefix ? wordEnd(normalised.text, this.spanEnd) : this.spanEnd;
          matches.push({
            list: terms.list[term]!,
            term: terms.term[term]!,
            start: normalised.starts[ts]!,
            end: normalised.ends[te - 1]!,
            normalised: normalised.text.slice(ts, te),
            firstWord: word - terms.variantGaps[variant]!,
            lastWord: word,
          });
          break;
        }
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
    const terms = this.terms;
    const symbols = terms.symbols;
    const runs = terms.runs;
    const variantText = terms.variantText[v]!;
    const text = normalised.text;
    const leet = normalised.leet;
    const s0 = terms.variantOffset[v]!;
    let k = terms.variantLength[v]! - 1;
    let cursor = at;
    let end = at;
    if (prefix) {
      // The last run of the prefix begins at `at`; find where it stops.
      const symbol = symbols[s0 + k]!;
      let q = at;
      while (q < text.length) {
        const width = this.symbolAfter(text, q, symbol);
        if (width === 0) break;
        q += width;
      }
      if (!verifyRun(variantText, runs[s0 + k]!, runs[s0 + k + 1]!, symbol, text, leet, at, q, true)) return false;
      end = q;
      k--;
    }
    for (; k >= 0; k--) {
      const symbol = symbols[s0 + k]!;
      const runEnd = cursor;
      let q = cursor;
      while (q > 0) {
        const before = this.symbolBefore(text, q);
        if (before % WIDE !== symbol) break;
        q -= before >= WIDE ? 2 : 1;
      }
      if (q === runEnd) return false;
      if (symbol !== SEP_SYMBOL) {
        if (!verifyRun(variantText, runs[s0 + k]!, runs[s0 + k + 1]!, symbol, text, leet, q, runEnd, false)) return false;
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
