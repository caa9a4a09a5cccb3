/**
 * How surely a topic word is political, judged from how it is written: case
 * separates `Labour` from `labour ward` and `Trump` from `trump card`, and a
 * capitalised word after another reads as part of a name (`Eric Church`).
 */
import type { TermMatch } from '../../text/term-matcher.js';
import { WORD_BREAK_BEFORE, WORD_CAPITALISED, WORD_UPPER, type WordTable } from '../offensive/word-table.js';
import type { TopicEntry } from './lexicon.js';

/** Word flag: the word is part of a topic match. */
export const F_TOPIC = 1;
/** Word flag: the word is part of a stance cue. */
export const F_CUE = 2;
/** Word flag: the word is a title (`Mr`, `President`) that may stand before a name. */
export const F_HONORIFIC = 4;

/** Clarity of a cased word written in lower case in a text that does use capitals: `labour`, `trump`. */
export const LOWER_CASE_FACTOR = 0.35;
/** Clarity of a cased word in a text written all in lower case, where case says little. */
const UNCASED_TEXT_FACTOR = 0.65;
/** Clarity of a capitalised cased word at the start of a sentence, where any word is capitalised. */
const SENTENCE_START_FACTOR = 0.8;
/** Clarity of a capitalised cased word following another capitalised word, as part of a name: `Eric Church`. */
const NAME_PART_FACTOR = 0.35;

/** Whether the character at `i` is a capital letter; ASCII is decided without allocating. */
export function isUpper(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = text[i]!;
  return ch !== ch.toLowerCase();
}

/** Whether any word after the first of a sentence is capitalised: if none is, the writer does not use capitals. */
export function usesCapitals(words: WordTable): boolean {
  for (let w = 0; w < words.count; w++) {
    const f = words.flags[w]!;
    if ((f & (WORD_CAPITALISED | WORD_UPPER)) !== 0 && (f & WORD_BREAK_BEFORE) === 0) return true;
  }
  return false;
}

/**
 * Whether the word before `w` is a capitalised word that reads as part of a
 * name with it (`Eric Church`, `Doug Ferguson`): capitalised but not
 * shouted, longer than a short function word (`The`, `On`), and not itself a
 * topic, a cue or a title (`Vote Labour`, `Mr Trump`).
 */
function afterName(words: WordTable, flags: Uint8Array, w: number): boolean {
  if ((words.flags[w]! & WORD_BREAK_BEFORE) !== 0) return false;
  const prev = w - 1;
  const prevFlags = words.flags[prev]!;
  return (
    (prevFlags & WORD_CAPITALISED) !== 0 &&
    (prevFlags & WORD_UPPER) === 0 &&
    (flags[prev]! & (F_TOPIC | F_CUE | F_HONORIFIC)) === 0 &&
    words.nEnd[prev]! - words.nStart[prev]! > 3
  );
}

/**
 * The clarity of a topic word from how it is written. A cased word
 * (`labour`, `trump`) counts fully only when capitalised and not at the
 * start of a sentence; any capitalised single word loses most of its
 * clarity when it follows a capitalised word as part of a name.
 */
export function writtenClarity(
  entry: TopicEntry, m: TermMatch, words: WordTable, flags: Uint8Array, capitalsUsed: boolean,
): number {
  const f = words.flags[m.firstWord]!;
  const capital = (f & (WORD_CAPITALISED | WORD_UPPER)) !== 0;
  const single = m.firstWord === m.lastWord;
  if (!entry.cased) {
    const named = entry.kind === 'politician' || entry.kind === 'party' || entry.kind === 'campaign';
    return single && !named && capital && (f & WORD_UPPER) === 0 && afterName(words, flags, m.firstWord)
      ? entry.clarity * NAME_PART_FACTOR
      : entry.clarity;
  }
  if (!capital) return entry.clarity * (capitalsUsed ? LOWER_CASE_FACTOR : UNCASED_TEXT_FACTOR);
  if ((f & WORD_BREAK_BEFORE) !== 0) return entry.clarity * SENTENCE_START_FACTOR;
  return single && afterName(words, flags, m.firstWord) ? entry.clarity * NAME_PART_FACTOR : entry.clarity;
}

