import { AutomatonBuilder } from './automaton.js';
import { inflections } from './inflect.js';
import { normalise } from './normalise.js';
import { FIRST_EXTRA_SYMBOL, SEP_SYMBOL } from './skeleton.js';
import { termSkeleton } from './term-skeleton.js';
import type { TermListInput, TermMatcher } from './term-matcher.js';
import { RECORD_NEXT, TermScanner } from './term-scanner.js';

const TRAILING_STAR = /\*\s*$/;

/** Internal knobs, for tests. */
export interface CompileOptions {
  /** Memory for the automaton's dense rows; tiny values force the sparse records. */
  denseBudgetBytes?: number;
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
export function compileTermMatcher(lists: TermListInput[], options: CompileOptions = {}): TermMatcher {
  const packer = new Packer();
  const seen = new Set<string>();
  for (const list of lists) {
    for (const term of list.terms) {
      const starred = TRAILING_STAR.test(term.text);
      const prefix = term.prefix || starred;
      const key = `${list.id}\u0000${term.text}\u0000${prefix ? 1 : 0}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const normalised = normaliseTerm(starred ? term.text.replace(TRAILING_STAR, '') : term.text);
      if (normalised === '') continue;
      let spellings = [normalised];
      if (list.inflect && !prefix) {
        const cut = normalised.lastIndexOf(' ') + 1;
        spellings = inflections(normalised.slice(cut)).map((form) => normalised.slice(0, cut) + form);
      }
      packer.term(list.id, term.text, prefix, spellings);
    }
  }
  return packer.finish(options);
}

/**
 * Packs terms as `TermScanner` reads them: each pattern's symbols end to
 * end, and its record. Each step is a small method of its own, so that a
 * cold start, which compiles each list once, gets them optimised early.
 */
class Packer {
  private readonly extras = new Map<number, number>();
  private readonly listOf: string[] = [];
  private readonly termOf: string[] = [];
  private readonly records = new IntBuffer();
  // Every pattern end to end, the end of each, and the record of each.
  private readonly patterns = new IntBuffer();
  private readonly patternEnd: number[] = [];
  private readonly patternRecord: number[] = [];

  /** Adds one term, with its spellings (the normalised term, or its inflections). */
  term(list: string, text: string, prefix: boolean, spellings: readonly string[]): void {
    const id = this.listOf.length;
    this.listOf.push(list);
    this.termOf.push(text);
    // Spellings that squeeze to the same skeleton share one pattern and one
    // record, so a stretched word that fits two of them is reported once.
    if (spellings.length === 1) {
      const { symbols, runs } = termSkeleton(spellings[0]!, this.extras);
      this.pattern(symbols, prefix);
      this.record(id, prefix, symbols, [spellings[0]!], [runs]);
      return;
    }
    const groups: { symbols: number[]; texts: string[]; runs: number[][] }[] = [];
    for (let k = 0; k < spellings.length; k++) {
      const spelling = spellings[k]!;
      const { symbols, runs } = termSkeleton(spelling, this.extras);
      const group = groups.find((g) => sameSymbols(g.symbols, symbols));
      if (group === undefined) groups.push({ symbols, texts: [spelling], runs: [runs] });
      else {
        group.texts.push(spelling);
        group.runs.push(runs);
      }
    }
    for (const group of groups) {
      this.pattern(group.symbols, prefix);
      this.record(id, prefix, group.symbols, group.texts, group.runs);
    }
  }

  private pattern(symbols: readonly number[], prefix: boolean): void {
    const room = this.patterns.reserve(symbols.length + 2);
    let end = this.patterns.length;
    room[end++] = SEP_SYMBOL;
    for (let k = 0; k < symbols.length; k++) room[end++] = symbols[k]!;
    if (!prefix) room[end++] = SEP_SYMBOL;
    this.patterns.length = end;
    this.patternEnd.push(end);
    this.patternRecord.push(this.records.length);
  }

  /**
   * One record: next record (-1), prefix flag, term id, number of variants;
   * then each variant: symbol count, word gaps, text length, symbols, run
   * starts, text length again, text units.
   */
  private record(id: number, prefix: boolean, symbols: readonly number[], texts: readonly string[], runs: readonly number[][]): void {
    let size = 4;
    for (let v = 0; v < texts.length; v++) size += 4 + 2 * symbols.length + texts[v]!.length;
    const data = this.records.reserve(size);
    let at = this.records.length;
    data[at++] = -1;
    data[at++] = prefix ? 1 : 0;
    data[at++] = id;
    data[at++] = texts.length;
    for (let v = 0; v < texts.length; v++) at = writeVariant(data, at, symbols, texts[v]!, runs[v]!);
    this.records.length = at;
  }

  /** Builds the automaton over every pattern and the scanner over it. */
  finish(options: CompileOptions): TermMatcher {
    const { records, patternEnd, patternRecord } = this;
    const builder = new AutomatonBuilder(FIRST_EXTRA_SYMBOL + this.extras.size);
    const flat = this.patterns.view();
    // Records of patterns ending in the same node are chained through RECORD_NEXT.
    const outputs = new Map<number, number>();
    const lastRecord = new Map<number, number>();
    for (let i = 0; i < patternEnd.length; i++) {
      const node = builder.add(flat, i === 0 ? 0 : patternEnd[i - 1]!, patternEnd[i]!);
      const record = patternRecord[i]!;
      const last = lastRecord.get(node);
      if (last === undefined) outputs.set(node, record);
      else records.set(last + RECORD_NEXT, record);
      lastRecord.set(node, record);
    }
    const automaton = builder.build(outputs, options.denseBudgetBytes);
    const scanner = new TermScanner(automaton, { list: this.listOf, term: this.termOf, records: records.toInt32Array() }, this.extras);
    return { scan: (text) => scanner.scan(text) };
  }
}

/** Writes one variant of a record from `at`; returns where it ends. */
function writeVariant(data: Int32Array, at: number, symbols: readonly number[], text: string, runs: readonly number[]): number {
  data[at++] = symbols.length;
  const gaps = at++;
  data[at++] = text.length;
  for (let k = 0; k < symbols.length; k++) data[at++] = symbols[k]!;
  for (let k = 0; k < runs.length; k++) data[at++] = runs[k]!;
  data[at++] = text.length;
  let spaces = 0;
  for (let k = 0; k < text.length; k++) {
    const unit = text.charCodeAt(k);
    if (unit === SPACE) spaces++;
    data[at++] = unit;
  }
  data[gaps] = spaces;
  return at;
}

const SPACE = 32;

/**
 * Words of two ASCII letters or more, one space apart, normalise to the
 * same in lower case (nothing else to fold, no leetspeak, no spaced-out
 * letters to join); most terms are written so, and skipping the normaliser
 * for them saves most of the work of compiling a list.
 */
const PLAIN_TERM = /^[a-z]{2,}(?: [a-z]{2,})*$/;
const PLAIN_CASED_TERM = /^[A-Za-z]{2,}(?: [A-Za-z]{2,})*$/;

/** The normalised text of a term. */
export function normaliseTerm(text: string): string {
  if (PLAIN_TERM.test(text)) return text;
  if (PLAIN_CASED_TERM.test(text)) return text.toLowerCase();
  return normalise(text).text;
}

function sameSymbols(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** A growable list of 32-bit integers. */
class IntBuffer {
  private data = new Int32Array(4096);
  length = 0;

  /** Makes room for `count` more values; returns the array to write them into from `length` on. */
  reserve(count: number): Int32Array {
    if (this.length + count > this.data.length) {
      const bigger = new Int32Array(Math.max(this.data.length * 2, this.length + count));
      bigger.set(this.data);
      this.data = bigger;
    }
    return this.data;
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  set(at: number, value: number): void {
    this.data[at] = value;
  }

  /** The values so far, without copying (valid until the next `push`). */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }

  toInt32Array(): Int32Array {
    return this.data.slice(0, this.length);
  }
}
