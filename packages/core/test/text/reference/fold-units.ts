import { MARK } from '../../../src/text/char-class.js';
import { ASCII_CLASS, ASCII_FOLD, foldCodePoint } from '../../../src/text/fold-code-point.js';
import type { UnitBuffer } from '../../../src/text/unit-buffer.js';

/**
 * Reference pass 1: folds every code point of `original` into
 * classified units in `buf`, each remembering the original span it came from.
 * Format controls vanish; combining marks widen the span of the unit before
 * them, so a match on `cafe` covers the accent of `café` too.
 */
export function foldUnits(original: string, buf: UnitBuffer): void {
  buf.length = 0;
  buf.reserve(original.length + 8);
  let { code, cls, start, end, leet } = buf;
  let capacity = code.length;
  let n = 0;
  const len = original.length;
  let i = 0;
  while (i < len) {
    const c = original.charCodeAt(i);
    if (c < 128) {
      if (n === capacity) {
        buf.length = n;
        buf.reserve(1);
        ({ code, cls, start, end, leet } = buf);
        capacity = code.length;
      }
      code[n] = ASCII_FOLD[c]!;
      cls[n] = ASCII_CLASS[c]!;
      start[n] = i;
      end[n] = i + 1;
      leet[n] = 0;
      n++;
      i++;
      continue;
    }
    let cp = c;
    let size = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const d = original.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        size = 2;
      }
    }
    const folded = foldCodePoint(cp);
    const out = folded.out;
    const count = out.length;
    if (count === 0) {
      if (folded.classes[0] === MARK && n > 0 && end[n - 1] === i) end[n - 1] = i + size;
    } else {
      if (n + count > capacity) {
        buf.length = n;
        buf.reserve(count);
        ({ code, cls, start, end, leet } = buf);
        capacity = code.length;
      }
      const classes = folded.classes;
      for (let k = 0; k < count; k++) {
        code[n] = out.charCodeAt(k);
        cls[n] = classes[k]!;
        start[n] = i;
        end[n] = i + size;
        leet[n] = 0;
        n++;
      }
    }
    i += size;
  }
  buf.length = n;
}
