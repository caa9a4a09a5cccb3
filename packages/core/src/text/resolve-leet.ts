import { DIGIT, LEET_SYMBOL, LETTER, SEP } from './char-class.js';
import { isLeetDigit, LEET_DISPLAY } from './leet.js';

/** The parallel arrays of folded units that leet resolution reads and rewrites (a `UnitBuffer`, or the normaliser's output). */
export interface LeetUnits {
  code: Uint16Array;
  cls: Uint8Array;
  leet: Uint8Array;
}

const DOLLAR = 36;
const BANG = 33;
const PIPE = 124;

function accept(buf: LeetUnits, k: number): true {
  const c = buf.code[k]!;
  buf.leet[k] = c;
  buf.code[k] = LEET_DISPLAY[c]!;
  buf.cls[k] = LETTER;
  return true;
}

/**
 * Decides which digits and `@ $ ! | +` of the token `buf[a, b)` are letters
 * in disguise. Only tokens with a real letter (`letters` > 0) are leet:
 * `2024` and `£350` stay numbers. Symbols become letters inside the word
 * (`h@te`, when the word has four characters or more and two real letters),
 * just before it for `$ ! |` (`$tupid`), and `$` just after it (`a$$`);
 * elsewhere (`@Brexit`, `stupid!`) their class becomes SEP.
 *
 * Every digit of a leet token records its source in `buf.leet` so the matcher
 * may read it as a letter, but the shown text maps a digit only where that
 * reading is clear: between letters (`br3x1t`) or as a lone first digit
 * before three letters (`5tupid`); `350m`, `covid19` and `1st` are shown as
 * written.
 *
 * @returns whether any unit got a leet source
 */
export function resolveLeetToken(buf: LeetUnits, a: number, b: number, letters: number): boolean {
  const { code, cls, leet } = buf;
  if (letters === 0) {
    for (let k = a; k < b; k++) if (cls[k] === LEET_SYMBOL) cls[k] = SEP;
    return false;
  }
  let any = false;
  let coreStart = a;
  while (cls[coreStart] === LEET_SYMBOL) coreStart++;
  let coreEnd = b;
  while (cls[coreEnd - 1] === LEET_SYMBOL) coreEnd--;

  for (let k = a; k < coreStart; k++) {
    const c = code[k]!;
    if (k === coreStart - 1 && (c === DOLLAR || c === BANG || c === PIPE) && cls[coreStart] === LETTER) any = accept(buf, k);
    else cls[k] = SEP;
  }
  let k = coreEnd;
  if (cls[coreEnd - 1] === LETTER) while (k < b && code[k] === DOLLAR) any = accept(buf, k++);
  for (; k < b; k++) cls[k] = SEP;

  const interiorOk = coreEnd - coreStart >= 4 && letters >= 2;
  for (let j = coreStart; j < coreEnd; j++) {
    if (cls[j] !== LEET_SYMBOL) continue;
    if (interiorOk) any = accept(buf, j);
    else cls[j] = SEP;
  }

  let j = coreStart;
  while (j < coreEnd) {
    if (cls[j] !== DIGIT) {
      j++;
      continue;
    }
    const r0 = j;
    let allLeet = true;
    while (j < coreEnd && cls[j] === DIGIT) {
      const c = code[j]!;
      if (isLeetDigit(c)) {
        leet[j] = c;
        any = true;
      }
      else allLeet = false;
      j++;
    }
    const r1 = j;
    if (!allLeet) continue;
    const before = r0 > coreStart && cls[r0 - 1] === LETTER;
    const after = r1 < coreEnd && cls[r1] === LETTER;
    let show = before && after;
    if (!show && !before && r1 - r0 === 1) {
      let run = 0;
      for (let q = r1; q < coreEnd && cls[q] === LETTER && run < 3; q++) run++;
      show = run >= 3;
    }
    if (show) for (let q = r0; q < r1; q++) code[q] = LEET_DISPLAY[code[q]!]!;
  }
  return any;
}
