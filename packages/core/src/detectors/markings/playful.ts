/**
 * Signs that a marking-like word is a joke: words of home and fun
 * (`Christmas`, `mum`, `lol`) or an emoji near it. Both look only at a
 * bounded window of words around the marking, so each marking costs a
 * constant amount whatever the length of the text.
 */
import type { WordTable } from '../offensive/word-table.js';

/** How many words before and after a marking are read for signs of a joke. */
const BEFORE = 5;
const AFTER = 15;

function windowOf(words: WordTable, first: number, last: number): [number, number] {
  return [Math.max(0, first - BEFORE), Math.min(words.count - 1, last + AFTER)];
}

/** How many words flagged `flag` lie in the window around words `first`..`last`. */
export function jokeWordsNear(words: WordTable, flags: Uint16Array, flag: number, first: number, last: number): number {
  const [a, b] = windowOf(words, first, last);
  let n = 0;
  for (let w = a; w <= b; w++) if (flags[w]! & flag) n++;
  return n;
}

/** Whether the code point starting at `i` is an emoji or a pictograph (`😂`, `🎄`, `❤`). */
function isEmojiAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0x2600 && c <= 0x27bf) return true;
  if (c < 0xd800 || c > 0xdbff) return false;
  const cp = text.codePointAt(i)!;
  return cp >= 0x1f300 && cp <= 0x1faff;
}

/** Whether an emoji stands in the original text around words `first`..`last`. */
export function hasEmoji(text: string, words: WordTable, first: number, last: number): boolean {
  if (words.count === 0) return false;
  const [a, b] = windowOf(words, first, last);
  // From the end of the word before the window to the start of the word after it: emoji fall between words.
  const from = a === 0 ? 0 : words.oEnd[a - 1]!;
  const to = b + 1 >= words.count ? text.length : words.oStart[b + 1]!;
  for (let i = from; i < to; i++) if (isEmojiAt(text, i)) return true;
  return false;
}
