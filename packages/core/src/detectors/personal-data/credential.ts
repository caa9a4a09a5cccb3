import type { Detector, DetectorMatch } from '../detector.js';
import { findAccessCodes } from './access-code.js';
import { findAllHits, matchAt, phrasePattern } from './shared/after-cue.js';
import { escapeRegExp } from './shared/alternation.js';
import { clampConfidence, isFillerDigits, isInstructional } from './shared/context.js';
import { keepConfident, redaction } from './shared/matches.js';
import { confidenceOptionsSchema, type ConfidenceOptions } from './shared/options.js';
import { nextMatch } from './shared/leading-lookbehind.js';

const KEY_ASSIGNMENT = /(?<![A-Za-z0-9])(?:AccountKey|SharedAccessKey|client_secret|aws_secret_access_key)\s{0,2}[=:]\s{0,2}["']?[A-Za-z0-9+/=_-]{16,200}/gi;
/** The names {@link KEY_ASSIGNMENT} starts with, in any case: a search with no lookbehind and no value to read. */
const KEY_NAMES = /AccountKey|SharedAccessKey|client_secret|aws_secret_access_key/i;

/**
 * Secrets recognisable by their shape alone, each with the literal text a
 * match must contain (any one of them): a pattern runs only on a text that
 * holds one, which most texts do not. Every pattern is bounded. Exported
 * for the tests of the filter.
 *
 * @internal
 */
export const SECRET_SHAPES: readonly (readonly [RegExp, string, readonly string[]])[] = [
  [/-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/g, 'private key', ['-----BEGIN ']],
  [/(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}(?![A-Z0-9])/g, 'AWS access key', ['AKIA', 'ASIA', 'ABIA', 'ACCA']],
  [/(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36,255}(?![A-Za-z0-9])/g, 'GitHub token', ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_']],
  [/(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{22,255}(?![A-Za-z0-9_])/g, 'GitHub token', ['github_pat_']],
  [/(?<![A-Za-z0-9])xox[abposr]-[A-Za-z0-9-]{10,200}(?![A-Za-z0-9-])/g, 'Slack token', ['xox']],
  [/(?<![A-Za-z0-9])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g, 'Google API key', ['AIza']],
  [/(?<![A-Za-z0-9])(?:sk|rk)_live_[0-9A-Za-z]{20,200}(?![A-Za-z0-9])/g, 'Stripe secret key', ['_live_']],
  [/(?<![A-Za-z0-9])sk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,200}(?![A-Za-z0-9_-])/g, 'API secret key', ['sk-']],
  [/(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,2000}\.eyJ[A-Za-z0-9_-]{8,2000}\.[A-Za-z0-9_-]{8,2000}(?![A-Za-z0-9_-])/g, 'access token (JWT)', ['eyJ']],
  [/(?<![A-Za-z0-9])[a-z][a-z0-9+.-]{1,15}:\/\/[^\s:/@]{1,64}:[^\s@/]{3,64}@[A-Za-z0-9.-]{1,253}/g, 'password in a link', ['://']],
  [KEY_ASSIGNMENT, 'secret key', []],
];

/**
 * Every literal of every shape and the key names, in any case: one search
 * that most texts fail, before the shapes are looked at one by one.
 */
const SHAPE_GATE = new RegExp(
  [...SECRET_SHAPES.flatMap(([, , needs]) => needs), 'AccountKey', 'SharedAccessKey', 'client_secret', 'aws_secret_access_key']
    .map(escapeRegExp)
    .join('|'),
  'i',
);

/** Whether the text holds one of the literals a shape needs; the shape without literals needs a key name, in any case. */
export function shapeMayMatch(text: string, pattern: RegExp, needs: readonly string[]): boolean {
  if (needs.length === 0) return pattern !== KEY_ASSIGNMENT || KEY_NAMES.test(text);
  for (const literal of needs) if (text.includes(literal)) return true;
  return false;
}

/** Names of secrets that are followed by their value. */
const SECRET_CUE = phrasePattern([
  'password', 'passwd', 'pwd', 'passcode', 'passphrase', 'pass phrase', 'pin', 'pin code', 'pin number',
  'security code', 'verification code', 'one-time code', 'one time code', 'otp', 'access code', 'auth code',
  'authorisation code', 'authorization code', 'unlock code', '2fa code', 'mfa code', 'api key', 'apikey', 'api token',
  'secret', 'secret key', 'client secret', 'token', 'access token', 'auth token', 'bearer', 'license key',
  'licence key', 'product key', 'activation key', 'activation code', 'serial key', 'serial number', 'signature key',
  'private key', 'encryption key', 'key', 'certificate number', 'cert number', 'security answer',
  'security question answer', 'answer to my security question', 'memorable word', 'memorable information',
  'wifi password', 'wi-fi password', 'recovery code', 'backup code', 'seed phrase', 'recovery phrase',
  'maiden name', "mother's maiden name", 'security question',
]);
/** Cues whose value may be an ordinary word ("the answer is Blue"). */
const WORD_ANSWERS = /answer|memorable|maiden|phrase|question/i;
/** "for the wifi", then "is", ":" or "=". Bounded. */
const GAP = /(?:\s{1,3}for\s{1,3}(?:the\s{1,3}|my\s{1,3})?[\p{L}-]{1,20})?(?:\s{0,3}(?:is|was|are|=|:|-)(?![A-Za-z])){1,2}\s{0,3}["'‘“]?/iuy;
const VALUE = /[^\s"'’”]{3,64}/y;
/** What follows a secret's name when no secret is given. */
const NOT_A_VALUE = new Set([
  'not', 'required', 'needed', 'the', 'a', 'an', 'to', 'for', 'and', 'reset', 'changed', 'expired', 'incorrect',
  'wrong', 'same', 'missing', 'forgotten', 'lost', 'working', 'weak', 'strong', 'invalid', 'correct', 'right', 'long',
  'short', 'too', 'still', 'now', 'secure', 'safe', 'compromised', 'locked', 'blocked', 'different', 'case-sensitive',
  'sent', 'stored', 'encrypted', 'hidden', 'shown', 'saved', 'valid', 'available', 'needed?', 'what', 'how', 'your',
  'my', 'this', 'that', 'it', 'there', 'here', 'set', 'used', 'being', 'been', 'also', 'only', 'just', 'very', 'in',
  'on', 'at', 'by', 'of', 'with', 'from', 'protected', 'private', 'confidential', 'unique', 'personal', 'easy', 'hard',
]);
/** Placeholders and defaults that stand for "your secret here". */
const PLACEHOLDER = /^(?:\*+|x+|\.+|[<[{].*|password\d*|passw0rd|your[_-]?\w*|changeme|secret|example|test\w*|demo\w*|dummy|sample|abc123|qwerty|letmein|admin|1234|12345|123456)$/i;

function valueLooksSecret(value: string, wordAnswer: boolean): boolean {
  if (/\d/.test(value)) return true;
  if (/[A-Z]/.test(value.slice(1)) && /[a-z]/.test(value)) return true;
  if (/[^A-Za-z0-9]/.test(value)) return true;
  return wordAnswer ? /^[A-Z]/.test(value) : value.length >= 6;
}

/**
 * `credential`: passwords, PINs, security codes and answers given after
 * their name ("my password is …", "PIN: 2580"), the codes of doors, alarms,
 * safes and key safes ("the door code is 4821"), and keys and tokens known
 * by their shape (AWS, GitHub, Slack, Google, Stripe, JWTs, private key
 * blocks, passwords inside links). Test, demo and placeholder values score low.
 */
export const credentialDetector: Detector<ConfidenceOptions> = {
  name: 'credential',
  description: 'Passwords, PINs, security codes, door and alarm codes, API keys, tokens and private keys',
  options: confidenceOptionsSchema,
  detect(input, options) {
    const { text } = input;
    const matches: DetectorMatch[] = [];
    const shapes = SHAPE_GATE.test(text) ? SECRET_SHAPES : [];
    for (const [pattern, label, needs] of shapes) {
      if (!shapeMayMatch(text, pattern, needs)) continue;
      pattern.lastIndex = 0;
      for (let m = nextMatch(pattern, text); m; m = nextMatch(pattern, text)) {
        const start = m.index;
        const end = start + m[0].length;
        const score = isInstructional(text, start, end) ? 0.4 : 0.95;
        matches.push({ start, end, confidence: score, label, replacement: redaction('secret') });
      }
    }
    for (const hit of findAllHits(text, SECRET_CUE)) {
      const gap = matchAt(text, hit.end, GAP);
      if (!gap) continue;
      const at = hit.end + gap[0].length;
      const m = matchAt(text, at, VALUE);
      if (!m) continue;
      const value = m[0].replace(/[.,;:!?)\]]+$/, '');
      if (value.length < 3 || NOT_A_VALUE.has(value.toLowerCase())) continue;
      const cueText = text.slice(hit.start, hit.end);
      if (!valueLooksSecret(value, WORD_ANSWERS.test(cueText))) continue;
      const end = at + value.length;
      if (matches.some((x) => x.start <= at && x.end >= end)) continue;
      const digits = value.replace(/\D/g, '');
      const filler = PLACEHOLDER.test(value) || (digits.length >= 3 && digits.length === value.replace(/-/g, '').length && isFillerDigits(digits)) || /^(?:[A-Za-z]+-)?(?:0+|[-0A]+)$/.test(value) || /0000/.test(value);
      const score = filler || isInstructional(text, hit.start, end) ? 0.25 : 0.85;
      matches.push({ start: at, end, confidence: clampConfidence(score), label: `${cueText.toLowerCase()}`, replacement: redaction('secret') });
    }
    matches.push(...findAccessCodes(text, matches));
    return keepConfident(matches, options.minConfidence);
  },
};
