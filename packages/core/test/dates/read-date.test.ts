import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDate } from '../../src/compiler/dates.js';
import { readDate } from '../../src/dates/read-date.js';
import { parseDate } from '../../src/evaluator/dates.js';

const two = (n: number) => String(n).padStart(2, '0');
// Dates and date-times, valid or not: days past the month's end, hours to 25, zones or none.
const written = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    time: fc.option(fc.record({ hour: fc.integer({ min: 0, max: 25 }), minute: fc.integer({ min: 0, max: 60 }), second: fc.option(fc.integer({ min: 0, max: 60 })) })),
    zone: fc.constantFrom('', 'Z', 'z', '+01:00', '-05:30', '+24:00'),
  })
  .map(({ year, month, day, time, zone }) => {
    const date = `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;
    if (time === null) return date;
    return `${date}T${two(time.hour)}:${two(time.minute)}${time.second === null ? '' : `:${two(time.second)}`}${zone}`;
  });

describe('one reader of dates for the compiler and the engine', () => {
  it('gives both the same verdict and the same instant, the compiler asking a time for its zone as well', () => {
    fc.assert(
      fc.property(written, (text) => {
        const read = readDate(text);
        const engine = parseDate(text);
        const compiler = checkDate(text);
        expect(engine === undefined).toBe(!read.ok);
        if (!read.ok) {
          expect(compiler).toEqual({ ok: false, reason: read.reason });
          return;
        }
        expect(engine!.instant).toBe(read.date.instant);
        if (read.date.zoned) expect(compiler).toEqual({ ok: true, instant: read.date.instant });
        else expect(compiler).toEqual({ ok: false, reason: 'a time needs its zone, such as `Z` or `+01:00`' });
      }),
      { numRuns: 1000 },
    );
  });

  it('reads an instant as Date does', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), (date) => {
        const read = readDate(date.toISOString());
        expect(read).toMatchObject({ ok: true, date: { instant: date.getTime(), dayOnly: false, zoned: true } });
      }),
      { numRuns: 300 },
    );
  });
});
