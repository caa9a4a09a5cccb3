import type { Detector, DetectorMatch } from '../detector.js';
import { isAsciiAlnum, isAsciiLetter, isLetterAt, isWordCharAt } from './shared/chars.js';
import { clampConfidence, cue, cueAround, isInstructional } from './shared/context.js';
import { keepConfident, redaction } from './shared/matches.js';
import { confidenceOptionsSchema, type ConfidenceOptions } from './shared/options.js';

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

/** Domains reserved for documentation and testing (RFC 2606, RFC 6761): never a real mailbox. */
const RESERVED_DOMAIN = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost|domain\.com|email\.com|yourdomain\.com|company\.com|test\.com)$/i;

/** Local parts that stand for "your address here" in instructions. */
const PLACEHOLDER_LOCAL = /^(?:firstname\.lastname|first\.last|firstname|name\.surname|forename\.surname|your\.?name|username|user|name|someone|somebody|you|me|email|test|xxx+|abc|john\.doe|jane\.doe|joe\.bloggs)$/i;

/** Role mailboxes belong to an organisation, not a person. */
const ROLE_LOCAL = /^(?:(?:no-?reply|donotreply|do-not-reply|mailer-daemon)(?:[-+._].*)?|info|enquiries|enquiry|contact|contactus|press|pressoffice|press\.office|newsdesk|media|news|support|help|helpdesk|hello|admin|office|team|noreply|no-reply|donotreply|feedback|sales|webmaster|postmaster|mail|foi|complaints|correspondence|customerservice|customer\.services|public\.enquiries|events|jobs|recruitment|careers)$/i;

const EMAIL_CONTEXT = cue(['email', 'e-mail', 'mail', 'contact', 'reach', 'write to', 'send', 'address', 'my', 'his', 'her']);

function isLocalChar(code: number): boolean {
  // RFC 5322 atext that people actually use, plus the dot.
  return isAsciiAlnum(code) || code === 46 || code === 95 || code === 37 || code === 43 || code === 45 || code === 39;
}

function isDomainChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return isAsciiAlnum(code) || code === 46 || code === 45;
  return isLetterAt(text, i);
}

function validDomain(domain: string): boolean {
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  for (const label of labels) {
    if (label.length === 0 || label.length > 63) return false;
    if (label.startsWith('-') || label.endsWith('-')) return false;
  }
  const tld = labels[labels.length - 1]!;
  if (tld.length < 2) return false;
  for (let i = 0; i < tld.length; i++) {
    const code = tld.charCodeAt(i);
    if (code < 128 && !isAsciiLetter(code)) return false;
  }
  return true;
}

/**
 * Finds email addresses. Instead of one regular expression (the textbook
 * ones backtrack quadratically on long runs of letters), it jumps from `@`
 * to `@` and reads at most 64 characters to the left and 253 to the right of
 * each, so the work is linear in the text whatever it contains.
 */
export function findEmails(text: string): { start: number; end: number; local: string; domain: string }[] {
  const found: { start: number; end: number; local: string; domain: string }[] = [];
  // Every domain has a dot: a text without one holds no address, however many `@` it has.
  if (!text.includes('.')) return found;
  let at = text.indexOf('@');
  while (at !== -1) {
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL && isLocalChar(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    // A domain has two labels at least: without a dot inside it there is nothing to slice and check.
    let firstDot = -1;
    while (end < text.length && end - at - 1 < MAX_DOMAIN && isDomainChar(text, end)) {
      if (firstDot === -1 && text.charCodeAt(end) === 46) firstDot = end;
      end++;
    }
    const next = text.indexOf('@', at + 1);
    // A local part that hits the length limit, or an address glued to more word characters, is not an address.
    const tooLongLeft = start > 0 && isLocalChar(text.charCodeAt(start - 1));
    const tooLongRight = end < text.length && isDomainChar(text, end);
    // Sentences end with a full stop; domains do not.
    while (end > at + 1 && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
    while (start < at && text.charCodeAt(start) === 46) start++;
    if (!tooLongLeft && !tooLongRight && firstDot !== -1 && firstDot < end && start < at && end > at + 1 && !isWordCharAt(text, start - 1)) {
      const local = text.slice(start, at);
      const domain = text.slice(at + 1, end);
      if (!local.endsWith('.') && !local.includes('..') && validDomain(domain)) found.push({ start, end, local, domain });
    }
    at = next;
  }
  return found;
}

/** Scores one address found by {@link findEmails}. */
function score(text: string, e: { start: number; end: number; local: string; domain: string }): number {
  if (RESERVED_DOMAIN.test(e.domain) || PLACEHOLDER_LOCAL.test(e.local)) return 0.3;
  if (isInstructional(text, e.start, e.end)) return 0.35;
  if (ROLE_LOCAL.test(e.local)) return 0.45;
  return cueAround(text, e.start, e.end, EMAIL_CONTEXT, 30, 15) ? 0.97 : 0.9;
}

/** `email`: personal email addresses; organisational mailboxes and example addresses score low. */
export const emailDetector: Detector<ConfidenceOptions> = {
  name: 'email',
  description: 'Email addresses of people (example, placeholder and organisational mailboxes score low)',
  options: confidenceOptionsSchema,
  detect(input, options) {
    const matches: DetectorMatch[] = findEmails(input.text).map((e) => ({
      start: e.start,
      end: e.end,
      confidence: clampConfidence(score(input.text, e)),
      label: 'email address',
      replacement: redaction('email'),
    }));
    return keepConfident(matches, options.minConfidence);
  },
};
