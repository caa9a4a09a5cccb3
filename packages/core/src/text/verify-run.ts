import { LEET_ALLOWS } from './leet.js';
import { FIRST_EXTRA_SYMBOL } from './skeleton.js';

/**
 * Whether a text character can be the term character `want` (ASCII code).
 * A character written in leetspeak may be any letter its source can mean,
 * or the source digit itself; any other character must be equal.
 */
function compatible(units: Uint16Array, base: number, leet: Uint8Array | undefined, q: number, want: number): boolean {
  const source = leet === undefined ? 0 : leet[base + q]!;
  if (source !== 0) return source === want || LEET_ALLOWS[source * 128 + want] === 1;
  return units[base + q] === want;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * How many repeats of a term character a text may use. A single letter may
 * be stretched (`brexiiit`), but two of the same is a real double letter, so
 * `good` is not `god` and `god` is not `good`; a double letter may be
 * stretched further. Digits are counted exactly (`100` is not `1000`).
 */
function countFits(termCount: number, textCount: number, digit: boolean): boolean {
  if (digit) return textCount === termCount;
  if (termCount === 1) return textCount === 1 || textCount >= 3;
  return textCount >= termCount;
}

let reach = new Uint8Array(64);
let nextReach = new Uint8Array(64);
let diff = new Int32Array(64);
let ext = new Int32Array(64);

function reserve(n: number): void {
  if (reach.length > n + 2) return;
  let size = reach.length;
  while (size <= n + 2) size *= 2;
  reach = new Uint8Array(size);
  nextReach = new Uint8Array(size);
  diff = new Int32Array(size);
  ext = new Int32Array(size);
}

/**
 * Checks one squeezed position of a candidate: the term run `term[ta, tb)`
 * (UTF-16 units of a packed term) against the text run `text[xa, xb)`, both
 * of skeleton symbol `symbol`. With `prefixEnd` the term run ends a prefix
 * term, so the text run may go on past it (`plan*` in `planned`). The text is
 * read as UTF-16 units: text offset `q` is `units[base + q]`, and `leet[base + q]`.
 */
export function verifyRun(
  term: Int32Array,
  ta: number,
  tb: number,
  symbol: number,
  units: Uint16Array,
  base: number,
  leet: Uint8Array | undefined,
  xa: number,
  xb: number,
  prefixEnd: boolean,
): boolean {
  if (symbol >= FIRST_EXTRA_SYMBOL) {
    // One code point per extra symbol, so the runs are uniform: compare counts.
    const width = term[ta]! >= 0xd800 && term[ta]! <= 0xdbff ? 2 : 1;
    const k = (tb - ta) / width;
    const m = (xb - xa) / width;
    return prefixEnd ? m >= k : countFits(k, m, false);
  }
  const first = term[ta]!;
  let uniform = true;
  for (let p = ta + 1; p < tb; p++) {
    if (term[p]! !== first) {
      uniform = false;
      break;
    }
  }
  if (uniform) {
    const k = tb - ta;
    let q = xa;
    while (q < xb && compatible(units, base, leet, q, first)) q++;
    const m = q - xa;
    if (prefixEnd) return m >= k;
    return q === xb && countFits(k, m, isDigit(first));
  }
  return verifyMixedRun(term, ta, tb, units, base, leet, xa, xb, prefixEnd);
}

/**
 * A run mixing letters of one skeleton class (`il` in `oil`, `ll` + `i` in
 * `illicit`): split the text run into consecutive groups, one per term
 * sub-run, by dynamic programming over positions. Each step extends every
 * reachable position by an interval of lengths, recorded in a difference
 * array, so the work is O(sub-runs × text run length).
 */
function verifyMixedRun(
  term: Int32Array,
  ta: number,
  tb: number,
  units: Uint16Array,
  base: number,
  leet: Uint8Array | undefined,
  xa: number,
  xb: number,
  prefixEnd: boolean,
): boolean {
  const n = xb - xa;
  reserve(n);
  reach.fill(0, 0, n + 1);
  reach[0] = 1;
  let p = ta;
  while (p < tb) {
    const want = term[p]!;
    let e = p + 1;
    while (e < tb && term[e]! === want) e++;
    const k = e - p;
    const last = e === tb;
    const digit = isDigit(want);
    ext[n] = 0;
    for (let q = n - 1; q >= 0; q--) ext[q] = compatible(units, base, leet, xa + q, want) ? ext[q + 1]! + 1 : 0;
    diff.fill(0, 0, n + 2);
    let any = false;
    const mark = (from: number, to: number): void => {
      diff[from]!++;
      diff[to + 1]!--;
      any = true;
    };
    for (let q = 0; q < n; q++) {
      if (reach[q] === 0) continue;
      const room = ext[q]!;
      if (room === 0) continue;
      if (last && prefixEnd) {
        if (room >= k) mark(q + k, q + room);
      } else if (digit) {
        if (room >= k) mark(q + k, q + k);
      } else if (k === 1) {
        mark(q + 1, q + 1);
        if (room >= 3) mark(q + 3, q + room);
      } else if (room >= k) {
        mark(q + k, q + room);
      }
    }
    if (!any) return false;
    let running = 0;
    for (let q = 0; q <= n; q++) {
      running += diff[q]!;
      nextReach[q] = running > 0 ? 1 : 0;
    }
    const swap = reach;
    reach = nextReach;
    nextReach = swap;
    p = e;
  }
  if (!prefixEnd) return reach[n] === 1;
  for (let q = 1; q <= n; q++) if (reach[q] === 1) return true;
  return false;
}
