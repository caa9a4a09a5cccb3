import { AutomatonBuilder, type Automaton } from './automaton.js';
import { inflections } from './inflect.js';
import { normalise } from './normalise.js';
import type { NormalisedText } from './normalised-text.js';
import { FIRST_EXTRA_SYMBOL, SEP_SYMBOL } from './skeleton.js';
import { SymbolStream } from './symbol-stream.js';
import type { TermListInput, TermMatch, TermMatcher } from './term-matcher.js';
import { verifyRun } from './verify-run.js';

/** How a compiled term's pattern ends. */
const EXACT = 0;
const PREFIX = 1;
const INFLECTED = 2;

/** One spelling of a term: its normalised text cut into squeezed runs. */
interface Variant {
  readonly text: string;
  /** Squeezed skeleton symbols of `text` (separators included, no frame). */
  readonly symbols: Int32Array;
  /** Start of each symbol's run in `text`; one more entry, `text.length`, at the end. */
  readonly runs: Uint32Array;
}

/** A term of a list, as the automaton reports it. */
interface Entry {
  readonly list: string;
  readonly term: string;
  readonly kind: number;
  /** Length of the automaton pattern, including the leading separator. */
  readonly patternLength: number;
  readonly variants: Variant[];
}

function readVariant(text: string, stream: SymbolStream, extras: Map<number, number>): Variant {
  stream.build(text, extras, true);
  // Drop the frame separators the stream adds at each end.
  const count = stream.count - 2;
  const symbols = stream.sym.slice(1, 1 + count);
  const runs = new Uint32Array(count + 1);
  for (let k = 0; k < count; k++) runs[k] = stream.runStart[k + 1]!;
  runs[count] = text.length;
  return { text, symbols, runs };
}

function commonPrefixLength(variants: Variant[]): number {
  const first = variants[0]!.symbols;
  let n = first.length;
  for (const v of variants) {
    let k = 0;
    while (k < n && k < v.symbols.length && v.symbols[k] === first[k]) k++;
    n = k;
  }
  return n;
}

function compareMatches(x: TermMatch, y: TermMatch): number {
  if (x.start !== y.start) return x.start - y.start;
  if (x.list !== y.list) return x.list < y.list ? -1 : 1;
  if (x.term !== y.term) return x.term < y.term ? -1 : 1;
  return x.end - y.end;
}

/**
 * Compiles every term of every list into one automaton.
 *
 * Terms are normalised like texts. A term matches whole words: it starts at
 * a word start and ends at a word end (a prefix term, written `"campaign*"`
 * or with `prefix: true`, only needs the start). Phrases match across any
 * run of separators. In lists with `inflect`, the last word of each term also
 * matches its simple English inflections. Obfuscated writing (look-alikes,
 * leetspeak, stretched or spaced-out letters) matches as the plain word.
 *
 * @param lists - the term lists; matches name the list by its `id`
 * @returns a matcher whose `scan` reads a normalised text once and reports
 *   every match of every list, overlapping ones included, sorted by start,
 *   then list id, then term
 */
