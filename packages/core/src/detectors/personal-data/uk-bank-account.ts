import type { Detector, DetectorMatch } from '../detector.js';
import { clampConfidence, cue, cueBefore, isFillerDigits, isInstructional } from './shared/context.js';
import { keepConfident, redaction } from './shared/matches.js';
import { confidenceOptionsSchema, type ConfidenceOptions } from './shared/options.js';
import { digitRunLengths, runLengthBit } from './shared/digit-runs.js';
import { nextMatch } from './shared/leading-lookbehind.js';

/** Bounded: `12-34-56` or `12 34 56`, not part of a longer number or date. Exported for the tests of its filter. @internal */
export const SORT_CODE = /(?<![\p{L}\p{N}\-/.])(\d\d)([- ])(\d\d)\2(\d\d)(?![\p{L}\p{N}]|[-/.]\d)/gu;
/** An eight-digit UK account number. Exported for the tests of its filter. @internal */
export const ACCOUNT = /(?<![\p{L}\p{N}\-])\d{8}(?![\p{L}\p{N}]|-\d)/gu;
/**
 * The runs of digits the whole text needs: a sort code starts with a run of
 * two, an account number is a run of eight (no digit stands before or after
 * either). Without a sort code no nearby account is looked for.
 */
export const NEEDED_RUNS = runLengthBit(2) | runLengthBit(8);
/** How far apart a sort code and its account number may be. */
const NEAR = 48;

const SORT_CODE_CONTEXT = cue(['sort code', 'sortcode', 'sort', 's/c', 'bank', 'account', 'acc', 'a/c']);
const ACCOUNT_CONTEXT = cue(['account number', 'account no', 'acc no', 'acct no', 'a/c', 'a/c no', 'bank account', 'account']);

interface Found {
  start: number;
  end: number;
  digits: string;
}

function findAll(re: RegExp, text: string, from: number, to: number): Found[] {
  const out: Found[] = [];
  const slice = text.slice(from, to);
  re.lastIndex = 0;
  for (let m = nextMatch(re, slice); m; m = nextMatch(re, slice)) {
    out.push({ start: from + m.index, end: from + m.index + m[0].length, digits: m[0].replace(/\D/g, '') });
  }
  return out;
}

/**
 * `uk-bank-account`: a UK sort code (`12-34-56`) with an eight-digit account
 * number near it, reported as one span; a sort code or an account number on
 * its own needs banking words just before it.
 */
export const ukBankAccountDetector: Detector<ConfidenceOptions> = {
  name: 'uk-bank-account',
  description: 'UK bank details: a sort code near an eight-digit account number, or either one named as such',
  options: confidenceOptionsSchema,
  detect(input, options) {
    const { text } = input;
    const matches: DetectorMatch[] = [];
    if ((digitRunLengths(text) & NEEDED_RUNS) === 0) return matches;
    const usedAccounts = new Set<number>();
    const sortCodes = findAll(SORT_CODE, text, 0, text.length);
    for (const sc of sortCodes) {
      const after = findAll(ACCOUNT, text, sc.end, Math.min(text.length, sc.end + NEAR));
      const before = after.length === 0 ? findAll(ACCOUNT, text, Math.max(0, sc.start - NEAR), sc.start) : [];
      const account = after[0] ?? before[before.length - 1];
      const start = account && account.start < sc.start ? account.start : sc.start;
      const end = account && account.end > sc.end ? account.end : sc.end;
      let score: number;
      if (account) {
        usedAccounts.add(account.start);
        score = 0.92;
      } else if (cueBefore(text, sc.start, SORT_CODE_CONTEXT, 30)) score = 0.75;
      else continue;
      if (isFillerDigits(sc.digits + (account?.digits ?? '')) || (account && isFillerDigits(account.digits)) || isInstructional(text, start, end)) {
        score = Math.min(score, 0.3);
      }
      matches.push({ start, end, confidence: clampConfidence(score), label: 'UK bank account details', replacement: redaction('bank details') });
    }
    for (const acc of findAll(ACCOUNT, text, 0, text.length)) {
      if (usedAccounts.has(acc.start) || !cueBefore(text, acc.start, ACCOUNT_CONTEXT, 30)) continue;
      let score = 0.7;
      if (isFillerDigits(acc.digits) || isInstructional(text, acc.start, acc.end)) score = 0.3;
      matches.push({ start: acc.start, end: acc.end, confidence: score, label: 'bank account number', replacement: redaction('bank details') });
    }
    return keepConfident(matches, options.minConfidence);
  },
};
