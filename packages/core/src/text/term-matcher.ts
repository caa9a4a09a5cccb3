import type { NormalisedText } from './normalised-text.js';

/** One term list as the matcher takes it. */
export interface TermListInput {
  id: string;
  /** When true, simple English inflections (-s, -es, -ed, -ing, y→ies) of each word are matched too. */
  inflect: boolean;
  terms: { text: string; prefix: boolean }[];
}

/** A term found in a text. */
export interface TermMatch {
  /** The term list id. */
  list: string;
  /** The term as written in the pack. */
  term: string;
  /** Offsets in the ORIGINAL text, end exclusive. */
  start: number;
  end: number;
  /** The normalised text that matched. */
  normalised: string;
  /** Index of the first and last word of the match among the words of the text (0-based), for `near … within N words`. */
  firstWord: number;
  lastWord: number;
}

/**
 * Every term of every list compiled into one automaton. `scan` walks the
 * normalised text once, whatever the number of lists and terms, and returns
 * every match on word boundaries, sorted by start offset then list id.
 */
export interface TermMatcher {
  scan(text: NormalisedText): TermMatch[];
}
