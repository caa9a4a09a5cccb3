/**
 * A pre-filter for the cue patterns that are searched over a whole text
 * (`passport number`, `my salary is`, `door code`). Each pattern is given,
 * for every phrase it can match, one "anchor": a word of the phrase that any
 * match must contain as a whole ASCII word. One pass over a text hashes its
 * ASCII words and looks each up in a table of every anchor; a pattern none of
 * whose anchors occurs cannot match, and is not run. Most posts name no cue
 * at all, so most cue patterns are never run on them, and none runs on a text
 * without words (runs of zero-width joiners or combining marks).
 *
 * Why an anchor is a whole word of the text: the patterns match a phrase only
 * where no letter or digit stands before or after it, and join its words by
 * spaces, hyphens or dots. An anchor is chosen among the phrase's runs of
 * ASCII letters that have such a mandatory character (or the phrase's own
 * edge) on both sides, never an optional apostrophe; so wherever the phrase
 * matches, the text holds the anchor with no ASCII letter on either side.
 * Case-insensitive Unicode patterns also let `ſ` match `s` and the Kelvin
 * sign match `k` (no other character matches an ASCII letter), and the pass
 * reads them so. A hash collision only lets a pattern run: never a miss.
 */

/** Slots of the anchor table (a power of two, well above the number of anchors). */
const SLOTS = 1 << 12;
const keys = new Int32Array(SLOTS);
const masks = new Int32Array(SLOTS);
const used = new Uint8Array(SLOTS);
/** Longest anchor registered: longer words of a text need no lookup. */
let longest = 0;
/** Bit of each registered pattern. */
const bits = new Map<RegExp, number>();
let nextBit = 0;
/** Patterns that can be filtered: one bit each in a 32-bit mask. */
const MAX_PATTERNS = 31;

/** FNV-1a step over one lower-case ASCII letter code. */
function step(hash: number, code: number): number {
  return Math.imul(hash ^ code, 16777619);
}
const SEED = 0x811c9dc5 | 0;

function hashOf(word: string): number {
  let h = SEED;
  for (let i = 0; i < word.length; i++) h = step(h, word.charCodeAt(i));
  return h;
}

function slotOf(hash: number, insert: boolean): number {
  let s = hash & (SLOTS - 1);
  while (used[s] === 1 && keys[s] !== hash) s = (s + 1) & (SLOTS - 1);
  if (used[s] === 0 && !insert) return -1;
  return s;
}

/** Lower-case code of each ASCII letter, 0 for every other ASCII code. */
const ASCII_LETTER = new Uint8Array(128);
for (let c = 65; c <= 90; c++) ASCII_LETTER[c] = c + 32;
for (let c = 97; c <= 122; c++) ASCII_LETTER[c] = c;

/** The lower-case code of an ASCII letter (`ſ` and `K` count as `s` and `k`), or 0. */
function letterCode(c: number): number {
  if (c < 128) return ASCII_LETTER[c]!;
  if (c === 0x17f) return 115;
  if (c === 0x212a) return 107;
  return 0;
}

/** The anchor of a phrase and where it starts in the phrase; see {@link phraseAnchor}. */
function anchorIn(phrase: string, apostropheOptional: boolean): { word: string; at: number } | undefined {
  const low = phrase.toLowerCase();
  let best: { word: string; at: number } | undefined;
  let i = 0;
  while (i < low.length) {
    const c = low.charCodeAt(i);
    if (!(c >= 97 && c <= 122)) {
      i++;
      continue;
    }
    const start = i;
    while (i < low.length && low.charCodeAt(i) >= 97 && low.charCodeAt(i) <= 122) i++;
    const isApostrophe = (k: number) => k >= 0 && k < low.length && (low[k] === "'" || low[k] === '’');
    if (apostropheOptional && (isApostrophe(start - 1) || isApostrophe(i))) continue;
    if (best === undefined || i - start > best.word.length) best = { word: low.slice(start, i), at: start };
  }
  return best;
}

/**
 * The anchor of one phrase: its longest run of ASCII letters that a
 * mandatory non-letter (or the phrase's edge) bounds on both sides, in lower
 * case; undefined when there is none. With `apostropheOptional` (the
 * patterns made by `phrasePattern`), letters next to an apostrophe do not
 * count: `mothers` is also `mother's`.
 */
export function phraseAnchor(phrase: string, apostropheOptional = true): string | undefined {
  return anchorIn(phrase, apostropheOptional)?.word;
}

/**
 * How many characters of text a phrase may take before its anchor, written
 * as `phrasePattern` reads it: a run of spaces stands for up to three
 * characters, an apostrophe for one or none, any other character for one.
 * Undefined when the phrase has no anchor.
 */
export function phraseReach(phrase: string, apostropheOptional = true): number | undefined {
  const anchor = anchorIn(phrase, apostropheOptional);
  if (anchor === undefined) return undefined;
  const low = phrase.toLowerCase();
  let reach = 0;
  for (let i = 0; i < anchor.at; i++) {
    if (low[i] === ' ') {
      reach += 3;
      while (i + 1 < anchor.at && low[i + 1] === ' ') i++;
    } else reach += 1;
  }
  return reach;
}

