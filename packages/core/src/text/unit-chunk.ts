/**
 * Memory the normaliser writes its output into, and that the normalised
 * texts it returns read from: the folded units, their spans in the original
 * and their leet sources, in parallel typed arrays. Each text owns the stretch
 * `[base, base + units)` of one chunk. Stretches are handed out one after the
 * other and never written again, so returning a text costs no copy and no
 * allocation beyond one small object: a post takes about a kilobyte of a
 * chunk, and a chunk holds hundreds of posts. A text keeps its chunk alive
 * (about 350 KiB) while it is itself alive.
 */
export class UnitChunk {
  /** Folded UTF-16 code unit. */
  readonly code: Uint16Array;
  /** Original start offset. */
  readonly start: Uint32Array;
  /** Original end offset (exclusive). */
  readonly end: Uint32Array;
  /** Leet source character (ASCII code) or 0; zero wherever no text has a leet unit. */
  readonly leet: Uint8Array;
  /** Units handed out: the next text starts here. */
  used = 0;

  constructor(readonly capacity: number) {
    this.code = new Uint16Array(capacity);
    this.start = new Uint32Array(capacity);
    this.end = new Uint32Array(capacity);
    this.leet = new Uint8Array(capacity);
  }
}

/** Units in a chunk shared by short texts (a chunk is about 11 bytes a unit). */
export const CHUNK_UNITS = 1 << 15;
