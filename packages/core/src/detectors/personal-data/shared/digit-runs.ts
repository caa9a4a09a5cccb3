import { isDigit, isWordCharAt } from './chars.js';

/** The next ASCII digit. */
const NEXT_DIGIT = /[0-9]/g;

/** A maximal run of ASCII digits. */
export interface DigitGroup {
  start: number;
  end: number;
}

/** Digit groups joined by single separator characters (`4111 1111 1111 1111`, `943-476-5919`). */
export interface DigitRun {
  groups: DigitGroup[];
  /** The separator character code between group i and i+1. */
  separators: number[];
}

/** Space, no-break space, hyphen and the dash look-alikes people paste. */
export function isGroupSeparator(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 45 || code === 0x2010 || code === 0x2011 || code === 0x2013;
}

/**
 * Finds every run of digit groups joined by exactly one separator, in one
 * left-to-right pass. A run never starts or ends inside a longer word: digits
 * glued to letters (`A123`) still form a group, and callers decide with
 * {@link boundedLeft} / {@link boundedRight} whether that is acceptable.
 */
export function scanDigitRuns(text: string, isSeparator: (code: number) => boolean = isGroupSeparator): DigitRun[] {
  const runs: DigitRun[] = [];
  const n = text.length;
  let i = 0;
  let current: DigitRun | null = null;
  while (i < n) {
    if (!isDigit(text.charCodeAt(i))) {
      // Between runs no run is open, so jump to the next digit; the regular-expression engine skips text faster.
      NEXT_DIGIT.lastIndex = i;
      const next = NEXT_DIGIT.exec(text);
      if (next === null) break;
      i = next.index;
    }
    const start = i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    const group = { start, end: i };
    if (current) current.groups.push(group);
    else current = { groups: [group], separators: [] };
    const sep = i < n ? text.charCodeAt(i) : -1;
    if (i + 1 < n && isSeparator(sep) && isDigit(text.charCodeAt(i + 1))) {
      current.separators.push(sep);
      i++;
    } else {
      runs.push(current);
      current = null;
    }
  }
  if (current) runs.push(current);
  return runs;
}

/** The digits of groups `from`..`to` (inclusive) without their separators. */
export function runDigits(text: string, run: DigitRun, from: number, to: number): string {
  let out = '';
  for (let g = from; g <= to; g++) out += text.slice(run.groups[g]!.start, run.groups[g]!.end);
  return out;
}

/** The number of digits in group `g`. */
export function groupLength(run: DigitRun, g: number): number {
  return run.groups[g]!.end - run.groups[g]!.start;
}

/** True when every separator between groups `from` and `to` is the same character. */
export function sameSeparators(run: DigitRun, from: number, to: number): boolean {
  for (let g = from + 1; g < to; g++) if (run.separators[g] !== run.separators[from]) return false;
  return true;
}

/** True when the character before `start` does not continue a word or a number. */
export function boundedLeft(text: string, start: number): boolean {
  if (isWordCharAt(text, start - 1)) return false;
  // `1.5` or `12,4111…` glue numbers together; a lone full stop or comma after a word does not.
  const prev = start > 0 ? text.charCodeAt(start - 1) : -1;
  if ((prev === 46 || prev === 44 || prev === 47) && isDigit(start > 1 ? text.charCodeAt(start - 2) : -1)) return false;
  return true;
}

/** True when the character after `end` does not continue a word or a number. */
export function boundedRight(text: string, end: number): boolean {
  if (isWordCharAt(text, end)) return false;
  const next = end < text.length ? text.charCodeAt(end) : -1;
  if ((next === 46 || next === 44 || next === 47) && isDigit(end + 1 < text.length ? text.charCodeAt(end + 1) : -1)) return false;
  return true;
}

/**
 * Calls `visit` for every contiguous slice of groups of a run whose digit count
 * lies in [minDigits, maxDigits]. Each start group extends at most `maxDigits`
 * groups, so the work is linear in the length of the run.
 */
export function forEachSlice(
  run: DigitRun,
  minDigits: number,
  maxDigits: number,
  visit: (from: number, to: number, digitCount: number) => void,
): void {
  const count = run.groups.length;
  for (let from = 0; from < count; from++) {
    let digits = 0;
    for (let to = from; to < count; to++) {
      digits += groupLength(run, to);
      if (digits > maxDigits) break;
      if (digits >= minDigits) visit(from, to, digits);
    }
  }
}

const DIGIT_RUN = /[0-9]+/g;
let lastText: string | undefined;
let lastLengths = 0;

/** The bit {@link digitRunLengths} sets for a run of `length` digits (every run of 31 or more shares the top bit). */
export function runLengthBit(length: number): number {
  return 1 << Math.min(length, 31);
}

/**
 * The lengths of the maximal runs of ASCII digits in the text, as a mask of
 * {@link runLengthBit}. A pattern that starts after no digit and ends before
 * none matches a whole run, so a detector whose runs all have fixed lengths
 * (eight digits, or three then a separator) can tell at once that a text has
 * none: a run of fifty thousand digits has none of them. The last text asked
 * about is remembered, for the detectors that share it.
 */
export function digitRunLengths(text: string): number {
  if (text === lastText) return lastLengths;
  let mask = 0;
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m; m = DIGIT_RUN.exec(text)) mask |= runLengthBit(m[0].length);
  lastText = text;
  lastLengths = mask;
  return mask;
}
