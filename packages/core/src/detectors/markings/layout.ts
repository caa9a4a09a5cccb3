/**
 * How a span sits in the original text: alone on its line, in brackets,
 * shouted. A protective marking is laid out like a label (`[OFFICIAL]`, a
 * line of its own at the top of a message); the same word in a sentence is
 * usually just a word. Every scan here stops at the first character that is
 * not layout, so its cost is bounded by the gap to the neighbouring word.
 */

function isLayoutBefore(c: number): boolean {
  // space, tab, [ ( { * # > - _ | : and the en and em dashes
  return c === 32 || c === 9 || c === 91 || c === 40 || c === 123 || c === 42 || c === 35 || c === 62 ||
    c === 45 || c === 95 || c === 124 || c === 58 || c === 0x2013 || c === 0x2014;
}

function isLayoutAfter(c: number): boolean {
  // space, tab, ] ) } * - _ | : . and the dashes
  return c === 32 || c === 9 || c === 93 || c === 41 || c === 125 || c === 42 || c === 45 || c === 95 ||
    c === 124 || c === 58 || c === 46 || c === 0x2013 || c === 0x2014;
}

function isNewline(c: number): boolean {
  return c === 10 || c === 13;
}

/** Whether only layout characters stand between the start of the line and `start`. */
export function atLineStart(text: string, start: number): boolean {
  for (let q = start - 1; q >= 0; q--) {
    const c = text.charCodeAt(q);
    if (isNewline(c)) return true;
    if (!isLayoutBefore(c)) return false;
  }
  return true;
}

/** Whether only layout characters stand between `end` and the end of the line. */
export function atLineEnd(text: string, end: number): boolean {
  for (let q = end; q < text.length; q++) {
    const c = text.charCodeAt(q);
    if (isNewline(c)) return true;
    if (!isLayoutAfter(c)) return false;
  }
  return true;
}

/** Whether the span is wrapped in brackets: `[SECRET]`, `(Official Sensitive)`. */
export function inBrackets(text: string, start: number, end: number): boolean {
  let q = start - 1;
  while (q >= 0 && text.charCodeAt(q) === 32) q--;
  const open = q >= 0 ? text.charCodeAt(q) : 0;
  if (open !== 91 && open !== 40 && open !== 123) return false;
  let r = end;
  while (r < text.length && text.charCodeAt(r) === 32) r++;
  const close = r < text.length ? text.charCodeAt(r) : 0;
  return close === 93 || close === 41 || close === 125;
}

/** Whether a colon follows the span (`SECRET:`, `Embargo: 00:01`). */
export function colonAfter(text: string, end: number): boolean {
  let r = end;
  while (r < text.length && text.charCodeAt(r) === 32) r++;
  return r < text.length && text.charCodeAt(r) === 58;
}

/** How a span is written: all capitals, a capital first, or lower case. */
export type LetterCase = 'upper' | 'title' | 'lower';

/** The case of the letters of `text[start, end)`. */
export function letterCase(text: string, start: number, end: number): LetterCase {
  let upper = 0;
  let lower = 0;
  let first = 0;
  for (let q = start; q < end; q++) {
    const ch = text[q]!;
    const isUpper = ch !== ch.toLowerCase();
    const isLower = ch !== ch.toUpperCase();
    if (isUpper) upper++;
    if (isLower) lower++;
    if (first === 0 && (isUpper || isLower)) first = isUpper ? 1 : 2;
  }
  if (upper >= 2 && lower === 0) return 'upper';
  return first === 1 ? 'title' : 'lower';
}

/** Whether the span itself joins its words with a hyphen or underscore (`OFFICIAL-SENSITIVE`, `top_secret`). */
export function joinedByHyphen(text: string, start: number, end: number): boolean {
  for (let q = start; q < end; q++) {
    const c = text.charCodeAt(q);
    if (c === 45 || c === 95 || c === 0x2010 || c === 0x2011 || c === 0x2013) return true;
  }
  return false;
}
