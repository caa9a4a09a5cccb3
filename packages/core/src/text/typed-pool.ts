/**
 * Hands out small typed arrays as views on shared 64 KiB buffers. Creating a
 * typed array with its own backing store costs about a microsecond in V8,
 * more than normalising a whole post, so the offset maps of short texts are
 * carved out of a pool instead. Memory is never handed out twice; a retained
 * view keeps its (small) chunk alive; large requests get their own buffer.
 */

const CHUNK_BYTES = 1 << 16;
const LARGE_BYTES = CHUNK_BYTES >>> 3;
let chunk = new ArrayBuffer(CHUNK_BYTES);
let used = 0;

/** Reserves `bytes` (a multiple of 8) in the current chunk and returns its offset. */
function carve(bytes: number): number {
  if (used + bytes > CHUNK_BYTES) {
    chunk = new ArrayBuffer(CHUNK_BYTES);
    used = 0;
  }
  const at = used;
  used += bytes;
  return at;
}

/** A typed-array class: what {@link pooled} needs of it. */
interface TypedArrayClass<T> {
  new (length: number): T;
  new (buffer: ArrayBuffer, byteOffset: number, length: number): T;
  readonly BYTES_PER_ELEMENT: number;
}

/** A fresh, zero-filled array of `length` elements of `Type`: a view on the pool, or its own buffer when large. */
function pooled<T>(Type: TypedArrayClass<T>, length: number): T {
  const bytes = (length * Type.BYTES_PER_ELEMENT + 7) & ~7;
  if (bytes > LARGE_BYTES) return new Type(length);
  // Carve first: it may start a new chunk, and the view must be on that one.
  const at = carve(bytes);
  return new Type(chunk, at, length);
}

/** A fresh, zero-filled `Uint8Array` of `length` elements. */
export const pooledUint8 = (length: number): Uint8Array => pooled(Uint8Array, length);
/** A fresh, zero-filled `Uint16Array` of `length` elements. */
export const pooledUint16 = (length: number): Uint16Array => pooled(Uint16Array, length);
/** A fresh, zero-filled `Uint32Array` of `length` elements. */
export const pooledUint32 = (length: number): Uint32Array => pooled(Uint32Array, length);
/** A fresh, zero-filled `Int32Array` of `length` elements. */
export const pooledInt32 = (length: number): Int32Array => pooled(Int32Array, length);
/** A fresh, zero-filled `Float64Array` of `length` elements. */
export const pooledFloat64 = (length: number): Float64Array => pooled(Float64Array, length);
