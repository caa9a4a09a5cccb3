import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nhsNumberDetector } from '../../../src/detectors/personal-data/nhs-number.js';
import { nhsCheckDigit, nhsNumberValid } from '../../../src/detectors/personal-data/shared/checksums.js';
import { confidenceOf, filler, found, run, trailer, validNhs } from './helpers.js';

describe('nhs-number', () => {
  it('checks the modulus 11 digit', () => {
    expect(nhsNumberValid('9434765919')).toBe(true);
    expect(nhsNumberValid('9434765918')).toBe(false);
    // Weighted sum 12: remainder 1 gives check 10, so no valid number starts with these nine digits.
    expect(nhsCheckDigit('000000006')).toBe(-1);
    // Weighted sum 0: check 11 is written 0.
    expect(nhsCheckDigit('000000000')).toBe(0);
    expect(nhsCheckDigit('943476591')).toBe(9);
  });

  it('finds an NHS number named as such, spaced or whole', () => {
    expect(found(nhsNumberDetector, 'Her NHS number is 943 476 5919, please update.')).toEqual(['943 476 5919']);
    expect(found(nhsNumberDetector, 'NHS no: 9434765919')).toEqual(['9434765919']);
  });

  it('keeps a valid number without health words below 0.5', () => {
    expect(found(nhsNumberDetector, 'Order 943 476 5919 shipped')).toEqual([]);
    expect(confidenceOf(nhsNumberDetector, 'Order 943 476 5919 shipped', '943 476 5919')).toBeGreaterThan(0);
  });

  it('ignores wrong check digits, other groupings and numbers inside longer ones', () => {
    expect(found(nhsNumberDetector, 'NHS number 943 476 5918')).toEqual([]);
    expect(found(nhsNumberDetector, 'NHS number 9434 765 919')).toEqual([]);
    expect(found(nhsNumberDetector, 'NHS number 19434765919')).toEqual([]);
    expect(found(nhsNumberDetector, 'NHS number 0000000000')).toEqual([]);
  });

  it('finds every generated valid number after NHS words, with its span', () => {
    fc.assert(
      fc.property(filler, validNhs, trailer, (before, nhs, after) => {
        const prefix = `${before}NHS number `;
        const matches = run(nhsNumberDetector, prefix + nhs + after);
        expect(matches.map((m) => [m.start, m.end])).toEqual([[prefix.length, prefix.length + nhs.length]]);
      }),
      { numRuns: 300 },
    );
  });

  it('never reports a generated number whose check digit is changed', () => {
    fc.assert(
      fc.property(validNhs, fc.integer({ min: 1, max: 9 }), (nhs, delta) => {
        const last = nhs.charCodeAt(nhs.length - 1) - 48;
        const wrong = nhs.slice(0, -1) + String((last + delta) % 10);
        expect(found(nhsNumberDetector, `NHS number ${wrong}`)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
