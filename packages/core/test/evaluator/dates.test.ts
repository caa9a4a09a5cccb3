import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates, parseDate } from '../../src/evaluator/dates.js';

const at = (text: string) => {
  const date = parseDate(text);
  if (date === undefined) throw new Error(`not a date: ${text}`);
  return date;
};

describe('dates', () => {
  it('parses dates and date-times with or without an offset', () => {
    expect(at('2026-04-01')).toMatchObject({ dayOnly: true, day: '2026-04-01', instant: Date.UTC(2026, 3, 1) });
    expect(at('2026-04-01T09:00:00Z')).toMatchObject({ dayOnly: false, day: '2026-04-01', instant: Date.UTC(2026, 3, 1, 9) });
    expect(at('2026-04-01T09:00:00.5+01:30').instant).toBe(Date.UTC(2026, 3, 1, 7, 30, 0, 500));
    expect(at('2026-04-01T09:00').instant).toBe(Date.UTC(2026, 3, 1, 9));
  });

  it('refuses days that do not exist and other shapes', () => {
    for (const text of ['2026-02-29', '2026-13-01', '2026-04-31', '2026-04-01T24:00:00Z', '1 April 2026', '2026-4-1', '']) {
      expect(parseDate(text)).toBeUndefined();
    }
    expect(parseDate('2028-02-29')).toBeDefined();
  });

  it('compares by day when either side is date-only, otherwise by instant', () => {
    expect(compareDates(at('2026-04-01T23:59:00Z'), at('2026-04-01'))).toBe(0);
    expect(compareDates(at('2026-04-02T00:00:00+05:00'), at('2026-04-01'))).toBe(1);
    expect(compareDates(at('2026-04-01T10:00:00+01:00'), at('2026-04-01T09:30:00Z'))).toBe(-1);
  });

  it('agrees with Date on any instant', () => {
    fc.assert(fc.property(
      fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }),
      fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }),
      (a, b) => {
        const parsedA = at(a.toISOString());
        expect(parsedA.instant).toBe(a.getTime());
        expect(compareDates(parsedA, at(b.toISOString()))).toBe(Math.sign(a.getTime() - b.getTime()));
      },
    ), { numRuns: 300 });
  });
});
