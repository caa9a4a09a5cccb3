/**
 * The typographic signs of a heated post, read from the original text:
 * shouting (several words in capitals) and runs of `!` and `?`. Each
 * function reads every character once.
 */

/** A stretch of the original text that shows heat. */
export interface HeatSignal {
  start: number;
  end: number;
  /** How strong the sign is on its own, 0 to 1. */
  strength: number;
  label: string;
}

const NONE = 0;
const UPPER = 1;
const LOWER = 2;

/**
 * The case of each UTF-16 unit beyond ASCII, worked out on first sight
 * (0: not yet, else the case plus one): deciding it costs two case mappings
 * and three strings, which on a text of combining marks was most of the time.
 */
const WIDE_CASE = new Uint8Array(0x10000);

/** Whether the character at `i` is an upper-case letter, a lower-case one, or no letter. */
function caseAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90 ? UPPER : c >= 97 && c <= 122 ? LOWER : NONE;
  const known = WIDE_CASE[c]!;
  if (known !== 0) return known - 1;
  const ch = text[i]!;
  const kind = ch !== ch.toLowerCase() ? UPPER : ch !== ch.toUpperCase() ? LOWER : NONE;
  WIDE_CASE[c] = kind + 1;
  return kind;
}

/** Shouting needs at least this many capitalised words of two letters or more… */
const MIN_SHOUTED_WORDS = 3;
/** …and this many capital letters, so that a run of acronyms (`NHS UK BBC`) is not shouting. */
const MIN_SHOUTED_LETTERS = 9;

/**
 * Finds runs of words written wholly in capitals. A run ends at any word
 * with a lower-case letter; punctuation, digits and spaces between capital
 * words do not break it. Words in `ignore` (protective markings, which are
 * written in capitals by rule) neither count nor break a run.
 */
export function findShouting(text: string, ignore: (word: string) => boolean = () => false): HeatSignal[] {
  // Shouting needs nine capitals, and a capital is A–Z or beyond ASCII: most texts have fewer such characters.
  let capitals = 0;
  for (let i = 0; i < text.length && capitals < MIN_SHOUTED_LETTERS; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) capitals++;
  }
  if (capitals < MIN_SHOUTED_LETTERS) return [];
  const out: HeatSignal[] = [];
  let runStart = -1;
  let runEnd = -1;
  let runWords = 0;
  let runLetters = 0;
  const close = (): void => {
    if (runStart >= 0 && runWords >= MIN_SHOUTED_WORDS && runLetters >= MIN_SHOUTED_LETTERS) {
      const strength = Math.min(0.85, 0.6 + 0.05 * (runWords - MIN_SHOUTED_WORDS));
      out.push({ start: runStart, end: runEnd, strength, label: 'shouting' });
    }
    runStart = -1;
    runWords = 0;
    runLetters = 0;
  };
  let i = 0;
  const len = text.length;
  while (i < len) {
    if (caseAt(text, i) === NONE) {
      i++;
      continue;
    }
    const a = i;
    let upper = 0;
    let lower = 0;
    while (i < len) {
      const k = caseAt(text, i);
      // An apostrophe stays inside the word: `DON'T`.
      if (k === NONE && text.charCodeAt(i) !== 39 && text.charCodeAt(i) !== 0x2019) break;
      if (k === UPPER) upper++;
      else if (k === LOWER) lower++;
      i++;
    }
    if (lower > 0) {
      close();
      continue;
    }
    if (upper >= 2 && ignore(text.slice(a, i).toLowerCase())) continue;
    // A lone capital (`I`, `A`) neither starts, ends nor breaks a run.
    if (upper < 2) continue;
    if (runStart < 0) runStart = a;
    runEnd = i;
    runWords++;
    runLetters += upper;
  }
  close();
  return out;
}

/** Two of `!`, `?`, `！` or `‼` with only spaces between. */
const TWO_MARKS = /[!?\uff01\u203c] *[!?\uff01\u203c]/;

/**
 * Finds runs of three or more `!` (or of `?` and `!` mixed, `?!?!`),
 * spaces allowed between them. Longer runs are stronger.
 */
export function findPunctuationRuns(text: string): HeatSignal[] {
  // Every run reported holds two marks with at most spaces between them; most texts have none.
  if (!TWO_MARKS.test(text)) return [];
  const out: HeatSignal[] = [];
  const len = text.length;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c !== 33 && c !== 63 && c !== 0xff01 && c !== 0x203c) {
      i++;
      continue;
    }
    const a = i;
    let bangs = 0;
    let questions = 0;
    let last = i;
    while (i < len) {
      const d = text.charCodeAt(i);
      if (d === 33 || d === 0xff01) bangs++;
      else if (d === 0x203c) bangs += 2;
      else if (d === 63) questions++;
      else if (d !== 32) break;
      if (d !== 32) last = i;
      i++;
    }
    const marks = bangs + questions;
    if (bangs >= 3 && questions === 0) {
      out.push({ start: a, end: last + 1, strength: Math.min(0.75, 0.5 + 0.05 * (marks - 3)), label: 'repeated exclamation marks' });
    } else if (bangs >= 1 && questions >= 1 && marks >= 2) {
      out.push({ start: a, end: last + 1, strength: Math.min(0.75, 0.5 + 0.05 * (marks - 2)), label: 'exasperated punctuation' });
    } else if (questions >= 4) {
      out.push({ start: a, end: last + 1, strength: 0.45, label: 'repeated question marks' });
    }
  }
  return out;
}
