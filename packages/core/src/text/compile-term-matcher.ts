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
  const extras = new Map<number, number>();
  const seen = new Set<string>();
  const listOf: string[] = [];
  const termOf: string[] = [];
  const records: number[] = [];
  const patterns: number[][] = [];
  const patternRecord: number[] = [];

  /** One spelling, packed as `TermScanner` reads it; returns it and its squeezed symbols. */
  const pack = (text: string): [number[], number[]] => {
    const { symbols, runs } = termSkeleton(text, extras);
    const data = [symbols.length, text.split(' ').length - 1, text.length, ...symbols, ...runs, text.length];
    for (let k = 0; k < text.length; k++) data.push(text.charCodeAt(k));
    return [data, symbols];
  };

  for (const list of lists) {
    for (const term of list.terms) {
      const starred = TRAILING_STAR.test(term.text);
      const prefix = term.prefix || starred;
      const key = `${list.id}\u0000${term.text}\u0000${prefix ? 1 : 0}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const normalised = normalise(starred ? term.text.replace(TRAILING_STAR, '') : term.text).text;
      if (normalised === '') continue;

      let spellings = [normalised];
      if (list.inflect && !prefix) {
        const cut = normalised.lastIndexOf(' ') + 1;
        spellings = inflections(normalised.slice(cut)).map((form) => normalised.slice(0, cut) + form);
      }
      const id = listOf.length;
      listOf.push(list.id);
      termOf.push(term.text);
      // Spellings that squeeze to the same skeleton share one pattern and one
      // record, so a stretched word that fits two of them is reported once.
      const groups = new Map<string, { symbols: number[]; data: number[][] }>();
      for (const spelling of spellings) {
        const [data, symbols] = pack(spelling);
        const skeleton = symbols.join(',');
        const group = groups.get(skeleton);
        if (group === undefined) groups.set(skeleton, { symbols, data: [data] });
        else group.data.push(data);
      }
      for (const { symbols, data } of groups.values()) {
        patterns.push(prefix ? [SEP_SYMBOL, ...symbols] : [SEP_SYMBOL, ...symbols, SEP_SYMBOL]);
        patternRecord.push(records.length);
        records.push(-1, prefix ? 1 : 0, id, data.length);
        for (const d of data) records.push(...d);
      }
    }
  }

  const builder = new AutomatonBuilder(FIRST_EXTRA_SYMBOL + extras.size);
  // Records of patterns ending in the same node are chained through RECORD_NEXT.
  const outputs = new Map<number, number>();
  const lastRecord = new Map<number, number>();
  patterns.forEach((pattern, i) => {
    const node = builder.add(pattern);
    const record = patternRecord[i]!;
    const last = lastRecord.get(node);
    if (last === undefined) outputs.set(node, record);
    else records[last + RECORD_NEXT] = record;
    lastRecord.set(node, record);
  });
  const automaton = builder.build(outputs, options.denseBudgetBytes);
  const scanner = new TermScanner(automaton, { list: listOf, term: termOf, records: Int32Array.from(records) }, extras);
  return { scan: (text) => scanner.scan(text) };
}
