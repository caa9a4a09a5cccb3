import { z } from 'zod';
import type { Detector, DetectorInput, DetectorMatch } from '../detector.js';
import { cryptoWalletDetector } from './crypto-wallet.js';
import { dateOfBirthDetector } from './date-of-birth.js';
import { drivingLicenceDetector } from './driving-licence.js';
import { emailDetector } from './email.js';
import { ibanDetector } from './iban.js';
import { idNumberDetector } from './id-number.js';
import { ipAddressDetector } from './ip-address.js';
import { nhsNumberDetector } from './nhs-number.js';
import { ninoDetector } from './nino.js';
import { passportDetector } from './passport.js';
import { paymentCardDetector } from './payment-card.js';
import { personNameDetector } from './person-name.js';
import { personalDetailDetector } from './personal-detail.js';
import { phoneDetector } from './phone.js';
import { postcodeDetector } from './postcode.js';
import { streetAddressDetector } from './street-address.js';
import { ukBankAccountDetector } from './uk-bank-account.js';
import { usSsnDetector } from './us-ssn.js';

/** The detectors `personal-data` combines, in the order their results win ties. */
export const PERSONAL_DATA_PARTS: readonly Detector<{ minConfidence: number }>[] = [
  emailDetector, paymentCardDetector, ibanDetector, ninoDetector, nhsNumberDetector, usSsnDetector,
  ukBankAccountDetector, passportDetector, drivingLicenceDetector, dateOfBirthDetector, phoneDetector,
  ipAddressDetector, postcodeDetector, streetAddressDetector, cryptoWalletDetector, idNumberDetector,
  personalDetailDetector, personNameDetector,
];

const PART_NAMES = PERSONAL_DATA_PARTS.map((d) => d.name) as [string, ...string[]];

/** Options of `personal-data`: which kinds to look for, and the confidence to report. */
export const personalDataOptionsSchema = z.object({
  minConfidence: z.number().min(0).max(1).default(0.5),
  /** Only these kinds (detector names); all when absent. */
  include: z.array(z.enum(PART_NAMES)).optional(),
  /** Kinds to leave out. */
  exclude: z.array(z.enum(PART_NAMES)).default([]),
});

/** Options of the `personal-data` detector. */
export type PersonalDataOptions = z.output<typeof personalDataOptionsSchema>;

/**
 * Keeps the best of overlapping matches: the most confident first, then the
 * longest, then the earliest kind in {@link PERSONAL_DATA_PARTS}; a match
 * overlapping one already kept is dropped. Kept spans are marked in a table
 * the length of the text, so each test costs the length of its match, not
 * the number of matches kept so far.
 */
export function mergeMatches(found: readonly { match: DetectorMatch; rank: number }[], textLength: number): DetectorMatch[] {
  // Most texts hold no personal data: no table to fill.
  if (found.length === 0) return [];
  if (found.length === 1) return [found[0]!.match];
  const ordered = [...found].sort(
    (a, b) =>
      b.match.confidence - a.match.confidence ||
      b.match.end - b.match.start - (a.match.end - a.match.start) ||
      a.rank - b.rank ||
      a.match.start - b.match.start,
  );
  const covered = new Uint8Array(textLength + 1);
  const kept: DetectorMatch[] = [];
  for (const { match } of ordered) {
    let free = true;
    for (let i = match.start; i < match.end && free; i++) if (covered[i]) free = false;
    if (!free) continue;
    covered.fill(1, match.start, match.end);
    kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The ranks of the parts a configuration runs, worked out once per options
 * object (a pack parses its options once) and again if its lists change.
 */
const partsByOptions = new WeakMap<PersonalDataOptions, { include: unknown; exclude: unknown; ranks: readonly number[] }>();

function partsOf(options: PersonalDataOptions): readonly number[] {
  const known = partsByOptions.get(options);
  if (known !== undefined && known.include === options.include && known.exclude === options.exclude) return known.ranks;
  const ranks: number[] = [];
  PERSONAL_DATA_PARTS.forEach((detector, rank) => {
    if (options.include && !options.include.includes(detector.name)) return;
    if (options.exclude.includes(detector.name)) return;
    ranks.push(rank);
  });
  partsByOptions.set(options, { include: options.include, exclude: options.exclude, ranks });
  return ranks;
}

/**
 * `personal-data`: every personal-data detector at once, with overlapping
 * results merged so each stretch of text is reported once, under the label
 * of the kind that was surest (`email address`, `UK postcode`, …).
 */
export const personalDataDetector: Detector<PersonalDataOptions> = {
  name: 'personal-data',
  description: 'All personal data at once: contact details, identity numbers, financial details, addresses, names',
  options: personalDataOptionsSchema,
  detect(input: DetectorInput, options: PersonalDataOptions) {
    const found: { match: DetectorMatch; rank: number }[] = [];
    // A match below the threshold could only ever displace matches less confident still, so the
    // threshold can apply before merging.
    const partOptions = { minConfidence: options.minConfidence };
    for (const rank of partsOf(options)) {
      for (const match of PERSONAL_DATA_PARTS[rank]!.detect(input, partOptions)) found.push({ match, rank });
    }
    return mergeMatches(found, input.text.length);
  },
};
