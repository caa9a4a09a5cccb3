import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import type { Detector, DetectorMatch } from '../detector.js';
import { isDigit, isWordCharAt } from './shared/chars.js';
import { clampConfidence, cue, cueAfter, cueBefore, isFillerDigits, isInstructional } from './shared/context.js';
import { dateAt } from './shared/dates.js';
import { keepConfident, redaction } from './shared/matches.js';
import { confidenceOptionsSchema, type ConfidenceOptions } from './shared/options.js';

/** Words just before a number that say it is a phone number. */
const PHONE_BEFORE = cue([
  'phone', 'phone number', 'telephone', 'tel', 'mobile', 'mob', 'cell', 'cellphone', 'fax', 'desk', 'landline',
  'call', 'call me', 'call me on', 'call me at', 'ring', 'ring me', 'text', 'text me', 'txt', 'whatsapp', 'sms',
  'contact', 'contact number', 'my number', 'his number', 'her number', 'reach me', 'reached at', 'reach',
  'messages to', 'answering', 'dial', 'ext', 'extension', 'helpline', 'hotline', 'phoned',
]);
/** Words that tie a number to a person rather than an organisation's line. */
const PERSONAL_PHONE = cue([
  'mobile', 'mob', 'cell', 'cellphone', 'my number', 'call me', 'ring me', 'text me', 'reach me', 'whatsapp', 'his number',
  'her number', 'home', 'fax', 'desk', 'direct line', 'personal',
]);
/** Labels people write just after a number (`0161 496 0000 (office)`). */
const PHONE_AFTER = cue(['office', 'fax', 'mobile', 'home', 'work', 'cell', 'landline', 'direct', 'desk', 'mob', 'tel']);

/** Number ranges Ofcom and NANP keep for drama and examples: real people cannot have them. */
const FICTIONAL = /^(?:\+?44|0)(?:7700900|1632960|2079460|1134960|1144960|1154960|1164960|1174960|1184960|1214960|1314960|1414960|1514960|1614960|2890180|2920180|1914980|8081570|9098790)|^(?:\+?1)?\d{3}55501\d\d$/;

const MAX_DIGITS = 24;
/**
 * The fewest digits of a number libphonenumber may accept when it is written
 * without `+`: no string of six digits or fewer is a valid GB or North
 * American number, nor an international one dialled from either (tested
 * exhaustively). Emoji written as character references (`&#128514;`) are six
 * digits, so this spares the library most of the numbers in posts.
 */
export const LIBRARY_MIN_DIGITS = 7;

/**
 * Whether libphonenumber may find a number in a candidate. Besides the short
 * ones, no seven digits starting with 0 or 1 are a valid GB or North
 * American number without `+` (tested for each of the 2,000,000 strings):
 * a GB number is longer, and a North American local number starts with 2–9.
 * Emoji written as `&#1041185;` are such numbers.
 */
