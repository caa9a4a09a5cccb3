import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from '../../src/diagnostics/did-you-mean.js';

const KEYWORDS = ['severity', 'tags', 'cite', 'when', 'unless', 'say', 'advise', 'suggest', 'example'];

describe('didYouMean', () => {
  it('corrects the usual slips: a dropped, doubled, wrong or swapped letter', () => {
    expect(didYouMean('severty', KEYWORDS)).toBe('severity');
    expect(didYouMean('exemple', KEYWORDS)).toBe('example');
    expect(didYouMean('unles', KEYWORDS)).toBe('unless');
    expect(didYouMean('unelss', KEYWORDS)).toBe('unless');
    expect(didYouMean('term', ['terms', 'pattern', 'rule'])).toBe('terms');
    expect(didYouMean('controversal', ['controversial', 'campaigning'])).toBe('controversial');
  });

  it('ignores case when measuring but returns the candidate as spelt', () => {
    expect(didYouMean('SEVERITY', KEYWORDS)).toBe('severity');
    expect(didYouMean('Severty', KEYWORDS)).toBe('severity');
  });

  it('offers nothing for the exact name, far names or no candidates', () => {
    expect(didYouMean('severity', KEYWORDS)).toBeUndefined();
    expect(didYouMean('banana', KEYWORDS)).toBeUndefined();
    expect(didYouMean('x', [])).toBeUndefined();
  });

  it('scales the allowed distance with the length of the name', () => {
    // Three letters allow one edit, not two.
    expect(didYouMean('sey', ['say'])).toBe('say');
    expect(didYouMean('sxy', ['abc'])).toBeUndefined();
    // Nine letters allow three edits.
    expect(didYouMean('cntrvrsal', ['controversal'])).toBe('controversal');
    expect(didYouMean('abcdefghi', ['abcdxxxxi'])).toBeUndefined();
  });

  it('breaks ties by case, then by code-point order, whatever the candidate order', () => {
    expect(didYouMean('cat', ['cut', 'cot'])).toBe('cot');
    expect(didYouMean('cat', ['cot', 'cut'])).toBe('cot');
    expect(didYouMean('Cat', ['cot', 'Cot'])).toBe('Cot');
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), fc.uniqueArray(fc.string({ maxLength: 6 }), { maxLength: 6 }), (name, candidates) => {
        expect(didYouMean(name, [...candidates].reverse())).toBe(didYouMean(name, candidates));
      }),
      { numRuns: 300 },
    );
  });
});

describe('editDistance', () => {
  it('counts a transposition as one edit', () => {
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('is a symmetric distance that is zero only for equal strings and bounded by the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        const d = editDistance(a, b);
        expect(d).toBe(editDistance(b, a));
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
      }),
      { numRuns: 500 },
    );
  });

  it('gives a result above the limit whenever the true distance is above it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), fc.nat(4), (a, b, limit) => {
        const exact = editDistance(a, b);
        const bounded = editDistance(a, b, limit);
        if (exact <= limit) expect(bounded).toBe(exact);
        else expect(bounded).toBeGreaterThan(limit);
      }),
      { numRuns: 500 },
    );
  });
});