/**
 * Registers the anchors of a pattern, one per phrase it can match. The
 * pattern must bound each phrase by whitespace, by its own punctuation, or
 * by a lookaround on Unicode letters (`\p{L}`), which `ſ` and `K` belong to:
 * a class of ASCII letters alone would let them stand next to an anchor and
 * lengthen the word this pass reads. When a phrase has no anchor, or too
 * many patterns are registered already, the pattern is left unregistered
 * and always runs. `reach`, when given, bounds how many characters before
 * its anchor word a match may start (see {@link phraseReach}): a search may
 * then try the pattern only near the anchors.
 */
export function registerAnchors(pattern: RegExp, phrases: readonly string[], apostropheOptional = true, reach?: number): void {
  const anchors: string[] = [];
  for (const p of phrases) {
    const a = phraseAnchor(p, apostropheOptional);
    if (a === undefined) return;
    anchors.push(a);
  }
  if (nextBit >= MAX_PATTERNS) return;
  const bit = 1 << nextBit++;
  for (const a of anchors) {
    const h = hashOf(a);
    const s = slotOf(h, true);
    used[s] = 1;
    keys[s] = h;
    masks[s] = masks[s]! | bit;
    if (a.length > longest) longest = a.length;
  }
  bits.set(pattern, bit);
  if (reach !== undefined) reaches.set(pattern, reach);
  registered.push({ pattern, phrases });
  lastText = undefined;
}

const registered: { pattern: RegExp; phrases: readonly string[] }[] = [];
/** For the patterns registered with one: how many characters before an anchor word a match may start. */
const reaches = new Map<RegExp, number>();

/** How many characters before one of its anchor words a match of `pattern` may start, when that is known. */
export function reachOf(pattern: RegExp): number | undefined {
  return reaches.get(pattern);
}

/**
 * The patterns filtered by their anchors, with the phrases they were given,
 * for the tests that hold the filter to the patterns.
 *
 * @internal
 */
export function anchoredPatterns(): readonly { pattern: RegExp; phrases: readonly string[] }[] {
  return registered;
}

/** The bits of the patterns with an anchor of this hash, or 0. */
function maskOf(hash: number): number {
  let s = hash & (SLOTS - 1);
  while (used[s] === 1) {
    if (keys[s] === hash) return masks[s]!;
    s = (s + 1) & (SLOTS - 1);
  }
  return 0;
}

let lastText: string | undefined;
let lastMask = 0;
/** Where the words of the last text that are anchors start, and the bits of their patterns. */
let hitStarts = new Int32Array(64);
let hitMasks = new Int32Array(64);
let hitCount = 0;

function recordHit(start: number, mask: number): void {
  if (hitCount === hitStarts.length) {
    const starts = new Int32Array(hitCount * 2);
    starts.set(hitStarts);
    hitStarts = starts;
    const masks2 = new Int32Array(hitCount * 2);
    masks2.set(hitMasks);
    hitMasks = masks2;
  }
  hitStarts[hitCount] = start;
  hitMasks[hitCount] = mask;
  hitCount++;
}

/** The bits of the registered patterns one of whose anchors is a word of `text`; records where each anchor stands. */
function anchorMask(text: string): number {
  if (text === lastText) return lastMask;
  let mask = 0;
  let h = SEED;
  let length = 0;
  hitCount = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? letterCode(text.charCodeAt(i)) : 0;
    if (code !== 0) {
      h = step(h, code);
      length++;
      continue;
    }
    if (length > 0 && length <= longest) {
      const s = slotOf(h, false);
      if (s !== -1) {
        mask |= masks[s]!;
        recordHit(i - length, masks[s]!);
      }
    }
    h = SEED;
    length = 0;
  }
  lastText = text;
  lastMask = mask;
  return mask;
}

/**
 * Where the anchors of `pattern` stand in `text`, as the start of each word,
 * in order (every word of the text that may be one of them). Empty for a
 * pattern that is not registered.
 */
export function anchorStarts(pattern: RegExp, text: string): number[] {
  const bit = bits.get(pattern);
  const out: number[] = [];
  if (bit === undefined || (anchorMask(text) & bit) === 0) return out;
  for (let k = 0; k < hitCount; k++) if ((hitMasks[k]! & bit) !== 0) out.push(hitStarts[k]!);
  return out;
}

/**
 * False only when `pattern` cannot match anywhere in `text`: it is
 * registered and none of its anchors is a word of the text. The words of the
 * last text asked about are remembered, so the detectors that share a text
 * read it once.
 */
export function mayMatch(pattern: RegExp, text: string): boolean {
  const bit = bits.get(pattern);
  if (bit === undefined) return true;
  return (anchorMask(text) & bit) !== 0;
}
