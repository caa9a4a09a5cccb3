import fc from 'fast-check';
import type { Detector, DetectorInput, DetectorMatch } from '../../../src/detectors/detector.js';
import { activitySchema } from '../../../src/schema/activity.js';
import type { NormalisedText } from '../../../src/text/normalised-text.js';
import { ibanCheckDigits, luhnCheckDigit, nhsCheckDigit } from '../../../src/detectors/personal-data/shared/checksums.js';

/**
 * An identity "normalised" text. The personal-data detectors read only the
 * original text (identifiers are matched as written, with original offsets),
 * so their tests do not depend on the normaliser.
 */
function identity(text: string): NormalisedText {
  const starts = new Uint32Array(text.length);
  const ends = new Uint32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { original: text, text, starts, ends };
}

/** The detector input for one post text, with a minimal personal activity. */
export function inputFor(text: string): DetectorInput {
  const activity = activitySchema.parse({
    text,
    kind: 'post',
    attachments: [],
    channel: { platform: 'other', visibility: 'public' },
    capacity: 'personal',
    account: 'personal',
    author: { authorisedTopics: [] },
  });
  return { text, normalised: identity(text), field: 'text', activity };
}

/** Runs a detector with its default options merged with `options`. */
export function run<O>(detector: Detector<O>, text: string, options: Record<string, unknown> = {}): DetectorMatch[] {
  return detector.detect(inputFor(text), detector.options.parse(options));
}

/** Runs a detector with no threshold, to see the confidence of doubtful matches. */
export function runAll<O>(detector: Detector<O>, text: string): DetectorMatch[] {
  return run(detector, text, { minConfidence: 0 });
}

/** The matched substrings. */
export function found<O>(detector: Detector<O>, text: string): string[] {
  return run(detector, text).map((m) => text.slice(m.start, m.end));
}

/** The highest confidence of any match covering exactly `value` in `text` (with no threshold), or 0. */
export function confidenceOf<O>(detector: Detector<O>, text: string, value: string): number {
  const at = text.indexOf(value);
  const hits = runAll(detector, text).filter((m) => m.start === at && m.end === at + value.length);
  return hits.reduce((best, m) => Math.max(best, m.confidence), 0);
}

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((a) => a.join(''));

/** Surrounding text that cannot form an identifier on its own: lower-case words, spaces and punctuation. */
export const filler = fc
  .array(fc.constantFrom('the', 'and', 'we', 'met', 'today', 'about', 'it', 'so', 'then', 'see', 'below', 'x', 'note'), { maxLength: 6 })
  .chain((words) => fc.constantFrom(' ', '. ', ', ', ' (', ': ', '\n').map((sep) => words.join(' ') + sep));
/** Text after an identifier: a space or punctuation, then words. */
export const trailer = fc
  .array(fc.constantFrom('thanks', 'and', 'later', 'ok', 'then', 'soon'), { maxLength: 5 })
  .chain((words) => fc.constantFrom(' ', '. ', ', ', ') ', '!\n').map((sep) => sep + words.join(' ')));

const NINO_FIRST = 'ABCEGHJKLMNOPRSTWXYZ';
const NINO_SECOND = 'ABCEGHJKLMNPRSTWXYZ';
const UNALLOCATED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/** A National Insurance number that follows HMRC's rules, in one of the ways people write it. */
export const validNino = fc
  .tuple(fc.constantFrom(...NINO_FIRST), fc.constantFrom(...NINO_SECOND), digits(6), fc.constantFrom('A', 'B', 'C', 'D'), fc.constantFrom('', ' '))
  .filter(([a, b]) => !UNALLOCATED.has(a + b))
  .map(([a, b, d, s, sep]) => [a + b, d.slice(0, 2), d.slice(2, 4), d.slice(4, 6), s].join(sep));

/** An NHS number with a valid modulus 11 check digit, whole or spaced 3-3-4. */
export const validNhs = fc
  .tuple(digits(9), fc.boolean())
  .filter(([nine]) => nhsCheckDigit(nine) >= 0 && !/^(\d)\1+$/.test(nine))
  .map(([nine, spaced]) => {
    const ten = nine + String(nhsCheckDigit(nine));
    return spaced ? `${ten.slice(0, 3)} ${ten.slice(3, 6)} ${ten.slice(6)}` : ten;
  });

/** A card number with a real issuer prefix and length and a valid Luhn digit, whole or in groups of four. */
export const validCard = fc
  .tuple(
    fc.constantFrom(['4', 16], ['4', 13], ['51', 16], ['55', 16], ['2221', 16], ['2720', 16], ['34', 15], ['37', 15], ['6011', 16], ['65', 16], ['3530', 16], ['36', 14]),
    digits(18),
    fc.constantFrom('', ' ', '-'),
  )
  .map(([[prefix, length], rest, sep]) => {
    const body = (prefix + rest).slice(0, (length as number) - 1);
    const pan = body + String(luhnCheckDigit(body));
    return sep === '' || pan.length % 4 !== 0 ? pan : pan.match(/.{4}/g)!.join(sep);
  })
  .filter((pan) => !/^(\d)\1+$/.test(pan.replace(/\D/g, '')));

const IBAN_SHAPES: [string, number, 'digits' | 'bank'][] = [['GB', 22, 'bank'], ['DE', 22, 'digits'], ['FR', 27, 'digits'], ['NL', 18, 'bank'], ['ES', 24, 'digits'], ['IE', 22, 'bank'], ['NO', 15, 'digits']];
const upper = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');

/** An IBAN with the country's length and valid mod-97 check digits, whole or in groups of four. */
export const validIban = fc
  .tuple(fc.constantFrom(...IBAN_SHAPES), fc.array(upper, { minLength: 4, maxLength: 4 }), digits(30), fc.boolean())
  .map(([[country, length, kind], letters, ds, grouped]) => {
    const bban = kind === 'bank' ? letters.join('') + ds.slice(0, length - 8) : ds.slice(0, length - 4);
    const iban = country + ibanCheckDigits(country, bban) + bban;
    return grouped ? iban.match(/.{1,4}/g)!.join(' ') : iban;
  });

/** A UK postcode built from the published rules, upper case, with its space. */
export const validPostcode = fc
  .tuple(
    fc.constantFrom('SW', 'EC', 'M', 'B', 'LS', 'G', 'EH', 'CF', 'BT', 'NE', 'OX', 'W', 'N'),
    fc.integer({ min: 1, max: 9 }),
    fc.integer({ min: 0, max: 9 }),
    fc.constantFrom(...'ABDEFGHJLNPQRSTUWXYZ'),
    fc.constantFrom(...'ABDEFGHJLNPQRSTUWXYZ'),
  )
  .map(([area, d, inDigit, l1, l2]) => `${area}${d} ${inDigit}${l1}${l2}`);

const localChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789');
/** A personal-looking email address: letters and digits, an optional dot, a real-looking domain. */
export const validEmail = fc
  .tuple(
    fc.array(localChar, { minLength: 2, maxLength: 10 }),
    fc.array(localChar, { minLength: 0, maxLength: 6 }),
    fc.constantFrom('gmail.com', 'outlook.co.uk', 'btinternet.com', 'mail.example-corp.io', 'yahoo.fr'),
  )
  .map(([a, b, domain]) => `j${a.join('')}${b.length ? `.${b.join('')}` : ''}@${domain}`)
  .filter((e) => !/^(?:info|test|user|name|admin)@/.test(e));
