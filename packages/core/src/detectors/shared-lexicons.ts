import { TextMemo } from '../text/text-memo.js';
import { compileTermMatcher } from '../text/compile-term-matcher.js';
import type { NormalisedText } from '../text/normalised-text.js';
import type { TermListInput, TermMatch, TermMatcher } from '../text/term-matcher.js';

/**
 * Shared automata for the word lists of the built-in detectors. Each
 * detector defines its lists as a lexicon; the lexicons of a group are
 * compiled into one matcher on first use, and a field is scanned once for
 * all of them (before, each detector walked the text with its own automaton:
 * six passes over every field). Most lexicons are in the main group, which
 * every check scans. Lists a detector reads only once something else has
 * been found (the words around an insult, the context of a marking) go in a
 * group of their own, scanned only when asked: they match common words, and
 * reporting those matches on every text cost more than the scan.
 *
 * A lexicon's matches are exactly what its own matcher would give, in the
 * same order: a matcher reports every match of every list, sorted by start,
 * then list id, then term, and each lexicon's list ids share a prefix, so
 * taking one lexicon's matches keeps their order.
 */

interface Lexicon {
  name: string;
  lists: () => readonly TermListInput[];
}

/** Where each list id of a group's matcher came from: a lookup per match, where cutting the id apart cost as much as the scan. */
interface Route {
  lexicon: string;
  list: string;
}

interface Group {
  lexicons: Lexicon[];
  compiled: { matcher: TermMatcher; routes: Map<string, Route> } | undefined;
  scans: TextMemo<Map<string, TermMatch[]>>;
}

/** Between a lexicon's name and its own list id; no list id contains it. */
const SEPARATOR = '\u0001';

const groups = new Map<string, Group>();
const names = new Set<string>();
const NONE: readonly TermMatch[] = Object.freeze([]);

/** Options of {@link defineLexicon}. */
export interface LexiconOptions {
  /** The automaton the lexicon is compiled into (default `main`, the one every check scans). */
  group?: string;
}

/**
 * Adds a detector's word lists to a shared automaton and returns a matcher
 * that reports only their matches. Call it once per lexicon, when the
 * detector's module loads; `lists` runs when the automaton is first needed,
 * so defining costs nothing.
 *
 * @param name - the lexicon's name, unique among the built-in detectors
 * @param lists - the lexicon's term lists, with ids unique within it
 */
export function defineLexicon(name: string, lists: () => readonly TermListInput[], options: LexiconOptions = {}): TermMatcher {
  if (names.has(name)) throw new Error(`The lexicon \`${name}\` is defined twice`);
  names.add(name);
  const key = options.group ?? 'main';
  let group = groups.get(key);
  if (group === undefined) groups.set(key, (group = { lexicons: [], compiled: undefined, scans: new TextMemo() }));
  group.lexicons.push({ name, lists });
  group.compiled = undefined;
  const of = group;
  return {
    // Consumers only read the matches; the array is shared by every reader of the same text.
    scan: (normalised) => (matchesByLexicon(of, normalised).get(name) ?? NONE) as TermMatch[],
  };
}

function matchesByLexicon(group: Group, normalised: NormalisedText): Map<string, TermMatch[]> {
  let byLexicon = group.scans.get(normalised);
  if (byLexicon !== undefined) return byLexicon;
  byLexicon = new Map();
  const { matcher, routes } = compiled(group);
  for (const match of matcher.scan(normalised)) {
    const route = routes.get(match.list)!;
    match.list = route.list;
    let matches = byLexicon.get(route.lexicon);
    if (matches === undefined) byLexicon.set(route.lexicon, (matches = []));
    matches.push(match);
  }
  group.scans.set(normalised, byLexicon);
  return byLexicon;
}

function compiled(group: Group): { matcher: TermMatcher; routes: Map<string, Route> } {
  if (group.compiled !== undefined) return group.compiled;
  const lists: TermListInput[] = [];
  const routes = new Map<string, Route>();
  for (const lexicon of group.lexicons) {
    for (const list of lexicon.lists()) {
      const id = `${lexicon.name}${SEPARATOR}${list.id}`;
      routes.set(id, { lexicon: lexicon.name, list: list.id });
      lists.push({ ...list, id });
    }
  }
  group.compiled = { matcher: compileTermMatcher(lists), routes };
  return group.compiled;
}
