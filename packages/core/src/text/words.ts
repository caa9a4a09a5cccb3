import type { NormalisedText } from './normalised-text.js';

/** Original start offset of each word of a normalised text, and the original end of each. */
interface WordSpans {
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
}

const spansCache = new WeakMap<NormalisedText, WordSpans>();

function wordSpans(text: NormalisedText): WordSpans {
  let spans = spansCache.get(text);
  if (spans !== undefined) return spans;
  const t = text.text;
  const first: number[] = [];
  const last: number[] = [];
  let inWord = false;
  for (let i = 0; i < t.length; i++) {
    const space = t.charCodeAt(i) === 32;
    if (!space && !inWord) first.push(text.starts[i]!);
    if (space && inWord) last.push(text.ends[i - 1]!);
    inWord = !space;
  }
  if (inWord) last.push(text.ends[t.length - 1]!);
  spans = { starts: Uint32Array.from(first), ends: Uint32Array.from(last) };
  spansCache.set(text, spans);
  return spans;
}

/**
 * The index (0-based, as in `TermMatch.firstWord`) of the word of `text`
 * that contains the original offset, or else of the first word after it;
 * the number of words when no word ends after the offset. Lets matches of
 * patterns and detectors, which have original offsets, be measured in words
 * against term matches (`near … within N words`).
 *
 * @param text - a normalised text
 * @param originalOffset - a UTF-16 offset into `text.original`
 */
export function wordIndexAt(text: NormalisedText, originalOffset: number): number {
  const { ends } = wordSpans(text);
  // First word whose original end lies after the offset.
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ends[mid]! <= originalOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
