import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDate } from '../../src/compiler/dates.js';

describe('checkDate', () => {
  it('accepts real dates and date-times with a zone', () => {
    for (const written of ['2026-04-01', '2024-02-29', '2000-02-29', '2026-04-01T09:00Z', '2026-04-01T09:00:00+01:00', '2026-04-01T23:59:59.999-05:30']) {
      expect(checkDate(written).ok, written).toBe(true);
    }
  });

  it('refuses impossible dates with the reason', () => {
    expect(checkDate('2026-02-30')).toEqual({ ok: false, reason: 'February 2026 has 28 days' });
    expect(checkDate('2100-02-29')).toEqual({ ok: false, reason: 'February 2100 has 28 days' });
    expect(checkDate('2026-04-31')).toEqual({ ok: false, reason: 'April 2026 has 30 days' });
    expect(checkDate('2026-13-01')).toEqual({ ok: false, reason: 'there is no month 13' });
    expect(checkDate('2026-04-01T24:00Z')).toEqual({ ok: false, reason: 'there is no hour 24' });
    expect(checkDate('2026-04-01T09:60Z')).toEqual({ ok: false, reason: 'there is no minute 60' });
    expect(checkDate('2026-04-01T09:00')).toEqual({ ok: false, reason: 'a time needs its zone, such as `Z` or `+01:00`' });
    expect(checkDate('2026-04-01T09:00+24:00')).toEqual({ ok: false, reason: '`+24:00` is not a time zone offset' });
    expect(checkDate('1st April')).toMatchObject({ ok: false });
  });

  it('orders instants the way the calendar does, zones included', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        (date, offset) => {
          const utc = checkDate(date.toISOString());
          expect(utc).toEqual({ ok: true, instant: date.getTime() });
          // The same instant written in another zone.
          const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 23);
          const sign = offset < 0 ? '-' : '+';
          const zone = `${sign}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
          expect(checkDate(`${local}${zone}`)).toEqual({ ok: true, instant: date.getTime() });
        },
      ),
      { numRuns: 300 },
    );
  });
});
