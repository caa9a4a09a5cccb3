const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-](\d{2}):(\d{2}))?)?$/u;

/** A date written in a pack, checked: its instant for ordering, or why it is not a date. */
export type CheckedDate =
  | {
      ok: true;
      /** Milliseconds since the epoch (a date alone is read as midnight UTC), to order two dates. */
      instant: number;
    }
  | { ok: false; reason: string };

/**
 * Checks an ISO 8601 date (`2026-04-01`) or date-time with its zone
 * (`2026-04-01T09:00Z`, `2026-04-01T09:00:00+01:00`) against the calendar:
 * February 30th, month 13 and hour 25 are refused with the reason.
 */
export function checkDate(written: string): CheckedDate {
  const parts = ISO_DATE.exec(written);
  if (parts === null) return { ok: false, reason: 'it is not written as `YYYY-MM-DD` or `YYYY-MM-DDThh:mm:ss`' };
  const [, y, mo, d, h, mi, s, fraction, zone, zoneHours, zoneMinutes] = parts;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return { ok: false, reason: `there is no month ${month}` };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    return { ok: false, reason: `${MONTHS[month - 1]} ${year} has ${days} days` };
  }
  const hour = Number(h ?? 0);
  const minute = Number(mi ?? 0);
  const second = Number(s ?? 0);
  if (hour > 23) return { ok: false, reason: `there is no hour ${hour}` };
  if (minute > 59) return { ok: false, reason: `there is no minute ${minute}` };
  if (second > 59) return { ok: false, reason: `there is no second ${second}` };
  if (h !== undefined && zone === undefined) {
    // Without a zone the same pack would mean a different instant on each machine.
    return { ok: false, reason: 'a time needs its zone, such as `Z` or `+01:00`' };
  }
  let offsetMinutes = 0;
  if (zone !== undefined && zone !== 'Z') {
    const zh = Number(zoneHours);
    const zm = Number(zoneMinutes);
    if (zh > 23 || zm > 59) return { ok: false, reason: `\`${zone}\` is not a time zone offset` };
    offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (zh * 60 + zm);
  }
  const milliseconds = fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));
  // Date.UTC reads years 0–99 as 1900–1999, so set the year separately.
  const moment = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, milliseconds));
  moment.setUTCFullYear(year);
  return { ok: true, instant: moment.getTime() - offsetMinutes * 60_000 };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
