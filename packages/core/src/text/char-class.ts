/**
 * Classes of the folded units the normaliser works on. Plain numbers so they
 * fit a `Uint8Array` and compare without allocation.
 */

/** A non-word character: whitespace, punctuation, symbols, emoji. */
export const SEP = 0;
/** A letter (any script) or a non-ASCII number: a word character. */
export const LETTER = 1;
/** An ASCII digit. */
export const DIGIT = 2;
/** One of `@ $ ! | +`: a letter inside a word written in leetspeak, a separator elsewhere. */
export const LEET_SYMBOL = 3;
/** Removed without trace: zero-width, bidi and other format controls, invisible fillers. */
export const DROP = 4;
/** A combining mark: removed, but its span is added to the character before it. */
export const MARK = 5;
