import type { Detector, DetectorMatch } from '../detector.js';
import { findAllHits, matchAt, phrasePattern, skipConnector } from './shared/after-cue.js';
import { clampConfidence, cue, cueBefore, isFillerDigits, isInstructional } from './shared/context.js';
import { dateAt } from './shared/dates.js';
import { digitRunLengths } from './shared/digit-runs.js';
import { keepConfident, redaction } from './shared/matches.js';
import { confidenceOptionsSchema, type ConfidenceOptions } from './shared/options.js';

/** Names of identifiers and reference numbers that belong to one person. */
const ID_CUE = phrasePattern([
  'id', 'i.d.', 'identification number', 'identity number', 'identity card', 'id card', 'id number', 'national id',
  'national identity number', 'national insurance', 'voter id', 'voter number', 'employee id', 'employee number',
  'staff id', 'staff number', 'payroll number', 'student id', 'student number', 'member id', 'membership number',
  'member number', 'customer number', 'customer id', 'client number', 'client id', 'account', 'account number', 'acct',
  'bank account', 'routing', 'routing number', 'policy', 'policy number', 'insurance policy', 'loan', 'loan number',
  'mortgage number', 'claim', 'claim number', 'claim reference', 'order', 'order number', 'transaction', 'transaction id',
  'reference', 'reference number', 'ref', 'case number', 'case reference', 'case ref', 'tax id', 'tax reference',
  'tax number', 'tin', 'ein', 'utr', 'unique taxpayer reference', 'visa', 'visa number', 'permit number',
  'residence permit', 'brp', 'license', 'licence', 'license number', 'licence number', 'professional license',
  'certificate number', 'badge number', 'hospital number', 'patient number', 'benefit number', 'pension number',
  'registration number', 'membership', 'warranty claim', 'booking reference', 'tracking number', 'invoice number',
  'medical record number', 'mrn', 'patient id', 'hospital id', 'insurance number', 'health insurance number',
  'membership id', 'library card', 'tax file number', 'social insurance number', 'personnel number', 'service number',
  'badge id', 'itin', 'vat number', 'company number', 'crn', 'chi number', 'student number', 'pupil number', 'upn',
  'benefits reference', 'universal credit', 'council tax reference', 'tenancy reference', 'case id', 'ticket number',
]);
/** An identifier value: optional letters, then digits and letters with hyphens or slashes, at least three digits. Bounded. */
const VALUE = /#?[A-Za-z]{0,5}-?\d[\dA-Za-z\-/]{2,24}(?![\p{L}\p{N}])/uy;
const POSSESSIVE = cue(['my', 'your', 'his', 'her', 'their', 'our', "customer's", "client's", 'the']);

/**
 * `id-number`: a reference or identity number written right after its name
 * ("my employee ID is EMP5694", "policy number INS123456", "order #ORD12345").
 * Identifiers with a published check digit have their own detectors; this
 * one catches the many that have none, by the words that introduce them.
 */
export const idNumberDetector: Detector<ConfidenceOptions> = {
  name: 'id-number',
  description: 'Identity, account and reference numbers introduced by their name ("my employee ID is …")',
  options: confidenceOptionsSchema,
  detect(input, options) {
    const { text } = input;
    const matches: DetectorMatch[] = [];
    // No digit, no value: an identifier has three digits at least.
    if (digitRunLengths(text) === 0) return matches;
    for (const hit of findAllHits(text, ID_CUE)) {
      const at = skipConnector(text, hit.end);
      const m = matchAt(text, at, VALUE);
      if (!m) continue;
      const value = m[0].replace(/[-/]+$/, '');
      const digits = value.replace(/\D/g, '');
      const letters = value.replace(/[^A-Za-z]/g, '').length;
      if (digits.length < 3 || (digits.length < 4 && letters === 0)) continue;
      // A year, an amount or a date after "order" or "claim" is not an identifier.
      if (/^\d{4}$/.test(value) && Number(value) >= 1900 && Number(value) <= 2099) continue;
      if (dateAt(text, at) > 0) continue;
      const end = at + value.length;
      let score = cueBefore(text, hit.start, POSSESSIVE, 14) ? 0.75 : 0.6;
      if (isFillerDigits(digits) || /^0+$/.test(digits) || isInstructional(text, hit.start, end)) score = 0.25;
      matches.push({ start: at, end, confidence: clampConfidence(score), label: 'identity or reference number', replacement: redaction('reference number') });
    }
    return keepConfident(matches, options.minConfidence);
  },
};
