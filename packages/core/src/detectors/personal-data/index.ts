/**
 * The personal-data detectors, and the credential detector the evaluation
 * also scores. Each is a {@link Detector} with a zod options schema whose
 * `minConfidence` defaults to 0.5.
 *
 * @packageDocumentation
 */
import type { Detector } from '../detector.js';
import { credentialDetector } from './credential.js';
import { PERSONAL_DATA_PARTS, personalDataDetector } from './personal-data.js';

export { credentialDetector } from './credential.js';
export { cryptoWalletDetector } from './crypto-wallet.js';
export { dateOfBirthDetector } from './date-of-birth.js';
export { drivingLicenceDetector } from './driving-licence.js';
export { emailDetector, findEmails } from './email.js';
export { ibanDetector, IBAN_LENGTHS } from './iban.js';
export { idNumberDetector } from './id-number.js';
export { ipAddressDetector, ipv6Valid } from './ip-address.js';
export { nhsNumberDetector } from './nhs-number.js';
export { ninoDetector, ninoPrefixValid } from './nino.js';
export { passportDetector } from './passport.js';
export { paymentCardDetector, cardScheme } from './payment-card.js';
export { personNameDetector } from './person-name.js';
export { personalDetailDetector } from './personal-detail.js';
export { personalDataDetector, personalDataOptionsSchema, mergeMatches, PERSONAL_DATA_PARTS, type PersonalDataOptions } from './personal-data.js';
export { phoneDetector } from './phone.js';
export { postcodeDetector, ukPostcodeValid } from './postcode.js';
export { streetAddressDetector } from './street-address.js';
export { ukBankAccountDetector } from './uk-bank-account.js';
export { usSsnDetector, ssnValid } from './us-ssn.js';
export { luhnValid, nhsNumberValid, ibanChecksumValid } from './shared/checksums.js';
export { confidenceOptionsSchema, type ConfidenceOptions } from './shared/options.js';

/** Every personal-data detector, each kind on its own and `personal-data` that runs them all. */
export const personalDataDetectors: Detector<any>[] = [...PERSONAL_DATA_PARTS, personalDataDetector];

/** Detectors of secrets (category `confidential`): passwords, PINs, keys and tokens. */
export const secretDetectors: Detector<any>[] = [credentialDetector];
