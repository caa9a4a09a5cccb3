import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IBAN_LENGTHS, ibanDetector } from '../../../src/detectors/personal-data/iban.js';
import { ibanCheckDigits, ibanChecksumValid } from '../../../src/detectors/personal-data/shared/checksums.js';
import { confidenceOf, filler, found, run, trailer, validIban } from './helpers.js';

describe('iban', () => {
  it('computes and checks mod-97 check digits', () => {
    expect(ibanChecksumValid('GB29NWBK60161331926819')).toBe(true);
    expect(ibanChecksumValid('GB28NWBK60161331926819')).toBe(false);
    expect(ibanCheckDigits('GB', 'NWBK60161331926819')).toBe('29');
    expect(IBAN_LENGTHS.GB).toBe(22);
  });

  it('finds IBANs whole or grouped in fours, with original offsets', () => {
    const text = 'Transfer from GB56HXDO88167774656119 or DE44 5001 0517 5407 3249 31 today.';
    expect(found(ibanDetector, text)).toEqual(['GB56HXDO88167774656119', 'DE44 5001 0517 5407 3249 31']);
  });

  it('refuses wrong lengths, unknown countries and failed checksums', () => {
    expect(found(ibanDetector, 'IBAN GB56HXDO8816777465611')).toEqual([]);
    expect(found(ibanDetector, 'IBAN GB56HXDO881677746561190')).toEqual([]);
    expect(found(ibanDetector, 'IBAN QQ56HXDO88167774656119')).toEqual([]);
    expect(found(ibanDetector, 'IBAN GB57HXDO88167774656119')).toEqual([]);
  });

  it('scores specimen IBANs in instructions below 0.5', () => {
    const text = 'An IBAN looks like GB82 WEST 1234 5698 7654 32, for example.';
    expect(found(ibanDetector, text)).toEqual([]);
    expect(confidenceOf(ibanDetector, text, 'GB82 WEST 1234 5698 7654 32')).toBeGreaterThan(0);
  });

  it('finds every generated valid IBAN with its span inside other text', () => {
    fc.assert(
      fc.property(filler, validIban, trailer, (before, iban, after) => {
        const matches = run(ibanDetector, before + iban + after);
        expect(matches.map((m) => [m.start, m.end])).toEqual([[before.length, before.length + iban.length]]);
      }),
      { numRuns: 300 },
    );
  });

  it('never reports a generated IBAN whose check digits are changed', () => {
    fc.assert(
      fc.property(validIban, fc.integer({ min: 1, max: 96 }), (iban, delta) => {
        const check = Number(iban.slice(2, 4));
        const wrong = iban.slice(0, 2) + String(((check - 2 + delta) % 97) + 2).padStart(2, '0') + iban.slice(4);
        expect(found(ibanDetector, `IBAN ${wrong}`)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
