import { readDate } from '../dates/read-date.js';

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
  const read = readDate(written);
  if (!read.ok) return read;
  // Without a zone the same pack would mean a different instant on each machine.
  if (!read.date.zoned) return { ok: false, reason: 'a time needs its zone, such as `Z` or `+01:00`' };
  return { ok: true, instant: read.date.instant };
}
