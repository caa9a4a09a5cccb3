import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearPartners } from '../../src/evaluator/conditions/near.js';
import type { SourceMatch } from '../../src/evaluator/field-scan.js';

const at = (firstWord: number, lastWord = firstWord): SourceMatch =>
  ({ start: firstWord, end: lastWord + 1, matched: 'm', firstWord, lastWord });

const distance = (a: SourceMatch, b: SourceMatch) => Math.max(0, b.firstWord - a.lastWord, a.firstWord - b.lastWord);

describe('nearPartners', () => {
  it('pairs matches at most N words apart, in either order', () => {
    const primary = [at(0), at(10), at(20, 22)];
    const other = [at(3), at(25)];
    expect(nearPartners(primary, other, 3).map((p) => p?.firstWord)).toEqual([3, undefined, 25]);
    expect(nearPartners(primary, other, 2).map((p) => p?.firstWord)).toEqual([undefined, undefined, undefined]);
  });

  it('does not pair a match with itself', () => {
    const same = [at(1), at(9)];
    expect(nearPartners(same, same, 3)).toEqual([undefined, undefined]);
    expect(nearPartners(same, same, 8).map((p) => p?.firstWord)).toEqual([9, 1]);
  });

  it('agrees with checking every pair', () => {
    const match = fc.tuple(fc.nat(30), fc.nat(3)).map(([first, extra]) => at(first, first + extra));
    fc.assert(fc.property(fc.array(match, { maxLength: 12 }), fc.array(match, { maxLength: 12 }), fc.nat(6), fc.boolean(),
      (primary, otherList, within, sameList) => {
        const other = sameList ? primary : otherList;
        const partners = nearPartners(primary, other, within);
        primary.forEach((a, i) => {
          const exists = other.some((b) => b !== a && distance(a, b) <= within);
          expect(partners[i] !== undefined).toBe(exists);
          if (partners[i] !== undefined) {
            expect(partners[i]).not.toBe(a);
            expect(distance(a, partners[i]!)).toBeLessThanOrEqual(within);
          }
        });
      }), { numRuns: 500 });
  });
});
