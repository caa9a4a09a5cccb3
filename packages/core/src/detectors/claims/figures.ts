/**
 * Finds figures in the original text: percentages (`40%`, `12.5 per cent`),
 * money (`£350m`, `$2bn`, `€5 million`), proportions (`3 in 4`, `9 out of
 * 10`) and large numbers (`2 million`, `10,000`). Times, dates, years,
 * ordinals and numbers inside words (`GE2024`, `user123`) are not figures.
 * One left-to-right pass; each character is read a bounded number of times.
 */

/** What sort of figure was found. */
export type FigureKind = 'percentage' | 'money amount' | 'proportion' | 'large number' | 'number';

/** A figure in the original text. */
export interface Figure {
  start: number;
  end: number;
  kind: FigureKind;
  /** A price without a multiplier (`£5`) or a number that is large only in digits (`10,000`): a weaker claim. */
  weak: boolean;
}

const MULTIPLIERS = new Set([
  'k', 'm', 'mn', 'bn', 'b', 'tn', 'million', 'millions', 'billion', 'billions', 'trillion', 'trillions', 'thousand',
  'thousands',
]);
/** Multipliers that are also units (`5m` is five metres, `4B` a room): they count only after a currency sign. */
const MONEY_ONLY_MULTIPLIERS = new Set(['k', 'm', 'b']);
const BIG_WORDS = new Set(['million', 'millions', 'billion', 'billions', 'trillion', 'trillions']);
const ORDINALS = new Set(['st', 'nd', 'rd', 'th']);
const TIMES = new Set(['am', 'pm', 'h', 'hrs', 'hr', 'hz', 'px', 'gb', 'mb', 'kb', 'p']);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && c !== 0xa3 && c !== 0x20ac && c !== 0xa5);
}
function isCurrency(c: number): boolean {
  return c === 0xa3 || c === 36 || c === 0x20ac || c === 0xa5;
}

/** End of the run of ASCII letters starting at `i`. */
function lettersEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isLetter(text.charCodeAt(j)) && j - i < 12) j++;
  return j;
}

/** Reads a number at `i`: digits, `,ddd` groups and a decimal part. Returns its end and whether it had groups. */
function readNumber(text: string, i: number): { end: number; grouped: boolean; digits: number } {
  let j = i;
  let digits = 0;
  while (j < text.length && isDigit(text.charCodeAt(j))) {
    j++;
    digits++;
  }
  let grouped = false;
  while (
    j + 3 < text.length && text.charCodeAt(j) === 44 && isDigit(text.charCodeAt(j + 1)) &&
    isDigit(text.charCodeAt(j + 2)) && isDigit(text.charCodeAt(j + 3)) && !isDigit(text.charCodeAt(j + 4))
  ) {
    j += 4;
    digits += 3;
    grouped = true;
  }
  if (text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
    j++;
    while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  }
  return { end: j, grouped, digits };
}

/** The word after `i`, past one space: its start, end and lower-case text. */
function nextWord(text: string, i: number): { start: number; end: number; word: string } | undefined {
  if (text.charCodeAt(i) !== 32) return undefined;
  const start = i + 1;
  const end = lettersEnd(text, start);
  return end > start ? { start, end, word: text.slice(start, end).toLowerCase() } : undefined;
}

/** A four-digit number from 1800 to 2099 on its own is a year, not a figure. */
function isYear(text: string, i: number, digits: number): boolean {
  if (digits !== 4) return false;
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  return (a === 49 && (b === 56 || b === 57)) || (a === 50 && b === 48);
}

/** Finds the figures of a text. */
export function findFigures(text: string): Figure[] {
  const out: Figure[] = [];
  const len = text.length;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (!isDigit(c)) {
      i++;
      continue;
    }
    const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
    const num = readNumber(text, i);
    let end = num.end;
    const skip = (): void => {
      i = Math.max(end, i + 1);
    };
    // Inside a word, a handle, a hashtag, a time, a date or a version: `GE2024`, `@user1`, `10:30`, `12/05`, `v2.1`.
    const joined = prev === 95 || prev === 35 || prev === 64 || prev === 58 || prev === 47 || prev === 46;
    if (isLetter(prev) || joined || (prev === 45 && i > 1 && isDigit(text.charCodeAt(i - 2)))) {
      skip();
      continue;
    }
    const after = text.charCodeAt(end);
    if ((after === 58 || after === 47) && isDigit(text.charCodeAt(end + 1))) {
      skip();
      continue;
    }
    const currency = isCurrency(prev);
    const start = currency ? i - 1 : i;
    const kind: FigureKind = currency ? 'money amount' : 'number';
    let big = false;
    let thousands = false;
    // `40%`, `40 %`
    if (after === 37 || (after === 32 && text.charCodeAt(end + 1) === 37)) {
      end = after === 37 ? end + 1 : end + 2;
      out.push({ start, end, kind: 'percentage', weak: false });
      i = end;
      continue;
    }
    // A suffix written on: `350m`, `2bn`, `3pm`, `4th`.
    if (isLetter(after)) {
      const wEnd = lettersEnd(text, end);
      const suffix = text.slice(end, wEnd).toLowerCase();
      if (MULTIPLIERS.has(suffix) && (currency || !MONEY_ONLY_MULTIPLIERS.has(suffix))) {
        thousands = suffix === 'k' || suffix === 'thousand' || suffix === 'thousands';
        big = !thousands;
        end = wEnd;
      } else if (ORDINALS.has(suffix) || TIMES.has(suffix) || suffix.length > 0) {
        // Ordinals, times and units (`5km`, `3x`) are not claims of this kind.
        end = wEnd;
        skip();
        continue;
      }
    }
    // A word after: `40 per cent`, `2 million`, `3 in 4`, `9 out of 10`.
    let w = nextWord(text, end);
    if (w !== undefined && !big && !thousands && MULTIPLIERS.has(w.word) && w.word.length > 2) {
      big = BIG_WORDS.has(w.word);
      thousands = !big;
      end = w.end;
      w = nextWord(text, end);
    }
    const perCent = w !== undefined && w.word === 'per' && text.slice(w.end, w.end + 5).toLowerCase() === ' cent';
    if (w !== undefined && (w.word === 'percent' || w.word === 'pc' || perCent)) {
      end = w.word === 'per' ? w.end + 5 : w.end;
      out.push({ start, end, kind: 'percentage', weak: false });
      i = end;
      continue;
    }
    if (w !== undefined && !currency && (w.word === 'in' || w.word === 'out')) {
      let k = w.end;
      if (w.word === 'out') {
        const of = nextWord(text, k);
        k = of !== undefined && of.word === 'of' ? of.end : -1;
      }
      if (k > 0 && text.charCodeAt(k) === 32 && isDigit(text.charCodeAt(k + 1))) {
        const second = readNumber(text, k + 1);
        if (!isLetter(text.charCodeAt(second.end)) && !(num.digits === 4 && second.digits === 4)) {
          out.push({ start, end: second.end, kind: 'proportion', weak: false });
          i = second.end;
          continue;
        }
      }
    }
    if (kind === 'money amount') {
      out.push({ start, end, kind, weak: !big && !thousands && !(num.grouped || num.digits >= 4) });
    } else if (big || num.digits >= 7) {
      out.push({ start, end, kind: 'large number', weak: false });
    } else if (thousands || num.grouped || num.digits >= 5) {
      out.push({ start, end, kind: 'large number', weak: true });
    } else if (!isYear(text, i, num.digits)) {
      out.push({ start, end, kind: 'number', weak: true });
    }
    i = Math.max(end, i + 1);
  }
  return out;
}
