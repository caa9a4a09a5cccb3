/** Recognising one written date at a given position, with bounded patterns. */

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/** `01/02/1990`, `1.2.90`, `01-02-1990`. */
const NUMERIC = /(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?![\p{L}\p{N}]|[/.\-]\d)/uy;
/** `1990-02-01`. */
const ISO = /(\d{4})-(\d{1,2})-(\d{1,2})(?![\p{L}\p{N}])/uy;
/** `1st of February 1990`, `1 Feb, 1990`. */
const DAY_MONTH = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s{1,2}(?:of\\s{1,2})?(${MONTHS})\\.?,?\\s{1,2}(\\d{4})(?![\\p{L}\\p{N}])`, 'iuy');
/** `February 1st, 1990`. */
const MONTH_DAY = new RegExp(`(${MONTHS})\\.?\\s{1,2}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,2}(\\d{4})(?![\\p{L}\\p{N}])`, 'iuy');

function plausible(day: number, month: number, year: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12 && year >= 0;
}

/** The length of a date written at `pos`, or 0 when there is none. */
export function dateAt(text: string, pos: number): number {
  NUMERIC.lastIndex = pos;
  let m = NUMERIC.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = Number(m[4]);
    // Day first (UK) or month first (US): either reading must be a real date.
    if (plausible(a, b, year) || plausible(b, a, year)) return m[0].length;
  }
  ISO.lastIndex = pos;
  m = ISO.exec(text);
  if (m && plausible(Number(m[3]), Number(m[2]), Number(m[1]))) return m[0].length;
  DAY_MONTH.lastIndex = pos;
  m = DAY_MONTH.exec(text);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 31) return m[0].length;
  MONTH_DAY.lastIndex = pos;
  m = MONTH_DAY.exec(text);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 31) return m[0].length;
  return 0;
}
