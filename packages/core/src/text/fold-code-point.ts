import { confusablesMap } from 'confusables';
import { DIGIT, DROP, LEET_SYMBOL, LETTER, MARK, SEP } from './char-class.js';

/**
 * What one code point of the original becomes: zero or more folded UTF-16
 * units, each with a class from `char-class.ts`.
 */
export interface FoldedCodePoint {
  /** The folded text (lower case, compatibility-decomposed, marks removed, look-alikes mapped). */
  readonly out: string;
  /** One class per UTF-16 unit of `out`; for DROP and MARK `out` is empty and this holds that one class. */
  readonly classes: Uint8Array;
}

/** Folded code of each ASCII character (letters lower-cased, everything else unchanged). */
export const ASCII_FOLD = new Uint16Array(128);
/** Class of each ASCII character. */
export const ASCII_CLASS = new Uint8Array(128);

for (let c = 0; c < 128; c++) {
  ASCII_FOLD[c] = c >= 65 && c <= 90 ? c + 32 : c;
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ASCII_CLASS[c] = LETTER;
  else if (c >= 48 && c <= 57) ASCII_CLASS[c] = DIGIT;
  else if (c === 64 || c === 36 || c === 33 || c === 124 || c === 43) ASCII_CLASS[c] = LEET_SYMBOL;
  else ASCII_CLASS[c] = SEP;
}

const FORMAT = /^\p{Cf}$/u;
const MARKS = /\p{M}/gu;
const IS_MARK = /^\p{M}$/u;
const WORDISH = /^[\p{L}\p{N}]$/u;
const LETTERLIKE_SYMBOL = /^\p{So}$/u;

/**
 * Letters that render as nothing (Hangul fillers, Khmer inherent vowels) and
 * are used to smuggle gaps into words, like zero-width spaces.
 */
const INVISIBLE_LETTERS = new Set([0x115f, 0x1160, 0x17b4, 0x17b5, 0x3164, 0xffa0, 0x2800]);

/**
 * Symbols whose compatibility decomposition spells letters that would glue
 * onto the word before them (`Brexit™` → `brexittm`): ™ ℠ ℡ № ℅ ℀ ℁ ℆.
 * They separate words instead.
 */
const ABBREVIATION_SYMBOLS = new Set([0x2122, 0x2120, 0x2121, 0x2116, 0x2105, 0x2100, 0x2101, 0x2106]);

const DROP_ENTRY: FoldedCodePoint = { out: '', classes: Uint8Array.of(DROP) };
const MARK_ENTRY: FoldedCodePoint = { out: '', classes: Uint8Array.of(MARK) };

/**
 * The `confusables` data also maps currency signs, hearts and flag letters to
 * Latin letters (`£` → E, `❤` → O, 🇬🇧 → GB); mapping those would invent words,
 * so only letters, numbers and letter-like symbols (enclosed and squared
 * letters, letterlike block) are taken as look-alikes.
 */
function mayBeConfusable(ch: string, cp: number): boolean {
  if (WORDISH.test(ch)) return true;
  if (!LETTERLIKE_SYMBOL.test(ch)) return false;
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return false;
  return (cp >= 0x2100 && cp <= 0x214f) || (cp >= 0x2460 && cp <= 0x24ff) || (cp >= 0x1f100 && cp <= 0x1f1ff);
}

/** Full case folding the way `String` offers it: lower case, and `ß` → `ss`, `ς` → `σ`. */
function caseFold(ch: string): string {
  const lower = ch.toLowerCase();
  const folded = lower.toUpperCase().toLowerCase();
  const result = folded === lower ? lower : folded;
  return result.normalize('NFKD').replace(MARKS, '');
}

function classOf(unit: string, cp: number): number {
  if (cp < 128) return ASCII_CLASS[cp]!;
  return WORDISH.test(unit) ? LETTER : SEP;
}

function foldNonAscii(cp: number): FoldedCodePoint {
  const ch = String.fromCodePoint(cp);
  if (FORMAT.test(ch) || INVISIBLE_LETTERS.has(cp)) return DROP_ENTRY;
  if (IS_MARK.test(ch)) return MARK_ENTRY;
  if (ABBREVIATION_SYMBOLS.has(cp)) return { out: ch, classes: Uint8Array.of(SEP) };
  let out = '';
  const classes: number[] = [];
  const push = (text: string): void => {
    for (const unit of text) {
      const code = unit.codePointAt(0)!;
      if (code < 128) {
        out += String.fromCharCode(ASCII_FOLD[code]!);
        classes.push(ASCII_CLASS[code]!);
      } else if (INVISIBLE_LETTERS.has(code)) {
        // dropped
      } else {
        const cls = classOf(unit, code);
        out += unit;
        for (let k = 0; k < unit.length; k++) classes.push(cls);
      }
    }
  };
  const decomposed = ch.normalize('NFKD').replace(MARKS, '');
  for (const part of decomposed) {
    const code = part.codePointAt(0)!;
    if (code < 128) {
      push(part);
      continue;
    }
    for (const unit of caseFold(part)) {
      const unitCode = unit.codePointAt(0)!;
      const lookAlike =
        unitCode >= 128 && mayBeConfusable(unit, unitCode)
          ? (confusablesMap.get(unit) ?? (mayBeConfusable(part, code) ? confusablesMap.get(part) : undefined))
          : undefined;
      push(lookAlike === undefined ? unit : lookAlike.toLowerCase());
    }
  }
  return { out, classes: Uint8Array.from(classes) };
}

const CACHE_LIMIT = 1 << 16;
const cache = new Map<number, FoldedCodePoint>();

/**
 * Folds one non-ASCII code point (ASCII goes through `ASCII_FOLD` and
 * `ASCII_CLASS`). Results are cached per code point, so the Unicode work is
 * done once per distinct character, not once per occurrence.
 */
export function foldCodePoint(cp: number): FoldedCodePoint {
  let entry = cache.get(cp);
  if (entry === undefined) {
    entry = foldNonAscii(cp);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(cp, entry);
  }
  return entry;
}
