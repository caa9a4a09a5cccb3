import { TextMemo } from '../text/text-memo.js';
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
let combined: { matcher: TermMatcher; routes: Map<string, Route> } | undefined;
const scans = new TextMemo<Map<string, TermMatch[]>>();
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
  const { matcher, routes } = shared();
  for (const match of matcher.scan(normalised)) {
    const route = routes.get(match.list)!;
    match.list = route.list;
    let matches = byLexicon.get(route.lexicon);
    if (matches === undefined) byLexicon.set(route.lexicon, (matches = []));
    matches.push(match);
  }
  scans.set(normalised, byLexicon);
  return byLexicon;
}

/** Where each list id of the shared matcher came from: a lookup per match, where cutting the id apart cost as much as the scan. */
interface Route {
  lexicon: string;
  list: string;
}

function shared(): { matcher: TermMatcher; routes: Map<string, Route> } {
  if (combined !== undefined) return combined;
  const lists: TermListInput[] = [];
  const routes = new Map<string, Route>();
  for (const lexicon of lexicons) {
    for (const list of lexicon.lists()) {
      const id = `${lexicon.name}${SEPARATOR}${list.id}`;
      routes.set(id, { lexicon: lexicon.name, list: list.id });
      lists.push({ ...list, id });
    }
  }
  combined = { matcher: compileTermMatcher(lists), routes };
  return combined;
}
