/**
 * Dates as conditions and activities write them, ready to compare.
 *
 * A date-only value (`2026-04-01`) stands for a whole day, so a comparison
 * with one compares days: `2026-05-07T23:00:00Z between 2026-04-01 and
 * 2026-05-07` holds. The day of a date-time is the day as written, in the
 * writer's own offset. Two date-times compare as instants; one without an
 * offset is read as UTC.
 *
 * @module
 */

/** A parsed date or date-time. */
export interface DateValue {
  /** As written. */
  text: string;
  /** True for `2026-04-01`, false for a date-time. */
  dayOnly: boolean;
  /** `YYYY-MM-DD`: the day as written. */
  day: string;
  /** Milliseconds since the epoch (for a date-only value, its midnight UTC). */
  instant: number;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?([Zz]|[+-]\d{2}:\d{2})?$/;

/** Parses an ISO 8601 date or date-time; undefined when it is neither or names a day that does not exist. */
export function parseDate(text: string): DateValue | undefined {
  const dateOnly = DATE_ONLY.exec(text);
  if (dateOnly !== null) {
    const [, y, m, d] = dateOnly;
    const instant = utc(Number(y), Number(m), Number(d), 0, 0, 0, 0);
    if (instant === undefined) return undefined;
    return { text, dayOnly: true, day: `${y}-${m}-${d}`, instant };
  }
  const dateTime = DATE_TIME.exec(text);
  if (dateTime === null) return undefined;
  const [, y, m, d, hh, mm, ss, fraction, zone] = dateTime;
  const hours = Number(hh);
  const minutes = Number(mm);
  const seconds = ss === undefined ? 0 : Number(ss);
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const millis = fraction === undefined ? 0 : Math.floor(Number(`0${fraction}`) * 1000);
  let instant = utc(Number(y), Number(m), Number(d), hours, minutes, seconds, millis);
  if (instant === undefined) return undefined;
  if (zone !== undefined && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const offsetHours = Number(zone.slice(1, 3));
    const offsetMinutes = Number(zone.slice(4, 6));
    if (offsetHours > 23 || offsetMinutes > 59) return undefined;
    instant -= sign * (offsetHours * 60 + offsetMinutes) * 60_000;
  }
  return { text, dayOnly: false, day: `${y}-${m}-${d}`, instant };
}

/** A date-time for an instant, as UTC: used for "now" when an activity gives no `at`. */
export function dateFromInstant(instant: number): DateValue {
  const text = new Date(instant).toISOString();
  return { text, dayOnly: false, day: text.slice(0, 10), instant };
}

/** Negative when `a` is earlier, 0 when the same (the same day, if either is date-only), positive when later. */
export function compareDates(a: DateValue, b: DateValue): number {
  if (a.dayOnly || b.dayOnly) return a.day < b.day ? -1 : a.day > b.day ? 1 : 0;
  return Math.sign(a.instant - b.instant);
}

function utc(year: number, month: number, day: number, h: number, m: number, s: number, ms: number): number | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(h, m, s, ms);
  // Date rolls 2026-02-30 over to March; a day that does not exist is refused instead.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.getTime();
}
