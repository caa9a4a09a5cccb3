import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXIT, exitCodeFor } from '../src/exit-codes.js';

describe('exitCodeFor', () => {
  it('ranks block over bad input over review over the rest', () => {
    fc.assert(
      fc.property(fc.nat(3), fc.nat(3), fc.nat(3), (block, review, invalid) => {
        const code = exitCodeFor({ block, review, invalid });
        if (block > 0) expect(code).toBe(EXIT.block);
        else if (invalid > 0) expect(code).toBe(EXIT.usage);
        else if (review > 0) expect(code).toBe(EXIT.review);
        else expect(code).toBe(EXIT.ok);
      }),
      { numRuns: 200 },
    );
  });

  it('uses the documented numbers', () => {
    expect(EXIT).toEqual({ ok: 0, review: 1, block: 2, usage: 3 });
  });
});
