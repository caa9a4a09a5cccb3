/** Character-class tests on UTF-16 code units, without allocating. */

const LETTER_OR_NUMBER = /[\p{L}\p{N}\p{M}]/uy;
const LETTER = /[\p{L}\p{M}]/uy;
const UPPER = /\p{Lu}/uy;

/** True for the ASCII digits 0–9. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** True for ASCII A–Z and a–z. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** True for ASCII A–Z. */
export function isAsciiUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** True for ASCII letters and digits. */
export function isAsciiAlnum(code: number): boolean {
  return isDigit(code) || isAsciiLetter(code);
}

/** True when the character at `i` is a letter, a mark or a number in any script (false outside the text). */
export function isWordCharAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return isAsciiAlnum(code);
  LETTER_OR_NUMBER.lastIndex = i;
  return LETTER_OR_NUMBER.test(text);
}

/** True when the character at `i` is a letter or mark in any script. */
export function isLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return isAsciiLetter(code);
  LETTER.lastIndex = i;
  return LETTER.test(text);
}

/** True when the character at `i` is an upper-case letter in any script. */
export function isUpperAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return isAsciiUpper(code);
  UPPER.lastIndex = i;
  return UPPER.test(text);
}

/** True when the character at `i` is an ASCII digit (false outside the text). */
export function isDigitAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isDigit(text.charCodeAt(i));
}
