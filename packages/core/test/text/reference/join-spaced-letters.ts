import { DIGIT, DROP, LEET_SYMBOL, LETTER, SEP } from '../../../src/text/char-class.js';
import type { UnitBuffer } from '../../../src/text/unit-buffer.js';

const SPACE = 32;
const DOT = 46;

/** Separators people put between letters to dodge filters: space . - _ * */
function isSpacer(code: number): boolean {
  return code === SPACE || code === DOT || code === 45 || code === 95 || code === 42;
}

/**
 * Reference pass 2: joins spaced-out letters (`b r e x i t`, `b.r.e.x.i.t`) into
 * one word. A group is three or more one-character tokens, at least two of
 * them letters, each pair separated by exactly one identical spacer; or an
 * acronym of two or more letters each followed by a dot (`U.K.`). Ordinary
 * prose has no such runs ("I am a teacher" has no two single letters in a
 * row), so it is left alone. The separators between joined letters are
 * removed from `buf`.
 */
export function joinSpacedLetters(buf: UnitBuffer): void {
  const { code, cls, end } = buf;
  const n = buf.length;
  let joined = false;
  let groupStart = 0;
  let groupEnd = 0;
  let groupCount = 0;
  let groupLetters = 0;
  let spacer = -1;
  let prevEnd = -2;

  const close = (): void => {
    const acronym =
      groupCount >= 2 && spacer === DOT && groupLetters === groupCount && groupEnd < n && code[groupEnd] === DOT;
    if (!acronym && (groupCount < 3 || groupLetters < 2)) return;
    for (let k = groupStart; k < groupEnd; k++) if (cls[k] === SEP) cls[k] = DROP;
    // The closing dot belongs to the acronym (`U.K.`), so its span takes it in.
    if (acronym) end[groupEnd - 1] = end[groupEnd]!;
    joined = true;
  };

  let i = 0;
  while (i < n) {
    if (cls[i] === SEP) {
      i++;
      continue;
    }
    const a = i;
    while (i < n && cls[i] !== SEP) i++;
    const b = i;
    const kind = cls[a]!;
    const single = b - a === 1 && (kind === LETTER || kind === DIGIT || kind === LEET_SYMBOL);
    if (
      single &&
      groupCount > 0 &&
      a - prevEnd === 1 &&
      isSpacer(code[prevEnd]!) &&
      (groupCount === 1 || code[prevEnd] === spacer)
    ) {
      if (groupCount === 1) spacer = code[prevEnd]!;
      groupCount++;
      if (kind === LETTER) groupLetters++;
      groupEnd = b;
    } else {
      if (groupCount > 0) close();
      if (single) {
        groupCount = 1;
        groupStart = a;
        groupEnd = b;
        groupLetters = kind === LETTER ? 1 : 0;
        spacer = -1;
      } else {
        groupCount = 0;
      }
    }
    prevEnd = b;
  }
  if (groupCount > 0) close();
  if (joined) compact(buf);
}

function compact(buf: UnitBuffer): void {
  const { code, cls, start, end, leet } = buf;
  const n = buf.length;
  let w = 0;
  for (let r = 0; r < n; r++) {
    if (cls[r] === DROP) continue;
    if (w !== r) {
      code[w] = code[r]!;
      cls[w] = cls[r]!;
      start[w] = start[r]!;
      end[w] = end[r]!;
      leet[w] = leet[r]!;
    }
    w++;
  }
  buf.length = w;
}
