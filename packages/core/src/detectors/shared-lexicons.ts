import { compileTermMatcher } from '../text/compile-term-matcher.js';
import type { NormalisedText } from '../text/normalised-text.js';
import type { TermListInput, TermMatch, TermMatcher } from '../text/term-matcher.js';

/**
 * One automaton for the word lists of every built-in detector. Each
 * detector defines its lists as a lexicon; the first scan compiles all the
 * lexicons into one matcher, and a field is scanned once for all of them
 * (before, each detector walked the text with its own automaton: six passes
 * over every field). A lexicon's matches are exactly what its own matcher
 * would give, in the same order: the matcher reports every match of every
 * list, sorted by start, then list id, then term, and each lexicon's list
 * ids share a prefix, so taking one lexicon's matches keeps their order.
 */

interface Lexicon {
  name: string;
  lists: () => readonly TermListInput[];
}

/** Between a lexicon's name and its own list id; no list id contains it. */
const SEPARATOR = '\u0001';

const lexicons: Lexicon[] = [];
let combined: TermMatcher | undefined;
const scans = new WeakMap<NormalisedText, Map<string, TermMatch[]>>();
const NONE: readonly TermMatch[] = Object.freeze([]);

/**
 * Adds a detector's word lists to the shared automaton and returns a
 * matcher that reports only their matches. Call it once per lexicon, when
 * the detector's module loads; `lists` runs when the automaton is first
 * needed, so defining costs nothing.
 *
 * @param name - the lexicon's name, unique among the built-in detectors
 * @param lists - the lexicon's term lists, with ids unique within it
 */
export function defineLexicon(name: string, lists: () => readonly TermListInput[]): TermMatcher {
  if (lexicons.some((lexicon) => lexicon.name === name)) throw new Error(`The lexicon \`${name}\` is defined twice`);
  lexicons.push({ name, lists });
  combined = undefined;
  return {
    // Consumers only read the matches; the array is shared by every reader of the same text.
    scan: (normalised) => (matchesByLexicon(normalised).get(name) ?? NONE) as TermMatch[],
  };
}

function matchesByLexicon(normalised: NormalisedText): Map<string, TermMatch[]> {
  let byLexicon = scans.get(normalised);
  if (byLexicon !== undefined) return byLexicon;
  byLexicon = new Map();
  for (const match of sharedMatcher().scan(normalised)) {
    const cut = match.list.indexOf(SEPARATOR);
    const name = match.list.slice(0, cut);
    match.list = match.list.slice(cut + 1);
    let matches = byLexicon.get(name);
    if (matches === undefined) byLexicon.set(name, (matches = []));
    matches.push(match);
  }
  scans.set(normalised, byLexicon);
  return byLexicon;
}

function sharedMatcher(): TermMatcher {
  if (combined !== undefined) return combined;
  const lists: TermListInput[] = [];
  for (const lexicon of lexicons) {
    for (const list of lexicon.lists()) lists.push({ ...list, id: `${lexicon.name}${SEPARATOR}${list.id}` });
  }
  combined = compileTermMatcher(lists);
  return combined;
}
