/**
 * Growable typed arrays the normaliser reuses from call to call, so that
 * normalising a stream of short posts does not allocate per character.
 * JavaScript runs one call at a time, so one shared set is safe.
 */
export class UnitBuffer {
  /** Folded UTF-16 code unit. */
  code = new Uint16Array(256);
  /** Class from `char-class.ts`. */
  cls = new Uint8Array(256);
  /** Original start offset. */
  start = new Uint32Array(256);
  /** Original end offset (exclusive). */
  end = new Uint32Array(256);
  /** Leet source character (ASCII code) or 0. */
  leet = new Uint8Array(256);
  /** Number of units in use. */
  length = 0;

  /** Makes room for `extra` more units. */
  reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.code.length) return;
    let size = this.code.length * 2;
    while (size < needed) size *= 2;
    this.code = grow(this.code, new Uint16Array(size));
    this.cls = grow(this.cls, new Uint8Array(size));
    this.start = grow(this.start, new Uint32Array(size));
    this.end = grow(this.end, new Uint32Array(size));
    this.leet = grow(this.leet, new Uint8Array(size));
  }
}

function grow<T extends Uint8Array | Uint16Array | Uint32Array>(old: T, bigger: T): T {
  bigger.set(old);
  return bigger;
}
