/**
 * Finding a value that follows a cue ("passport number: 123456789", "DOB
 * 01/02/1990"). The cue list is searched once over the whole text; at each
 * hit, sticky patterns with bounded repetition are tried at one position
 * only, so each hit costs a constant amount of work.
 */
import { escapeRegExp, groupedAlternation } from './alternation.js';
import { nextMatch } from './leading-lookbehind.js';
import { anchorStarts, mayMatch, phraseReach, reachOf, registerAnchors } from './word-anchors.js';

/** Where a cue phrase was found. */
export interface CueHit {
  start: number;
  end: number;
}

/**
 * Compiles phrases into a global, case-insensitive pattern matching whole
 * words. In a phrase, a space matches one to three spaces, and `'` matches
 * the straight or curly apostrophe (or none).
 */
export function phrasePattern(phrases: readonly string[]): RegExp {
  const ordered = [...phrases].sort((a, b) => b.length - a.length);
  const alternatives = groupedAlternation(ordered, (p) => escapeRegExp(p).replace(/ +/g, '[\\s\\-]{1,3}').replace(/'/g, "['’]?"));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'giu');
  let reach = 0;
  for (const p of phrases) reach = Math.max(reach, phraseReach(p) ?? Infinity);
  registerAnchors(pattern, phrases, true, Number.isFinite(reach) ? reach : undefined);
  return pattern;
}

/** The sticky twin of each pattern searched near its anchors. */
const stickyOf = new WeakMap<RegExp, RegExp>();

/**
 * The hits of a pattern with anchors and a reach, as a search of the whole
 * text finds them, trying the pattern only at the positions from `reach`
 * characters before each anchor word to the anchor, in order, never twice,
 * resuming after each hit as the search does. A position it skips starts no
 * match: every match holds an anchor no more than `reach` characters on.
 */
function hitsNearAnchors(text: string, pattern: RegExp, reach: number): CueHit[] {
  let sticky = stickyOf.get(pattern);
  if (sticky === undefined) {
    sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
    stickyOf.set(pattern, sticky);
  }
  return stickyHitsNearAnchors(text, pattern, sticky, (anchor) => anchor - reach);
}

/**
 * The hits of `sticky` tried at the positions from `from(anchor)` to each
 * anchor word of `anchored` (see `word-anchors.ts`), in order, never twice,
 * resuming after each hit as a search of the whole text does.
 *
 * @param from - the first position a match holding the anchor at `anchor` can start at
 */
export function stickyHitsNearAnchors(text: string, anchored: RegExp, sticky: RegExp, from: (anchor: number) => number): CueHit[] {
  const hits: CueHit[] = [];
  let next = 0;
  for (const anchor of anchorStarts(anchored, text)) {
    if (anchor < next) continue;
    let p = Math.max(next, from(anchor));
    while (p <= anchor) {
      sticky.lastIndex = p;
      const m = sticky.exec(text);
      if (m === null) {
        p++;
        continue;
      }
      hits.push({ start: p, end: p + m[0].length });
      p += Math.max(1, m[0].length);
    }
    next = p;
  }
  return hits;
}

/**
 * Every occurrence of a global pattern, left to right, without overlaps. A
 * pattern with anchors (see `word-anchors.ts`) is run only when one of them
 * is a word of the text.
 */
export function findAllHits(text: string, pattern: RegExp): CueHit[] {
  const hits: CueHit[] = [];
  if (!mayMatch(pattern, text)) return hits;
  const reach = reachOf(pattern);
  if (reach !== undefined) return hitsNearAnchors(text, pattern, reach);
  pattern.lastIndex = 0;
  for (let m = nextMatch(pattern, text); m; m = nextMatch(pattern, text)) {
    hits.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return hits;
}

/** Tries a sticky pattern at exactly `pos`. */
export function matchAt(text: string, pos: number, sticky: RegExp): RegExpExecArray | null {
  sticky.lastIndex = pos;
  return sticky.exec(text);
}

/**
 * The words that usually sit between an identifier's name and its value:
 * "number", "no.", "#", "is", ":", "=", "of". Bounded so it costs O(1).
 */
export const CONNECTOR = /(?:\s{0,3}(?:numbers?|nos?|num|nr|ids?|code|details)(?![A-Za-z])\.?)?(?:\s{0,3}(?:(?:is|was|are|reads|as|of)(?![A-Za-z])|[=:\-–])){0,2}\s{0,3}#?\s{0,2}/iy;

/** The end of the connector that starts at `pos`. */
export function skipConnector(text: string, pos: number): number {
  const m = matchAt(text, pos, CONNECTOR);
  return m ? pos + m[0].length : pos;
}
