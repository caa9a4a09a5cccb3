import { AutomatonBuilder } from './automaton.js';
import { inflections } from './inflect.js';
import { normalise } from './normalise.js';
import { FIRST_EXTRA_SYMBOL, SEP_SYMBOL } from './skeleton.js';
import { SymbolStream } from './symbol-stream.js';
import { TermScanner, type CompiledTerms } from './term-scanner.js';
import type { TermListInput, TermMatcher } from './term-matcher.js';

const TRAILING_STAR = /\*\s*$/;

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
  const seen = new Set<string>();
  const terms: CompiledTerms = {
    list: [],
    term: [],
    patternTerm: [],
    patternPrefix: [],
    patternVariants: [],
    variantIds: [],
    variantText: [],
    variantOffset: [],
    variantLength: [],
    variantGaps: [],
    symbols: new Int32Array(0),
    runs: new Uint32Array(0),
  };
  const symbols: number[] = [];
  const runs: number[] = [];
  const patterns: number[][] = [];

  const addVariant = (text: string): number[] => {
    stream.build(text, extras, true);
    // The stream frames the text with a separator at each end; leave those out.
    const count = stream.count - 2;
    const own: number[] = [];
    terms.variantText.push(text);
    terms.variantOffset.push(symbols.length);
    terms.variantLength.push(count);
    terms.variantGaps.push(text.split(' ').length - 1);
    for (let k = 1; k <= count; k++) {
      own.push(stream.sym[k]!);
      symbols.push(stream.sym[k]!);
      runs.push(stream.runStart[k]!);
    }
    symbols.push(-1);
    runs.push(text.length);
    return own;
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
      const id = terms.list.length;
      terms.list.push(list.id);
      terms.term.push(term.text);
      // Spellings that squeeze to the same skeleton share one pattern, so a
      // stretched word that fits two of them is still reported once.
      const groups = new Map<string, number[]>();
      for (const spelling of spellings) {
        const variant = terms.variantText.length;
        const form = addVariant(spelling);
        const key = form.join(',');
        const group = groups.get(key);
        if (group === undefined) {
          groups.set(key, [variant]);
          const pattern = [SEP_SYMBOL, ...form];
          if (!prefix) pattern.push(SEP_SYMBOL);
          patterns.push(pattern);
          terms.patternTerm.push(id);
          terms.patternPrefix.push(prefix ? 1 : 0);
        } else group.push(variant);
      }
      for (const group of groups.values()) {
        terms.patternVariants.push(terms.variantIds.length);
        terms.variantIds.push(...group, -1);
      }
    }
  }
  terms.symbols = Int32Array.from(symbols);
  terms.runs = Uint32Array.from(runs);

  const builder = new AutomatonBuilder(FIRST_EXTRA_SYMBOL + extras.size);
  patterns.forEach((pattern, i) => builder.add(pattern, i));
  const scanner = new TermScanner(builder.build(), terms, extras);
  return { scan: (text) => scanner.scan(text) };
}
