import { SEP } from './char-class.js';
import { foldUnits } from './fold-units.js';
import { joinSpacedLetters } from './join-spaced-letters.js';
import type { NormalisedText } from './normalised-text.js';
import { resolveLeet } from './resolve-leet.js';
import { UnitBuffer } from './unit-buffer.js';

const units = new UnitBuffer();
let outCode = new Uint16Array(256);
let outStart = new Uint32Array(256);
let outEnd = new Uint32Array(256);
let outLeet = new Uint8Array(256);

const CHUNK = 4096;

function decode(codes: Uint16Array, length: number): string {
  if (length <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[]);
  let text = '';
  for (let a = 0; a < length; a += CHUNK) {
    text += String.fromCharCode.apply(null, codes.subarray(a, Math.min(length, a + CHUNK)) as unknown as number[]);
  }
  return text;
}

/**
 * Normalises `original` for matching: NFKC-style compatibility folding, case
 * folding, diacritics, format controls and invisible characters removed,
 * look-alike letters mapped to ASCII, leetspeak inside words read as letters,
 * spaced-out letters joined, and every run of non-word characters turned into
 * one space (none at either end). Runs in time linear in the length of the
 * text, whatever it contains.
 *
 * @param original - the text as the user wrote it
 * @returns the normalised text with, for each of its UTF-16 units, the span of
 *   the original it came from
 */
export function normalise(original: string): NormalisedText {
  foldUnits(original, units);
  joinSpacedLetters(units);
  resolveLeet(units);

  const n = units.length;
  if (outCode.length < n + 1) {
    let size = outCode.length;
    while (size < n + 1) size *= 2;
    outCode = new Uint16Array(size);
    outStart = new Uint32Array(size);
    outEnd = new Uint32Array(size);
    outLeet = new Uint8Array(size);
  }
  const { code, cls, start, end, leet } = units;
  let m = 0;
  let anyLeet = 0;
  let gapStart = -1;
  let gapEnd = 0;
  for (let k = 0; k < n; k++) {
    if (cls[k] === SEP) {
      if (m > 0) {
        if (gapStart < 0) gapStart = start[k]!;
        gapEnd = end[k]!;
      }
      continue;
    }
    if (gapStart >= 0) {
      outCode[m] = 32;
      outStart[m] = gapStart;
      outEnd[m] = gapEnd;
      outLeet[m] = 0;
      m++;
      gapStart = -1;
    }
    outCode[m] = code[k]!;
    outStart[m] = start[k]!;
    outEnd[m] = end[k]!;
    const l = leet[k]!;
    outLeet[m] = l;
    anyLeet |= l;
    m++;
  }
  const text = decode(outCode, m);
  const result: NormalisedText = {
    original,
    text,
    starts: outStart.slice(0, m),
    ends: outEnd.slice(0, m),
    ...(anyLeet !== 0 ? { leet: outLeet.slice(0, m) } : {}),
  };
  return result;
}