export function libraryMayAccept(digits: string, plus: boolean): boolean {
  if (plus) return true;
  if (digits.length < LIBRARY_MIN_DIGITS) return false;
  const first = digits.charCodeAt(0);
  return !(digits.length === LIBRARY_MIN_DIGITS && (first === 48 || first === 49));
}
/** Extensions written after a number: `x459`, `ext. 12`. */
const EXTENSION = /\s?(?:x|ext\.?|extension)\s?\d{1,5}/iy;
const NON_DIGITS = /\D/g;
/** A character that can open a phone number: `+`, `(` or a digit. */
const NEXT_OPENER = /[0-9+(]/g;

/** A stretch of text that may hold a phone number, and its digits. */
export interface PhoneCandidate {
  start: number;
  end: number;
  digits: string;
}

function isPhoneSeparator(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 45 || code === 46 || code === 40 || code === 41 || code === 47 || code === 0x2013;
}

/**
 * Finds stretches of text made of digits and the punctuation phone numbers
 * are written with (`+44 (0)20 7946 0000`, `415.555.0132x12`), in one pass.
 * Each stretch is handed to libphonenumber on its own, so the library never
 * sees more than a few dozen characters at a time.
 */
export function phoneCandidates(text: string): PhoneCandidate[] {
  const out: PhoneCandidate[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Only `+`, `(` or a digit can open a number: jump to the next one.
    NEXT_OPENER.lastIndex = i;
    const next = NEXT_OPENER.exec(text);
    if (next === null) break;
    i = next.index;
    const code = text.charCodeAt(i);
    const opens = code === 43 || code === 40 || isDigit(code);
    if (!opens || isWordCharAt(text, i - 1) || (i > 0 && isDigit(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    const start = i;
    let digitCount = 0;
    let lastDigitEnd = -1;
    let separators = 0;
    if (code === 43) i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isDigit(c)) {
        digitCount++;
        separators = 0;
        i++;
        lastDigitEnd = i;
      } else if (isPhoneSeparator(c) && separators < 2) {
        separators++;
        i++;
      } else break;
    }
    if (lastDigitEnd === -1) continue;
    let end = lastDigitEnd;
    EXTENSION.lastIndex = end;
    const m = EXTENSION.exec(text);
    if (m) end += m[0].length;
    if (end < n && text.charCodeAt(end) === 41 && text.lastIndexOf('(', end) >= start) end++;
    // An opening bracket with no closing one belongs to the sentence, not the number.
    let first = start;
    if (code === 40 && text.slice(start, end).indexOf(')') === -1) first++;
    if (!isWordCharAt(text, end) && digitCount >= 6 && digitCount <= MAX_DIGITS) {
      out.push({ start: first, end, digits: text.slice(first, lastDigitEnd).replace(NON_DIGITS, '') });
    }
    i = Math.max(i, end);
  }
  return out;
}

/** Number types that reach an organisation rather than a person: freephone, premium, shared-cost, UAN. */
const ORGANISATION_TYPES = new Set(['TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'UAN', 'VOICEMAIL']);

function libraryMatches(chunk: string): { startsAt: number; endsAt: number; country: string | undefined; e164: string; organisation: boolean }[] {
  const found = findPhoneNumbersInText(chunk, { defaultCountry: 'GB' });
  const list = found.length > 0 || chunk.startsWith('+') ? found : findPhoneNumbersInText(chunk, { defaultCountry: 'US' });
  return list.map((f) => ({
    startsAt: f.startsAt,
    endsAt: f.endsAt,
    country: f.number.country,
    e164: f.number.number,
    organisation: ORGANISATION_TYPES.has(f.number.getType() ?? ''),
  }));
}

/**
 * `phone`: UK and international phone numbers. libphonenumber validates each
 * candidate (GB first, then North American); a number it does not know is
 * still reported when phone words sit next to it ("Mobile:", "call me at").
 */
export const phoneDetector: Detector<ConfidenceOptions> = {
  name: 'phone',
  description: 'Phone numbers, UK and international, validated with libphonenumber and raised by words such as "call me on"',
  options: confidenceOptionsSchema,
  detect(input, options) {
    const { text } = input;
    const matches: DetectorMatch[] = [];
    for (const c of phoneCandidates(text)) {
      // Nothing can come of a short number: libphonenumber finds no valid number of six digits or fewer
      // without `+` (checked for every such digit string, GB and US), and the fallback below wants seven.
      if (c.digits.length <= LIBRARY_MIN_DIGITS - 1 && text.charCodeAt(c.start) !== 43) continue;
      // Dates and times (`2018-01-14 03:07`) are digits and hyphens too.
      if (dateAt(text, c.start) > 0 || (text.charCodeAt(c.end) === 58 && isDigit(text.charCodeAt(c.end + 1)))) continue;
      const chunk = text.slice(c.start, c.end);
      const contextual = cueBefore(text, c.start, PHONE_BEFORE, 28) || cueAfter(text, c.end, PHONE_AFTER, 10);
      const decoy = isInstructional(text, c.start, c.end) || isFillerDigits(c.digits);
      // `13 2015/1975`: slashes join dates and ranges more often than phone numbers.
      const asked = !(chunk.includes('/') && !contextual) && libraryMayAccept(c.digits, chunk.startsWith('+'));
      const found = asked ? libraryMatches(chunk) : [];
      if (found.length > 0) {
        for (const f of found) {
          let start = c.start + f.startsAt;
          let end = c.start + f.endsAt;
          // "(07911 123456)": brackets round the whole number are punctuation; "(020) 7946 0000" keeps them.
          const span = text.slice(start, end);
          if (span.startsWith('(') && (!span.includes(')') || span.indexOf(')') === span.length - 1)) {
            start++;
            if (span.endsWith(')')) end--;
          }
          let score = chunk.startsWith('+') ? 0.8 : f.country === 'GB' ? 0.7 : 0.6;
          if (contextual) score = 0.95;
          if (FICTIONAL.test(f.e164.replace('+', ''))) score -= 0.3;
          // Freephone and shared-cost lines (0800, 0300, 1-800) belong to organisations, unless the text ties them to a person.
          if (f.organisation) score = cueBefore(text, c.start, PERSONAL_PHONE, 28) || cueAfter(text, c.end, PHONE_AFTER, 10) ? 0.6 : 0.35;
          if (decoy) score = Math.min(score, 0.3);
          matches.push({ start, end, confidence: clampConfidence(score), label: 'phone number', replacement: redaction('phone number') });
        }
      } else if (contextual && c.digits.length >= 7 && c.digits.length <= 15) {
        // A number libphonenumber does not know, written where phone words say it is one.
        matches.push({
          start: c.start,
          end: c.end,
          confidence: decoy ? 0.3 : 0.75,
          label: 'phone number',
          replacement: redaction('phone number'),
        });
      }
    }
    return keepConfident(matches, options.minConfidence);
  },
};