export function compileTermMatcher(lists: TermListInput[]): TermMatcher {
  const stream = new SymbolStream();
  const extras = new Map<number, number>();
  const entries: Entry[] = [];
  const patterns: Int32Array[] = [];
  const seen = new Set<string>();

  for (const list of lists) {
    for (const term of list.terms) {
      const starred = /\*\s*$/.test(term.text);
      const prefix = term.prefix || starred;
      const key = `${list.id}\u0000${term.text}\u0000${prefix ? 1 : 0}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const source = starred ? term.text.replace(/\*\s*$/, '') : term.text;
      const normalised = normalise(source).text;
      if (normalised === '') continue;

      let kind = prefix ? PREFIX : EXACT;
      let spellings = [normalised];
      if (list.inflect && !prefix) {
        const cut = normalised.lastIndexOf(' ') + 1;
        const forms = inflections(normalised.slice(cut));
        if (forms.length > 1) {
          kind = INFLECTED;
          spellings = forms.map((form) => normalised.slice(0, cut) + form);
        }
      }
      const variants = spellings.map((s) => readVariant(s, stream, extras));
      const base = variants[0]!.symbols;
      const stem = kind === INFLECTED ? commonPrefixLength(variants) : base.length;
      const pattern = new Int32Array(stem + (kind === EXACT ? 2 : 1));
      pattern[0] = SEP_SYMBOL;
      pattern.set(base.subarray(0, stem), 1);
      if (kind === EXACT) pattern[stem + 1] = SEP_SYMBOL;
      entries.push({ list: list.id, term: term.text, kind, patternLength: pattern.length, variants });
      patterns.push(pattern);
    }
  }

  const builder = new AutomatonBuilder(FIRST_EXTRA_SYMBOL + extras.size);
  patterns.forEach((pattern, i) => builder.add(pattern, i));
  const automaton = builder.build();
  return { scan: (text) => scan(text, automaton, entries, extras) };
}

const textStream = new SymbolStream();

function verifyVariant(
  variant: Variant,
  first: number,
  stream: SymbolStream,
  text: string,
  leet: Uint8Array | undefined,
  prefixEnd: boolean,
): boolean {
  const { symbols, runs } = variant;
  const { runStart, sym } = stream;
  const last = symbols.length - 1;
  for (let k = 0; k <= last; k++) {
    const symbol = symbols[k]!;
    if (symbol === SEP_SYMBOL) continue;
    const j = first + k;
    if (sym[j] !== symbol) return false;
    const ok = verifyRun(
      variant.text,
      runs[k]!,
      runs[k + 1]!,
      symbol,
      text,
      leet,
      runStart[j]!,
      runStart[j + 1]!,
      prefixEnd && k === last,
    );
    if (!ok) return false;
  }
  return true;
}

function scan(
  normalised: NormalisedText,
  automaton: Automaton,
  entries: Entry[],
  extras: Map<number, number>,
): TermMatch[] {
  const { text, leet, starts, ends } = normalised;
  const stream = textStream;
  stream.build(text, extras);
  const { sym, count } = stream;
  const { delta, alphabet, hasOutput, payloadHead, payloadNext, payloadValue, dictLink } = automaton;
  const matches: TermMatch[] = [];

  const emit = (entry: Entry, first: number, last: number): void => {
    const ts = stream.runStart[first]!;
    const te = stream.runStart[last + 1]!;
    matches.push({
      list: entry.list,
      term: entry.term,
      start: starts[ts]!,
      end: ends[te - 1]!,
      normalised: text.slice(ts, te),
      firstWord: stream.wordOf[first]!,
      lastWord: stream.wordOf[last]!,
    });
  };

  const report = (state: number, j: number): void => {
    for (let p = payloadHead[state]!; p >= 0; p = payloadNext[p]!) {
      const entry = entries[payloadValue[p]!]!;
      const first = j - entry.patternLength + 2;
      if (entry.kind === EXACT) {
        if (verifyVariant(entry.variants[0]!, first, stream, text, leet, false)) emit(entry, first, j - 1);
      } else if (entry.kind === PREFIX) {
        if (verifyVariant(entry.variants[0]!, first, stream, text, leet, true)) {
          emit(entry, first, stream.wordLast[stream.wordOf[j]!]!);
        }
      } else {
        const wordEnd = stream.wordLast[stream.wordOf[j]!]!;
        for (const variant of entry.variants) {
          if (first + variant.symbols.length - 1 !== wordEnd) continue;
          if (verifyVariant(variant, first, stream, text, leet, false)) {
            emit(entry, first, wordEnd);
            break;
          }
        }
      }
    }
  };

  let state = 0;
  for (let j = 0; j < count; j++) {
    state = delta[state * alphabet + sym[j]!]!;
    if (hasOutput[state] === 0) continue;
    if (payloadHead[state]! >= 0) report(state, j);
    for (let s = dictLink[state]!; s > 0; s = dictLink[s]!) report(s, j);
  }
  if (matches.length > 1) matches.sort(compareMatches);
  return matches;
}
