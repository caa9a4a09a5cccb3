/**
 * The typographic signs of a writer's voice, read from the original text in
 * one pass: `!`, `?`, scare quotes, emoji and emoticons, shouted words.
 */
import { WORD_UPPER, type WordTable } from '../offensive/word-table.js';
import { type CueItem, wordAtOffset } from './evidence.js';
import { F_TOPIC } from './written-clarity.js';

/** Stance shown by an exclamation mark, a question mark, a shouted word, scare quotes and an emoji or emoticon. */
const EXCLAIM_CUE = 0.3;
const QUESTION_CUE = 0.25;
const SHOUTED_CUE = 0.3;
const SCARE_QUOTE_CUE = 0.3;
const EMOJI_CUE = 0.2;
/** Scare quotes wrap one to three words: `"equality"`, `'child'`. Longer quotes are quotations. */
const MAX_SCARE_QUOTED = 30;

function isQuote(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 39;
}

function isEmoji(text: string, i: number): boolean {
  const c = text.codePointAt(i)!;
  return (c >= 0x1f300 && c <= 0x1faff) || (c >= 0x2600 && c <= 0x27bf);
}

/** An emoticon at `i`: `:)`, `:(`, `:-(`, `;)`, `:D`, `<3`. */
function isEmoticon(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 60) return text.charCodeAt(i + 1) === 51;
  if (c !== 58 && c !== 59) return false;
  let k = i + 1;
  if (text.charCodeAt(k) === 45) k++;
  const d = text.charCodeAt(k);
  const face = d === 41 || d === 40 || d === 68 || d === 80 || d === 47;
  const next = k + 1 >= text.length ? 32 : text.charCodeAt(k + 1);
  return face && (next === 32 || next === 10);
}

/**
 * Adds the typographic signs of a writer's voice to the cues: `!` and `?`
 * (a run counts once), scare quotes around a word or two (`"equality"`),
 * emoji and emoticons, and words of four or more letters in capitals that
 * are not topics (`Abortion KILLS`).
 */
export function addTypography(text: string, words: WordTable, flags: Uint8Array, cues: CueItem[]): void {
  let last = -2;
  // An opening quote after a space or at the start; its closing partner must come within a few words.
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isQuote(c)) {
      const before = i === 0 ? 32 : text.charCodeAt(i - 1);
      if (open >= 0 && i - open > 1 && i - open <= MAX_SCARE_QUOTED && text.charCodeAt(i - 1) !== 32) {
        cues.push({ word: wordAtOffset(words, open + 1), amount: SCARE_QUOTE_CUE, family: 'quotes' });
        open = -1;
      } else if (before === 32 || before === 10 || before === 40 || i === 0) open = i;
      continue;
    }
    if (open >= 0 && i - open > MAX_SCARE_QUOTED) open = -1;
    if (c >= 0xd800 && c <= 0xdbff ? isEmoji(text, i) : (c >= 0x2600 && c <= 0x27bf) || isEmoticon(text, i)) {
      cues.push({ word: wordAtOffset(words, i), amount: EMOJI_CUE, family: 'emoji' });
      continue;
    }
    if (c !== 33 && c !== 63) continue;
    const run = i === last + 1;
    last = i;
    if (run) continue;
    const bang = c === 33;
    cues.push({ word: wordAtOffset(words, i), amount: bang ? EXCLAIM_CUE : QUESTION_CUE, family: bang ? '!' : '?' });
  }
  for (let w = 0; w < words.count; w++) {
    const shouted = (words.flags[w]! & WORD_UPPER) !== 0 && (flags[w]! & F_TOPIC) === 0;
    if (shouted && words.nEnd[w]! - words.nStart[w]! >= 4) {
      cues.push({ word: w, amount: SHOUTED_CUE, family: 'shouting' });
    }
  }
}

