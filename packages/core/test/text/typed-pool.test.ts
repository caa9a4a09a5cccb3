import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pooledFloat64, pooledInt32, pooledUint16, pooledUint32, pooledUint8 } from '../../src/text/typed-pool.js';

const makers = [pooledUint8, pooledUint16, pooledUint32, pooledInt32, pooledFloat64] as const;

describe('the typed-array pool', () => {
  it('hands out zeroed arrays that never share memory, across many chunks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: makers.length - 1 }), fc.integer({ min: 0, max: 3000 })), { minLength: 50, maxLength: 400 }),
        (requests) => {
          const arrays = requests.map(([kind, length]) => makers[kind]!(length));
          arrays.forEach((array, k) => {
            expect(array.length).toBe(requests[k]![1]);
            expect(array.every((value) => value === 0)).toBe(true);
          });
          // Mark every array with its own number: were two to overlap, one would read the other's mark.
          arrays.forEach((array, k) => array.fill(k + 1));
          arrays.forEach((array, k) => expect(array.every((value) => value === k + 1), `array ${k}`).toBe(true));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('gives large requests their own buffer', () => {
    const big = pooledUint32(100_000);
    expect(big.length).toBe(100_000);
    expect(big.byteOffset).toBe(0);
  });
});
