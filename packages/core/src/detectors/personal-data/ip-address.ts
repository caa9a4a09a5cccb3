import type { Detector, DetectorMatch } from '../detector.js';
import { isWordCharAt } from './shared/chars.js';
import { clampConfidence, cue, cueBefore, isInstructional } from './shared/context.js';
import { keepConfident, redaction } from './shared/matches.js';
import { confidenceOptionsSchema, type ConfidenceOptions } from './shared/options.js';
import { digitRunLengths, runLengthBit } from './shared/digit-runs.js';
import { nextMatch } from './shared/leading-lookbehind.js';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
/** Bounded: four octets, not inside a longer dotted number such as a version `1.2.3.4.5`. Exported for the tests of its filter. @internal */
export const IPV4 = new RegExp(`(?<![\\p{L}\\p{N}.])${OCTET}(?:\\.${OCTET}){3}(?![\\p{L}\\p{N}]|\\.\\d)`, 'gu');

/** An octet is a run of one to three digits between dots. Exported for the tests of the filter. @internal */
export const IPV4_RUNS = runLengthBit(1) | runLengthBit(2) | runLengthBit(3);

/** A whole string that is a dotted IPv4 address, for the tail of an IPv6 address. */
const WHOLE_IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);

const IP_CONTEXT = cue(['ip', 'ip address', 'ipv4', 'ipv6', 'address', 'host', 'server', 'connected', 'from', 'login', 'logged in', 'router']);
const VERSION_CONTEXT = cue(['version', 'ver', 'v', 'release', 'build', 'firmware', 'update', 'chapter', 'section', 'paragraph', 'para', 'figure', 'table']);

function ipv4Kind(value: string): 'documentation' | 'private' | 'public' {
  const [a, b, c] = value.split('.').map(Number) as [number, number, number, number];
  if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return 'documentation';
  if (a === 0 || a === 127 || a === 255 || a >= 224) return 'documentation';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254)) return 'private';
  return 'public';
}

function isHexOrColon(code: number): boolean {
  return (code >= 48 && code <= 58) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102) || code === 46;
}

/** True when `value` is a valid IPv6 address (eight groups, or fewer with one `::`, optionally ending in IPv4). */
export function ipv6Valid(value: string): boolean {
  if (value.length < 3 || value.length > 45) return false;
  const halves = value.split('::');
  if (halves.length > 2) return false;
  const groups: string[] = [];
  for (const half of halves) if (half.length > 0) groups.push(...half.split(':'));
  let slots = 0;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    if (i === groups.length - 1 && g.includes('.')) {
      if (!WHOLE_IPV4.test(g)) return false;
      slots += 2;
    } else if (/^[0-9A-Fa-f]{1,4}$/.test(g)) slots += 1;
    else return false;
  }
  if (halves.length === 2) return slots <= 7 && groups.length >= 1;
  return slots === 8;
}

/**
 * `ip-address`: IPv4 addresses with valid octets and IPv6 addresses. Version
 * and section numbers shaped like addresses, and the ranges reserved for
 * documentation and loopback, score low; private ranges score lower than
 * public ones.
 */
export const ipAddressDetector: Detector<ConfidenceOptions> = {
  name: 'ip-address',
  description: 'IPv4 and IPv6 addresses (documentation ranges and version numbers score low)',
  options: confidenceOptionsSchema,
  detect(input, options) {
    const { text } = input;
    const matches: DetectorMatch[] = [];
    IPV4.lastIndex = 0;
    const ipv4 = (digitRunLengths(text) & IPV4_RUNS) !== 0;
    for (let m = ipv4 ? nextMatch(IPV4, text) : null; m; m = nextMatch(IPV4, text)) {
      const start = m.index;
      const end = start + m[0].length;
      const kind = ipv4Kind(m[0]);
      let score = kind === 'public' ? 0.65 : kind === 'private' ? 0.4 : 0.3;
      if (kind !== 'documentation' && cueBefore(text, start, IP_CONTEXT, 30)) score += 0.3;
      if (cueBefore(text, start, VERSION_CONTEXT, 12) || isInstructional(text, start, end)) score = Math.min(score, 0.3);
      matches.push({ start, end, confidence: clampConfidence(score), label: 'IP address', replacement: redaction('IP address') });
    }
    // IPv6: runs of hex digits, colons and dots, read once each. An address has two colons at least.
    const firstColon = text.indexOf(':');
    const n = firstColon === -1 || text.indexOf(':', firstColon + 1) === -1 ? 0 : text.length;
    let i = 0;
    while (i < n) {
      if (!isHexOrColon(text.charCodeAt(i)) || isWordCharAt(text, i - 1)) {
        i++;
        continue;
      }
      const start = i;
      let colons = 0;
      while (i < n && isHexOrColon(text.charCodeAt(i))) {
        if (text.charCodeAt(i) === 58) colons++;
        i++;
      }
      let end = i;
      while (end > start && text.charCodeAt(end - 1) === 46) end--;
      if (colons < 2 || isWordCharAt(text, end) || end - start > 45) continue;
      const value = text.slice(start, end);
      if (!ipv6Valid(value)) continue;
      const lower = value.toLowerCase();
      const reserved = lower.startsWith('2001:db8') || lower === '::1' || lower === '::' || lower.startsWith('fe80');
      let score = reserved ? 0.3 : 0.7;
      if (!reserved && cueBefore(text, start, IP_CONTEXT, 30)) score += 0.25;
      if (isInstructional(text, start, end)) score = Math.min(score, 0.3);
      matches.push({ start, end, confidence: clampConfidence(score), label: 'IP address', replacement: redaction('IP address') });
    }
    return keepConfident(matches, options.minConfidence);
  },
};
