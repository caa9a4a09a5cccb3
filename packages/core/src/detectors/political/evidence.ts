/**
 * How the political detectors add up evidence: topic mentions and stance
 * cues, each a probability-like amount, combine as independent signs do
 * (`1 - Π(1 - x)`) within a window of words, through prefix sums so that
 * every hit's window costs O(1) and the whole text stays linear.
 */
import { pooledFloat64 } from '../../text/typed-pool.js';
import type { WordTable } from '../offensive/word-table.js';
import type { TopicEntry } from './lexicon.js';

/** How far, in words, topic mentions and stance cues reach each other. A tweet fits inside; a long page does not. */
export const WINDOW_WORDS = 30;

/** Cue strengths are capped below 1 so that the logarithms that add them up stay finite. */
export const MAX_STRENGTH = 0.95;

/** A topic mention as read from the text, before overlapping ones are merged. */
export interface RawHit {
  start: number;
  end: number;
  firstWord: number;
  lastWord: number;
  entry: TopicEntry;
  clarity: number;
}

/** A stance cue as read from the text, before overlapping ones are merged. */
export interface RawCue {
  start: number;
  end: number;
  word: number;
  strength: number;
  /** Cues of one family count once within a window: the word itself unless its group names a family. */
  family: string;
  /** Tone bits of the cue (`TONE_COURTESY`, `TONE_PRAISE`, `TONE_BACKING`), absent for none. */
  tone?: number;
}

/** A cue ready to be added up: where it is, how strong, and its family. */
export interface CueItem {
  word: number;
  amount: number;
  family: string;
  /** Tone bits of the cue, absent for none. */
  tone?: number;
}

/** Index of the word that contains original offset `at` (the last word starting at or before it). */
export function wordAtOffset(words: WordTable, at: number): number {
  let lo = 0;
  let hi = words.count - 1;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (words.oStart[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Below this clarity a mention is faint: it backs up other mentions only half as much. */
export const FAINT = 0.5;

/** The clarity whose evidence is half that of `c`, in the log space where evidence adds up. */
export function halfAmount(c: number): number {
  return 1 - Math.sqrt(1 - Math.min(MAX_STRENGTH, c));
}

/**
 * Keeps one cue per family within a window: a second `we` or `!` a few words
 * after the first says nothing new, while one a page later does. The
 * strongest cue of a family at a word wins.
 */
export function onePerFamily(items: CueItem[]): CueItem[] {
  items.sort((a, b) => a.word - b.word || b.amount - a.amount);
  const last = new Map<string, number>();
  const out: CueItem[] = [];
  for (const it of items) {
    const seen = last.get(it.family);
    if (seen !== undefined && it.word - seen <= WINDOW_WORDS) continue;
    last.set(it.family, it.word);
    out.push(it);
  }
  return out;
}

/** Turns per-word amounts into prefix sums of `-ln(1 - x)`, so that a window's amounts add up in O(1). */
export function prefixEvidence(count: number, items: readonly { word: number; amount: number }[]): Float64Array {
  const per = pooledFloat64(count + 1);
  for (const it of items) per[it.word + 1]! += -Math.log(1 - Math.min(MAX_STRENGTH, it.amount));
  for (let w = 1; w <= count; w++) per[w]! += per[w - 1]!;
  return per;
}

