import { describe, expect, it } from 'vitest';
import { passportDetector } from '../../../src/detectors/personal-data/passport.js';
import { confidenceOf, found } from './helpers.js';

describe('passport', () => {
  it('finds passport numbers after passport words', () => {
    expect(found(passportDetector, 'My passport number is 925076473, expires 2030')).toEqual(['925076473']);
    expect(found(passportDetector, 'Passport no: 19824624.')).toEqual(['19824624']);
    expect(found(passportDetector, 'passport #AB1234567')).toEqual(['AB1234567']);
  });

  it('ignores the same digits without passport words and short numbers', () => {
    expect(found(passportDetector, 'Reference 925076473')).toEqual([]);
    expect(found(passportDetector, 'passport photo 12345')).toEqual([]);
  });

  it('scores placeholders below 0.5', () => {
    expect(confidenceOf(passportDetector, 'passport number 000000000', '000000000')).toBeLessThan(0.5);
    expect(confidenceOf(passportDetector, 'passport number, e.g. 925076473', '925076473')).toBeLessThan(0.5);
  });
});
