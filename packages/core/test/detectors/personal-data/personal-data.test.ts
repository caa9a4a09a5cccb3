import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DetectorMatch } from '../../../src/detectors/detector.js';
import { personalDataDetectors, secretDetectors } from '../../../src/detectors/personal-data/index.js';
import { mergeMatches, personalDataDetector, PERSONAL_DATA_PARTS } from '../../../src/detectors/personal-data/personal-data.js';
import { found, run, validCard, validEmail, validNino } from './helpers.js';

describe('personal-data', () => {
  it('exports every kind, each with a name, a description and options defaulting to 0.5', () => {
    const names = personalDataDetectors.map((d) => d.name);
    expect(names).toEqual(expect.arrayContaining([
      'email', 'phone', 'postcode', 'nino', 'nhs-number', 'payment-card', 'iban', 'uk-bank-account', 'passport',
      'driving-licence', 'date-of-birth', 'street-address', 'ip-address', 'person-name', 'personal-data',
    ]));
    expect(new Set(names).size).toBe(names.length);
    for (const d of [...personalDataDetectors, ...secretDetectors]) {
      expect(d.description.length, d.name).toBeGreaterThan(10);
      expect(d.options.parse({}).minConfidence, d.name).toBe(0.5);
      expect(() => d.options.parse({ minConfidence: 2 }), d.name).toThrow();
    }
  });

  it('reports each kind once, labelled by kind, in text order', () => {
    const text = 'Email jo.bloggs@gmail.com, call 07911 123456, NI JT 45 67 89 B, card 4539 1488 0343 6467.';
    const matches = run(personalDataDetector, text);
    expect(matches.map((m) => [text.slice(m.start, m.end), m.label])).toEqual([
      ['jo.bloggs@gmail.com', 'email address'],
      ['07911 123456', 'phone number'],
      ['JT 45 67 89 B', 'National Insurance number'],
      ['4539 1488 0343 6467', 'payment card number (Visa)'],
    ]);
  });

  it('keeps the surest of overlapping matches', () => {
    const m = (start: number, end: number, confidence: number, label: string): DetectorMatch => ({ start, end, confidence, label });
    const merged = mergeMatches(
      [
        { match: m(0, 10, 0.6, 'wide'), rank: 0 },
        { match: m(2, 5, 0.9, 'sure'), rank: 1 },
        { match: m(8, 12, 0.7, 'later'), rank: 2 },
        { match: m(20, 25, 0.5, 'apart'), rank: 3 },
      ],
      30,
    );
    expect(merged.map((x) => x.label)).toEqual(['sure', 'later', 'apart']);
  });

  it('never returns overlapping matches, whatever the detectors find', () => {
    const part = fc.oneof(validEmail, validNino, validCard, fc.constantFrom('07911 123456', 'SW1A 2AA', '14 Crown Street, Leeds LS1 4AP', 'my neighbour John Smith'));
    fc.assert(
      fc.property(fc.array(fc.tuple(part, fc.constantFrom(' ', ', ', ' and ', '\n')), { maxLength: 6 }), (parts) => {
        const text = parts.map(([p, sep]) => p + sep).join('');
        const matches = run(personalDataDetector, text);
        for (let i = 1; i < matches.length; i++) expect(matches[i]!.start).toBeGreaterThanOrEqual(matches[i - 1]!.end);
        for (const x of matches) expect(x.confidence).toBeGreaterThanOrEqual(0.5);
      }),
      { numRuns: 150 },
    );
  });

  it('includes or excludes kinds on request and refuses unknown kinds', () => {
    const text = 'jo.bloggs@gmail.com 07911 123456';
    expect(found(personalDataDetector, text).length).toBe(2);
    expect(run(personalDataDetector, text, { include: ['phone'] }).map((m) => m.label)).toEqual(['phone number']);
    expect(run(personalDataDetector, text, { exclude: ['phone'] }).map((m) => m.label)).toEqual(['email address']);
    expect(() => personalDataDetector.options.parse({ include: ['shoe-size'] })).toThrow();
    expect(PERSONAL_DATA_PARTS.some((d) => d.name === 'personal-data')).toBe(false);
  });

  it('finds nothing in ordinary civil-service posts', () => {
    for (const text of [
      'Great turnout at the careers fair today! Thanks to all 250 visitors.',
      'Read the 2024 annual report: figures rose 3.5% on 2023.',
      'The consultation closes on 12 March 2025 at 11:59pm.',
      'Minister Jones visited Leeds on Tuesday to open the new hub.',
      'Version 2.1.4 of the service is live on GOV.UK.',
    ]) {
      expect(found(personalDataDetector, text), text).toEqual([]);
    }
  });
});
