/**
 * Character tests shared by the detectors. They read the ORIGINAL text in
 * place: a sticky Unicode regular expression is positioned with `lastIndex`
 * instead of slicing out each character, so that scanning allocates nothing
 * per character.
 *
 * @module
 */

const LETTER = /\p{L}/uy;
const WORD = /[\p{L}\p{N}\p{M}]/uy;

/** The number of UTF-16 code units of the code point at `index` (1 or 2). */
export function codePointLength(text: string, index: number): number {
  const c = text.charCodeAt(index);
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}

/** True for ASCII `0-9`, `A-Z`, `a-z`. */
export function isAsciiAlphanumeric(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** True for ASCII `A-Z`, `a-z`. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The length of the letter, digit or combining mark at `index`, or 0 when
 * the character there is none of those.
 */
export function wordCharLength(text: string, index: number): number {
  const c = text.charCodeAt(index);
  if (c < 128) return isAsciiAlphanumeric(c) ? 1 : 0;
  WORD.lastIndex = index;
  return WORD.test(text) ? codePointLength(text, index) : 0;
}

/** True when the code point at `index` is a letter (any script). */
export function isLetterAt(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  if (c < 128) return isAsciiLetter(c);
  LETTER.lastIndex = index;
  return LETTER.test(text);
}

/**
 * The start of the code point that ends just before `index`, so that a
 * detector can look at the character before a match even when it is a
 * surrogate pair.
 */
export function previousCodePointStart(text: string, index: number): number {
  if (index <= 0) return -1;
  const c = text.charCodeAt(index - 1);
  if (c >= 0xdc00 && c <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return index - 2;
  }
  return index - 1;
}

/** True when the character before `index` is a letter, digit, mark or `_`: the place is inside a word. */
export function followsWordChar(text: string, index: number): boolean {
  const previous = previousCodePointStart(text, index);
  if (previous < 0) return false;
  return text.charCodeAt(previous) === 95 /* _ */ || wordCharLength(text, previous) > 0;
}

/** Lower-cases a word for comparison the same way on every runtime (no locale). */
export function foldWord(word: string): string {
  return word.normalize('NFKC').toLowerCase();
}
