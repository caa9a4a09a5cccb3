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

/** A fresh, zero-filled `Uint32Array` of `length` elements. */
export function pooledUint32(length: number): Uint32Array {
  const bytes = (length * 4 + 7) & ~7;
  if (bytes > LARGE_BYTES) return new Uint32Array(length);
  const at = carve(bytes);
  return new Uint32Array(chunk, at, length);
}

/** A fresh, zero-filled `Uint8Array` of `length` elements. */
export function pooledUint8(length: number): Uint8Array {
  const bytes = (length + 7) & ~7;
  if (bytes > LARGE_BYTES) return new Uint8Array(length);
  const at = carve(bytes);
  return new Uint8Array(chunk, at, length);
}

/** A fresh, zero-filled `Uint16Array` of `length` elements. */
export function pooledUint16(length: number): Uint16Array {
  const bytes = (length * 2 + 7) & ~7;
  if (bytes > LARGE_BYTES) return new Uint16Array(length);
  // Carve first: it may start a new chunk, and the view must be on that one.
  const at = carve(bytes);
  return new Uint16Array(chunk, at, length);
}

/** A fresh, zero-filled `Int32Array` of `length` elements. */
export function pooledInt32(length: number): Int32Array {
  const bytes = (length * 4 + 7) & ~7;
  if (bytes > LARGE_BYTES) return new Int32Array(length);
  // Carve first: it may start a new chunk, and the view must be on that one.
  const at = carve(bytes);
  return new Int32Array(chunk, at, length);
}

/** A fresh, zero-filled `Float64Array` of `length` elements. */
export function pooledFloat64(length: number): Float64Array {
  const bytes = length * 8;
  if (bytes > LARGE_BYTES) return new Float64Array(length);
  // Carve first: it may start a new chunk, and the view must be on that one.
  const at = carve(bytes);
  return new Float64Array(chunk, at, length);
}
