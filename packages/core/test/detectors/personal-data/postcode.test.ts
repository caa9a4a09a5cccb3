import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postcodeDetector, ukPostcodeValid } from '../../../src/detectors/personal-data/postcode.js';
import { confidenceOf, filler, found, run, trailer, validPostcode } from './helpers.js';

describe('postcode', () => {
  it('validates areas and the letters each position allows', () => {
    for (const good of ['SW1A 1AA', 'EC1A 1BB', 'W1A 0AX', 'M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'GIR 0AA', 'BT1 5GS', 'LS11 5DB']) {
      expect(ukPostcodeValid(good), good).toBe(true);
    }
    // QQ is no area; Q never starts one; V, C, I, K, M, O never end the inward code; A9A allows only some third letters.
    for (const bad of ['QQ1 1QQ', 'Q1 1AA', 'XX1 1AA', 'SW1A 1AC', 'SW1A 1AV', 'SW1A 1KA', 'W1L 0AX', 'EC1Z 1BB']) {
      expect(ukPostcodeValid(bad), bad).toBe(false);
    }
  });

  it('finds postcodes with and without the space, not inside words', () => {
    expect(found(postcodeDetector, 'I live at SW1A 2AA and work at M11AE.')).toEqual(['SW1A 2AA', 'M11AE']);
    expect(found(postcodeDetector, 'codeSW1A 2AA')).toEqual([]);
    expect(found(postcodeDetector, 'mixed Sw1a 2aa')).toEqual([]);
  });

  it('needs address words for a lower-case postcode and lowers instructional ones', () => {
    expect(confidenceOf(postcodeDetector, 'see sw1a 2aa', 'sw1a 2aa')).toBeLessThan(0.5);
    expect(confidenceOf(postcodeDetector, 'my postcode is sw1a 2aa', 'sw1a 2aa')).toBeGreaterThanOrEqual(0.5);
    expect(confidenceOf(postcodeDetector, 'Enter a postcode, for example SW1A 2AA.', 'SW1A 2AA')).toBeLessThan(0.5);
  });

  it('finds every generated postcode with its span inside other text', () => {
    fc.assert(
      fc.property(filler, validPostcode, trailer, (before, postcode, after) => {
        const matches = run(postcodeDetector, before + postcode + after);
        expect(matches.map((m) => [m.start, m.end])).toEqual([[before.length, before.length + postcode.length]]);
      }),
      { numRuns: 300 },
    );
  });

  it('never reports a generated postcode whose inward letters are ones Royal Mail does not use', () => {
    fc.assert(
      fc.property(validPostcode, fc.constantFrom('C', 'I', 'K', 'M', 'O', 'V'), (postcode, bad) => {
        expect(found(postcodeDetector, `postcode ${postcode.slice(0, -1)}${bad}`)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
