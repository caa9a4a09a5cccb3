import { LETTER, SEP } from '../../../src/text/char-class.js';
import type { NormalisedText } from '../../../src/text/normalised-text.js';
import { resolveLeetToken } from '../../../src/text/resolve-leet.js';
import { UnitBuffer } from '../../../src/text/unit-buffer.js';
import { foldUnits } from './fold-units.js';
import { joinSpacedLetters } from './join-spaced-letters.js';

/**
 * The normaliser written the plain way, one pass per step over a buffer of
 * folded units: fold, join spaced-out letters, resolve leetspeak, emit. The
 * library fuses these steps into one streaming pass for speed; tests check
 * that both give the same result on any input.
 */
export function referenceNormalise(original: string): NormalisedText {
  const units = new UnitBuffer();
  foldUnits(original, units);
  joinSpacedLetters(units);
  const { code, cls, start, end, leet } = units;
  const n = units.length;
  let anyLeet = false;
  for (let i = 0; i < n; ) {
    if (cls[i] === SEP) {
      i++;
      continue;
    }
    const a = i;
    let letters = 0;
    let others = 0;
    for (; i < n && cls[i] !== SEP; i++) {
      if (cls[i] === LETTER) letters++;
      else others++;
    }
    if (others > 0 && resolveLeetToken(units, a, i, letters)) anyLeet = true;
  }
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const leets: number[] = [];
  let gapStart = -1;
  let gapEnd = 0;
  for (let k = 0; k < n; k++) {
    if (cls[k] === SEP) {
      if (text.length > 0) {
        if (gapStart < 0) gapStart = start[k]!;
        gapEnd = end[k]!;
      }
      continue;
    }
    if (gapStart >= 0) {
      text += ' ';
      starts.push(gapStart);
      ends.push(gapEnd);
      leets.push(0);
      gapStart = -1;
    }
    text += String.fromCharCode(code[k]!);
    starts.push(start[k]!);
    ends.push(end[k]!);
    leets.push(leet[k]!);
  }
  return {
    original,
    text,
    starts: Uint32Array.from(starts),
    ends: Uint32Array.from(ends),
    leet: anyLeet ? Uint8Array.from(leets) : undefined,
  };
}
