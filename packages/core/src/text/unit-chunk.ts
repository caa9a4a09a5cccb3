/**
 * Memory the normaliser writes its output into, and that the normalised
 * texts it returns read from: the folded units, their spans in the original
 * and their leet sources, in parallel typed arrays. Each text owns the stretch
 * `[base, base + units)` of one chunk, so returning a text costs no copy.
 *
 * Short texts share one ring-like chunk that is used again from the start
 * when it is full: `generation` then goes up, and every text written before
 * knows its units are gone (see `PooledText`). Long texts share a second
 * chunk that holds one text at a time. A text normalised again after its
 * units were overwritten gets a chunk of its own, never reused; so do the
 * rare texts that outgrow their chunk while being normalised. Reusing
 * memory matters: fresh typed arrays cost page faults and garbage-collector
 * work, which for posts came to a fifth of the time of normalising them.
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
  /** Goes up each time a shared chunk starts again from the beginning. */
  generation = 0;

  /**
   * @param capacity - units
   * @param shared - whether the chunk will be reused, or belongs to one text for good
   */
  constructor(
    readonly capacity: number,
    readonly shared: boolean,
  ) {
    this.code = new Uint16Array(capacity);
    this.start = new Uint32Array(capacity);
    this.end = new Uint32Array(capacity);
    this.leet = new Uint8Array(capacity);
  }

  /** Starts a shared chunk again from the beginning; texts written before lose their units. */
  recycle(): void {
    this.generation++;
    // Leet sources are zero past `used` (the normaliser clears what it wrote beyond a text's end).
    this.leet.fill(0, 0, this.used);
    this.used = 0;
  }
}

/** Units in the shared chunk (about 11 bytes a unit); texts needing more than a quarter of it go to the long-text chunk. */
export const RING_UNITS = 1 << 16;
