import type { NormalisedText } from './normalised-text.js';
import { pooledUint32, pooledUint8 } from './typed-pool.js';
import type { UnitChunk } from './unit-chunk.js';

interface Utf16Decoder {
  decode(input: Uint16Array): string;
}
const TextDecoderClass = (globalThis as { TextDecoder?: new (label: string) => Utf16Decoder }).TextDecoder;
/** Native UTF-16 decoding is about twice as fast as `String.fromCharCode.apply`; the output never holds lone surrogates, so it is lossless. */
const decoder = TextDecoderClass === undefined ? undefined : new TextDecoderClass('utf-16le');
const CHUNK = 4096;

/**
 * The string of the UTF-16 units `codes[from, to)`.
 *
 * @param codes - UTF-16 code units
 * @param from - first unit
 * @param to - end (exclusive)
 */
export function decodeUnits(codes: Uint16Array, from: number, to: number): string {
  const length = to - from;
  if (length <= 0) return '';
  if (decoder !== undefined && length > 24) return decoder.decode(codes.subarray(from, to));
  let text = '';
  for (let a = from; a < to; a += CHUNK) {
    text += String.fromCharCode.apply(null, codes.subarray(a, Math.min(to, a + CHUNK)) as unknown as number[]);
  }
  return text;
}

/** Normalises a text again, into a chunk of its own: for a text whose shared chunk has been reused. */
export interface Renormaliser {
  again(original: string): PooledText;
  /**
   * Gives up a shared chunk to the one text in it, if the chunk holds one text
   * at a time (the long-text chunk) and is still the maker's: the text then
   * owns it and reads it in place. True when given up.
   */
  release?(chunk: UnitChunk): boolean;
}

/**
 * A {@link NormalisedText} as `normalise` returns it: a view on a stretch of a
 * {@link UnitChunk}. Nothing is built until it is asked for: the term scanner
 * reads the units in place (see {@link PooledText.resident}), and the string
 * and the offset maps are made on first use. When the units were in the
 * shared chunk and it has since been reused, the original is normalised
 * again, which gives the same units: normalising is a pure function.
 */
export class PooledText implements NormalisedText {
  private cachedText: string | undefined = undefined;
  private cachedStarts: Uint32Array | undefined = undefined;
  private cachedEnds: Uint32Array | undefined = undefined;
  private cachedLeet: Uint8Array | undefined = undefined;
  /** The chunk is shared but was given up to this text (see {@link Renormaliser.release}): nothing will overwrite it. */
  private owned = false;

  /**
   * @param original - the text as written
   * @param chunk - where the units are
   * @param base - index of the first unit in the chunk
   * @param units - number of units
   * @param hasLeet - whether any unit has a leet source
   * @param generation - the chunk's generation when the units were written
   * @param maker - normalises the original again when the units are gone
   */
  constructor(
    readonly original: string,
    public chunk: UnitChunk,
    public base: number,
    readonly units: number,
    readonly hasLeet: boolean,
    private generation: number,
    private readonly maker: Renormaliser,
  ) {}

  /** Makes sure `chunk` holds the units from `base` on, normalising again when they were overwritten. */
  resident(): void {
    if (this.chunk.generation === this.generation) return;
    const again = this.maker.again(this.original);
    this.chunk = again.chunk;
    this.base = again.base;
    this.generation = again.generation;
  }

  get text(): string {
    if (this.cachedText === undefined) {
      this.resident();
      this.cachedText = decodeUnits(this.chunk.code, this.base, this.base + this.units);
    }
    return this.cachedText;
  }

  get starts(): Uint32Array {
    return (this.cachedStarts ??= this.copy(this.chunkStarts()));
  }

  get ends(): Uint32Array {
    return (this.cachedEnds ??= this.copy(this.chunkEnds()));
  }

  get leet(): Uint8Array | undefined {
    if (!this.hasLeet) return undefined;
    if (this.cachedLeet === undefined) {
      this.resident();
      const from = this.chunk.leet;
      if (!this.chunk.shared || this.owned) this.cachedLeet = from.subarray(this.base, this.base + this.units);
      else {
        const leet = pooledUint8(this.units);
        for (let k = 0; k < this.units; k++) leet[k] = from[this.base + k]!;
        this.cachedLeet = leet;
      }
    }
    return this.cachedLeet;
  }

  private chunkStarts(): Uint32Array {
    this.resident();
    return this.chunk.start;
  }

  private chunkEnds(): Uint32Array {
    this.resident();
    return this.chunk.end;
  }

  /**
   * Takes the chunk over when it is the long-text chunk, so that the offset
   * maps are views rather than copies: for a long text, copies would double
   * the memory of the normalised text (about 11 bytes a unit) for as long as
   * the check holds it. The next long text then gets a new chunk.
   */
  adopt(): void {
    if (this.owned || !this.chunk.shared) return;
    this.resident();
    if (this.maker.release?.(this.chunk) === true) this.owned = true;
  }

  /** This text's stretch of `from`: a view when the chunk is its own, else a copy, since a shared chunk will be reused. */
  private copy(from: Uint32Array): Uint32Array {
    const base = this.base;
    const units = this.units;
    if (!this.chunk.shared || this.owned) return from.subarray(base, base + units);
    const to = pooledUint32(units);
    if (units <= 64) for (let k = 0; k < units; k++) to[k] = from[base + k]!;
    else to.set(from.subarray(base, base + units));
    return to;
  }
}

/**
 * `text` with every field made, as plain data properties: for a text
 * `normalise` made, an object literal that also carries the
 * {@link PooledText} as `pooled`, so that the term scanner still reads the
 * units in place; any other text is returned as it is. Code that reads the
 * offset maps word by word (detectors) runs as fast on plain data before the
 * JIT has optimised it as after, which a getter does not; and an object
 * literal's hidden class lives as long as the code that makes it, where a
 * class's instances lose theirs, and the optimised code that relies on it,
 * whenever a full garbage collection finds none alive (measured: detector
 * code deoptimised after every collection).
 *
 * @param text - a normalised text
 */
export function plainText(text: NormalisedText): NormalisedText {
  if (!(text instanceof PooledText)) return text;
  text.adopt();
  const plain: NormalisedText & { pooled: PooledText } = {
    original: text.original,
    text: text.text,
    starts: text.starts,
    ends: text.ends,
    leet: text.leet,
    pooled: text,
  };
  return plain;
}

/** The {@link PooledText} behind a normalised text, if any (see {@link plainText}). */
export function pooledOf(text: NormalisedText): PooledText | undefined {
  if (text instanceof PooledText) return text;
  const pooled = (text as { pooled?: unknown }).pooled;
  return pooled instanceof PooledText ? pooled : undefined;
}
