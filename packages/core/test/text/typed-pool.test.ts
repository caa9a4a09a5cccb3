import { describe, expect, it } from 'vitest';
import { pooledUint32, pooledUint8 } from '../../src/text/typed-pool.js';

describe('typed pool', () => {
  it('hands out zeroed arrays that never overlap', () => {
    const arrays = Array.from({ length: 3000 }, (_, k) => (k % 2 === 0 ? pooledUint32(k % 50) : pooledUint8(k % 70)));
    arrays.forEach((a, k) => {
      expect(Array.from(a).every((x) => x === 0)).toBe(true);
      a.fill(k % 200 + 1);
    });
    arrays.forEach((a, k) => expect(Array.from(a).every((x) => x === (k % 200) + 1)).toBe(true));
  });

  it('gives large requests their own buffer', () => {
    const big = pooledUint32(100_000);
    expect(big.length).toBe(100_000);
    expect(big.byteOffset).toBe(0);
  });
});
