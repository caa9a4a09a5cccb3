import type { TermListInput } from '../../text/term-matcher.js';
import { INSULTS } from './terms/insults.js';
import { SAFE_PHRASES } from './terms/safe-phrases.js';
import { SLURS } from './terms/slurs.js';
import { SWEARING } from './terms/swearing.js';
import type { OffensiveTerm } from './terms/types.js';

/** Every entry of the offensive-language lexicon. */
export const OFFENSIVE_LEXICON: readonly OffensiveTerm[] = [...SWEARING, ...SLURS, ...INSULTS];

/** List id of lexicon entries matched with their inflections. */
export const LEXICON_INFLECTED = 'lex+';
/** List id of lexicon entries matched only as written. */
export const LEXICON_EXACT = 'lex';
/** List id of the innocent phrases that cancel a lexicon match inside them. */
export const SAFE_LIST = 'safe';

/**
 * Looks a matched term up in the lexicon. Entries are keyed by their text as
 * written, which is what `TermMatch.term` reports.
 */
export const LEXICON_BY_TEXT: ReadonlyMap<string, OffensiveTerm> = new Map(
  OFFENSIVE_LEXICON.map((entry) => [entry.text, entry]),
);

/**
 * Whether an entry's inflections are matched too. Adjectives and words with
 * an innocent sense are not: `tooling`, `pricked` and `hoeing` are not
 * insults, so their forms are listed by hand where they are.
 */
function inflects(entry: OffensiveTerm): boolean {
  return !entry.ambiguous && entry.kind !== 'pejorative' && !entry.prefix;
}

/** The lexicon and the safe phrases as term lists for the term matcher. */
export function lexiconTermLists(): TermListInput[] {
  return [
    {
      id: LEXICON_INFLECTED,
      inflect: true,
      terms: OFFENSIVE_LEXICON.filter(inflects).map((e) => ({ text: e.text, prefix: false })),
    },
    {
      id: LEXICON_EXACT,
      inflect: false,
      terms: OFFENSIVE_LEXICON.filter((e) => !inflects(e)).map((e) => ({ text: e.text, prefix: e.prefix === true })),
    },
    { id: SAFE_LIST, inflect: false, terms: SAFE_PHRASES.map((text) => ({ text, prefix: false })) },
  ];
}
