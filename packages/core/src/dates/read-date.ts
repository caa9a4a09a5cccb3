/**
 * The one reader of ISO 8601 dates (`2026-04-01`) and date-times
 * (`2026-04-01T09:00Z`, `2026-04-01T09:00:00.5+01:30`), for the compiler,
 * which checks the dates a pack writes and says what is wrong, and for the
 * engine, which reads the dates of activities and options.
 */

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([Zz]|[+-](\d{2}):(\d{2}))?)?$/;

/** A date or date-time as read. */
export interface ReadDate {
  /** True for `2026-04-01`, false for a date-time. */
  dayOnly: boolean;
  /** `YYYY-MM-DD`: the day as written, in the writer's own offset. */
  day: string;
  /** Milliseconds since the epoch; a date alone is its midnight UTC, a time without a zone is read as UTC. */
  instant: number;
  /** Whether a date-time gives its zone (`Z`, `+01:00`); true for a date alone. */
  zoned: boolean;
}

/**
 * Reads `text` as an ISO 8601 date or date-time, checked against the
 * calendar: February 30th, month 13 and hour 25 are refused, with the reason
 * as a clause that reads after "the date … is refused:".
 */
export function readDate(text: string): { ok: true; date: ReadDate } | { ok: false; reason: string } {
  const parts = ISO_DATE.exec(text);
  if (parts === null) return { ok: false, reason: 'it is not written as `YYYY-MM-DD` or `YYYY-MM-DDThh:mm:ss`' };
  const [, y, mo, d, h, mi, s, fraction, zone, zoneHours, zoneMinutes] = parts;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return { ok: false, reason: `there is no month ${month}` };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return { ok: false, reason: `${MONTHS[month - 1]} ${year} has ${days} days` };
  const hour = Number(h ?? 0);
  const minute = Number(mi ?? 0);
  const second = Number(s ?? 0);
  if (hour > 23) return { ok: false, reason: `there is no hour ${hour}` };
  if (minute > 59) return { ok: false, reason: `there is no minute ${minute}` };
  if (second > 59) return { ok: false, reason: `there is no second ${second}` };
  let offsetMinutes = 0;
  if (zone !== undefined && zone.toUpperCase() !== 'Z') {
    const zh = Number(zoneHours);
    const zm = Number(zoneMinutes);
    if (zh > 23 || zm > 59) return { ok: false, reason: `\`${zone}\` is not a time zone offset` };
    offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (zh * 60 + zm);
  }
  const milliseconds = fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));
  // Date.UTC reads years 0–99 as 1900–1999, so set the year separately.
  const moment = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, milliseconds));
  moment.setUTCFullYear(year);
  return {
    ok: true,
    date: {
      dayOnly: h === undefined,
      day: `${y}-${mo}-${d}`,
      instant: moment.getTime() - offsetMinutes * 60_000,
      zoned: h === undefined || zone !== undefined,
    },
  };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
