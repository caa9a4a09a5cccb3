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

import { readDate } from '../dates/read-date.js';

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

/** Parses an ISO 8601 date or date-time; undefined when it is neither or names a day that does not exist. */
export function parseDate(text: string): DateValue | undefined {
  const read = readDate(text);
  if (!read.ok) return undefined;
  const { dayOnly, day, instant } = read.date;
  return { text, dayOnly, day, instant };
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
