import { describe, expect, it } from 'vitest';
import { ssnValid, usSsnDetector } from '../../../src/detectors/personal-data/us-ssn.js';
import { confidenceOf, found } from './helpers.js';

describe('us-ssn', () => {
  it('applies the issuing rules', () => {
    expect(ssnValid('460', '89', '9847')).toBe(true);
    expect(ssnValid('000', '89', '9847')).toBe(false);
    expect(ssnValid('666', '89', '9847')).toBe(false);
    expect(ssnValid('912', '89', '9847')).toBe(false);
    expect(ssnValid('460', '00', '9847')).toBe(false);
    expect(ssnValid('460', '89', '0000')).toBe(false);
  });

  it('finds hyphenated numbers, and spaced or whole ones after SSN words', () => {
    expect(found(usSsnDetector, "Here's my SSN: 460-89-9847")).toEqual(['460-89-9847']);
    expect(found(usSsnDetector, 'social security number 460 89 9847')).toEqual(['460 89 9847']);
    expect(found(usSsnDetector, 'ssn 460899847')).toEqual(['460899847']);
    expect(found(usSsnDetector, 'order 460899847')).toEqual([]);
    expect(found(usSsnDetector, 'SSN 000-00-0000')).toEqual([]);
  });

  it('scores instructional examples below 0.5', () => {
    expect(confidenceOf(usSsnDetector, 'The format is 460-89-9847, for example', '460-89-9847')).toBeLessThan(0.5);
  });
});
