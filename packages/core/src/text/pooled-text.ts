import type { NormalisedText } from './normalised-text.js';
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

/**
 * A {@link NormalisedText} as `normalise` returns it: a view on a stretch of a
 * {@link UnitChunk}. The string and the offset maps are made on first use
 * only; the term scanner reads the units in place and usually needs neither.
 */
export class PooledText implements NormalisedText {
  private cachedText: string | undefined = undefined;
  private cachedStarts: Uint32Array | undefined = undefined;
  private cachedEnds: Uint32Array | undefined = undefined;
  private cachedLeet: Uint8Array | undefined = undefined;

  /**
   * @param original - the text as written
   * @param chunk - where the units are
   * @param base - index of the first unit in the chunk
   * @param units - number of units
   * @param hasLeet - whether any unit has a leet source
   */
  constructor(
    readonly original: string,
    readonly chunk: UnitChunk,
    readonly base: number,
    readonly units: number,
    readonly hasLeet: boolean,
  ) {}

  get text(): string {
    return (this.cachedText ??= decodeUnits(this.chunk.code, this.base, this.base + this.units));
  }

  get starts(): Uint32Array {
    return (this.cachedStarts ??= this.chunk.start.subarray(this.base, this.base + this.units));
  }

  get ends(): Uint32Array {
    return (this.cachedEnds ??= this.chunk.end.subarray(this.base, this.base + this.units));
  }

  get leet(): Uint8Array | undefined {
    if (!this.hasLeet) return undefined;
    return (this.cachedLeet ??= this.chunk.leet.subarray(this.base, this.base + this.units));
  }
}
