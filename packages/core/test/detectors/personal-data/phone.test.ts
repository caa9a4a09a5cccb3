import fc from 'fast-check';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { phoneCandidates, phoneDetector } from '../../../src/detectors/personal-data/phone.js';
import { confidenceOf, filler, found, run, trailer } from './helpers.js';

describe('phone', () => {
  it('finds UK numbers in free text, national and international', () => {
    const text = 'Call me on 07911 123456 or the office on +44 20 7123 4567 (not 12345).';
    expect(found(phoneDetector, text)).toEqual(['07911 123456', '+44 20 7123 4567']);
    expect(run(phoneDetector, text)[0]!.confidence).toBeGreaterThan(0.9);
  });

  it('finds other countries’ numbers with an international prefix', () => {
    expect(found(phoneDetector, 'Desk: +41 (0)69 979 80 58')).toEqual(['+41 (0)69 979 80 58']);
    expect(found(phoneDetector, 'ring +1-604-696-5272 tonight')).toEqual(['+1-604-696-5272']);
  });

  it('reports an unknown number shape only with phone words next to it', () => {
    expect(found(phoneDetector, 'Phone: 358 0594')).toEqual(['358 0594']);
    expect(found(phoneDetector, 'Box 358 0594')).toEqual([]);
    expect(found(phoneDetector, '0494 92 82 32 mobile')).toEqual(['0494 92 82 32']);
  });

  it('does not take dates, times, years or long digit runs for phone numbers', () => {
    expect(found(phoneDetector, 'On 2018-01-14 03:07:43 the talks began')).toEqual([]);
    expect(found(phoneDetector, 'between 1977 and 2020 there were 12345 people')).toEqual([]);
    expect(found(phoneDetector, 'card 4454794511390933')).toEqual([]);
    expect(phoneCandidates('1 '.repeat(40))).toEqual([]);
  });

  it('lowers drama and freephone numbers, and examples below 0.5', () => {
    expect(confidenceOf(phoneDetector, 'Call 0800 123 4567 for help', '0800 123 4567')).toBeLessThan(0.5);
    expect(confidenceOf(phoneDetector, 'The format is e.g. 07911 123456', '07911 123456')).toBeLessThan(0.5);
    expect(confidenceOf(phoneDetector, 'Ring 020 7946 0123', '020 7946 0123')).toBeLessThan(confidenceOf(phoneDetector, 'Ring 020 7123 4567', '020 7123 4567'));
  });

  it('finds every generated valid UK mobile number with its span inside other text', () => {
    const mobile = fc
      .tuple(fc.constantFrom('074', '075', '077', '078', '079'), fc.integer({ min: 0, max: 99999999 }), fc.boolean())
      .map(([prefix, n, spaced]) => {
        const digits = prefix + String(n).padStart(8, '0');
        return spaced ? `${digits.slice(0, 5)} ${digits.slice(5)}` : digits;
      })
      .filter((n) => isValidPhoneNumber(n, 'GB') && !n.replace(' ', '').startsWith('07700900'));
    fc.assert(
      fc.property(filler, mobile, trailer, (before, number, after) => {
        const matches = run(phoneDetector, before + number + after);
        expect(matches.map((m) => [m.start, m.end])).toEqual([[before.length, before.length + number.length]]);
      }),
      { numRuns: 200 },
    );
  });
});
