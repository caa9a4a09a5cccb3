import { LEXICON_BY_TEXT } from './lexicon.js';
import type { OffensiveTerm } from './terms/types.js';

/**
 * Swear words people write with letters hidden (`f***`, `sh*t`, `a**hole`),
 * most often hidden first. The normaliser turns `*` into a word break, so
 * these are found by a separate look at the original text: a word made of
 * letters and hiding marks matches a listed word of the same length whose
 * letters agree wherever a letter is shown.
 */
const MASKABLE: readonly string[] = [
  'fuck', 'fucking', 'fucker', 'fucked', 'fuckin', 'fucks', 'shit', 'shitty', 'shits', 'bullshit', 'bitch',
  'bitches', 'cunt', 'cunts', 'asshole', 'assholes', 'arsehole', 'ass', 'arse', 'damn', 'hell', 'crap',
  'dick', 'dickhead', 'cock', 'pussy', 'bastard', 'bastards', 'piss', 'pissed', 'whore', 'slut', 'twat',
  'wanker', 'bollocks', 'motherfucker', 'motherfucking', 'nigger', 'niggers', 'nigga', 'niggas', 'faggot',
  'faggots', 'fag', 'retard', 'retarded', 'prick', 'tits', 'cocksucker', 'goddamn', 'dumbass', 'jackass',
];

/** Characters that hide a letter. */
function isMask(c: number): boolean {
  // * # % ^ - _ (not &, which starts HTML entities such as &#8230;)
  return c === 42 || c === 35 || c === 37 || c === 94 || c === 45 || c === 95;
}

/** Hiding marks that are never a hyphen or underscore between two words. */
function isStrongMask(c: number): boolean {
  return c === 42 || c === 35 || c === 37 || c === 94;
}

/** Lower-case letter for an ASCII letter or a leet stand-in, else 0. */
function letterOf(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 97 && c <= 122) return c;
  switch (c) {
    case 36: // $
    case 53: // 5
      return 115;
    case 64: // @
    case 52: // 4
      return 97;
    case 33: // !
    case 49: // 1
      return 105;
    case 48: // 0
      return 111;
    case 51: // 3
      return 101;
    default:
      return 0;
  }
}

interface Candidate {
  word: string;
  entry: OffensiveTerm;
}

let byFirstLetter: Candidate[][] | undefined;

function candidates(): Candidate[][] {
  if (byFirstLetter !== undefined) return byFirstLetter;
  const table: Candidate[][] = Array.from({ length: 26 }, () => []);
  for (const word of MASKABLE) {
    const entry = LEXICON_BY_TEXT.get(word) ?? lexiconEntryFor(word);
    if (entry !== undefined) table[word.charCodeAt(0) - 97]!.push({ word, entry });
  }
  byFirstLetter = table;
  return table;
}

/** The lexicon entry a derived form belongs to (`fucking` → `fuck`). */
function lexiconEntryFor(word: string): OffensiveTerm | undefined {
  for (let cut = word.length - 1; cut >= 3; cut--) {
    const entry = LEXICON_BY_TEXT.get(word.slice(0, cut));
    if (entry !== undefined) return entry;
  }
  return undefined;
}

/** A masked swear word found in the original text. */
export interface MaskedHit {
  start: number;
  end: number;
  /** The word it stands for. */
  word: string;
  entry: OffensiveTerm;
  /** How many letters are shown; one shown letter leaves the word uncertain. */
  shown: number;
}

const MAX_TOKEN = 20;

/** Any character {@link isMask} accepts. */
const ANY_MASK = /[*#%^_-]/;

/**
 * Finds masked swear words in `text`. Each character is looked at a bounded
 * number of times (tokens longer than 20 characters are skipped, and only
 * the few listed words sharing a token's first letter are compared), so the
 * cost is linear in the length of the text.
 */
export function findMaskedWords(text: string): MaskedHit[] {
  // A masked word has a hiding mark, and most texts have none: one native search instead of a walk over every word.
  if (!ANY_MASK.test(text)) return [];
  const hits: MaskedHit[] = [];
  const table = candidates();
  const len = text.length;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (letterOf(c) === 0 && !isMask(c)) {
      i++;
      continue;
    }
    let a = i;
    while (i < len) {
      const d = text.charCodeAt(i);
      if (letterOf(d) === 0 && !isMask(d)) break;
      i++;
    }
    let b = i;
    // A leading # or @ makes a hashtag or a mention; a trailing ! ends a sentence.
    while (a < b && (text.charCodeAt(a) === 35 || text.charCodeAt(a) === 64)) a++;
    while (b - a > 1 && text.charCodeAt(b - 1) === 33) b--;
    if (b - a > MAX_TOKEN) continue;
    const whole = matchToken(text, a, b, table);
    if (whole !== undefined) {
      hits.push(whole);
      continue;
    }
    // `f***-off`: try each part between hyphens and underscores on its own.
    let p = a;
    for (let q = a; q <= b; q++) {
      const d = q < b ? text.charCodeAt(q) : 45;
      if (d !== 45 && d !== 95) continue;
      if (p > a || q < b) {
        const part = matchToken(text, p, q, table);
        if (part !== undefined) hits.push(part);
      }
      p = q + 1;
    }
  }
  return hits;
}

function matchToken(text: string, a: number, b: number, table: Candidate[][]): MaskedHit | undefined {
  if (b - a < 3) return undefined;
  const first = letterOf(text.charCodeAt(a));
  if (first < 97) return undefined;
  let masks = 0;
  let strong = 0;
  let shown = 0;
  let plainLetters = 0;
  for (let q = a; q < b; q++) {
    const c = text.charCodeAt(q);
    if (isMask(c)) {
      masks++;
      if (isStrongMask(c)) strong++;
    } else {
      shown++;
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) plainLetters++;
    }
  }
  if (masks === 0 || plainLetters === 0) return undefined;
  // A hyphen or underscore alone hides a letter only when two or more letters show (`sh-t`, not `e-mail`).
  if (strong === 0 && shown < 3) return undefined;
  const n = b - a;
  for (const candidate of table[first - 97]!) {
    const word = candidate.word;
    if (word.length !== n) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const c = text.charCodeAt(a + k);
      if (isMask(c)) continue;
      ok = letterOf(c) === word.charCodeAt(k);
    }
    if (ok) return { start: a, end: b, word, entry: candidate.entry, shown };
  }
  return undefined;
}
