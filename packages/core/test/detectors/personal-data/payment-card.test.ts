import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardScheme, paymentCardDetector } from '../../../src/detectors/personal-data/payment-card.js';
import { luhnValid } from '../../../src/detectors/personal-data/shared/checksums.js';
import { confidenceOf, filler, found, run, trailer, validCard } from './helpers.js';

describe('payment-card', () => {
  it('knows the issuer ranges and lengths', () => {
    expect(cardScheme('4539148803436467')).toBe('Visa');
    expect(cardScheme('5555555555554444')).toBe('Mastercard');
    expect(cardScheme('2223003122003222')).toBe('Mastercard');
    expect(cardScheme('2721000000000000')).toBeUndefined();
    expect(cardScheme('378282246310005')).toBe('American Express');
    expect(cardScheme('37828224631000')).toBeUndefined();
    expect(cardScheme('6011111111111117')).toBe('Discover');
    expect(cardScheme('7000000000000000')).toBeUndefined();
  });

  it('finds cards whole, spaced or hyphenated, with the scheme in the label', () => {
    const text = 'My credit card is 4539 1488 0343 6467, exp 12/28. Old one: 4539-1488-0343-6467.';
    const matches = run(paymentCardDetector, text);
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(['4539 1488 0343 6467', '4539-1488-0343-6467']);
    expect(matches[0]!.label).toBe('payment card number (Visa)');
    expect(matches[0]!.confidence).toBeGreaterThan(0.9);
  });

  it('rejects numbers failing Luhn, outside issuer ranges, or glued to other digits', () => {
    expect(luhnValid('4539148803436468')).toBe(false);
    expect(found(paymentCardDetector, 'card 4539 1488 0343 6468')).toEqual([]);
    expect(found(paymentCardDetector, 'card 7000 0000 0000 0009')).toEqual([]);
    expect(found(paymentCardDetector, 'ref A4539148803436467')).toEqual([]);
    expect(found(paymentCardDetector, 'value 1.4539148803436467')).toEqual([]);
  });

  it('lowers published test numbers, below 0.5 when the text says they are test values', () => {
    expect(confidenceOf(paymentCardDetector, 'use test card 4111 1111 1111 1111 at checkout', '4111 1111 1111 1111')).toBeLessThan(0.5);
    expect(confidenceOf(paymentCardDetector, 'charged to 4111 1111 1111 1111', '4111 1111 1111 1111')).toBeLessThanOrEqual(0.55);
    expect(confidenceOf(paymentCardDetector, 'charged to 4539 1488 0343 6467', '4539 1488 0343 6467')).toBeGreaterThan(0.9);
  });

  it('finds a whole card next to other numbers, but never a slice of a longer grouped run', () => {
    expect(found(paymentCardDetector, 'card 4539148803436467 12')).toEqual(['4539148803436467']);
    // The first three groups alone pass Luhn as a 12-digit Maestro number; the whole run does not.
    expect(luhnValid('601130299972')).toBe(true);
    const last = ['0000', '0001', '0002'].find((g) => !luhnValid(`601130299972${g}`))!;
    expect(found(paymentCardDetector, `card 6011 3029 9972 ${last}`)).toEqual([]);
  });

  it('finds every generated valid card with its span inside other text', () => {
    fc.assert(
      fc.property(filler, validCard, trailer, (before, card, after) => {
        const matches = run(paymentCardDetector, before + card + after);
        expect(matches.map((m) => [m.start, m.end])).toEqual([[before.length, before.length + card.length]]);
      }),
      { numRuns: 400 },
    );
  });

  it('never reports a generated card whose last digit is changed', () => {
    fc.assert(
      fc.property(validCard, fc.integer({ min: 1, max: 9 }), (card, delta) => {
        const last = card.charCodeAt(card.length - 1) - 48;
        const wrong = card.slice(0, -1) + String((last + delta) % 10);
        expect(found(paymentCardDetector, `card number ${wrong}`)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
