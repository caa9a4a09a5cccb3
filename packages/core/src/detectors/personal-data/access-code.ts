import type { DetectorMatch } from '../detector.js';
import { findAllHits, matchAt, phrasePattern } from './shared/after-cue.js';
import { clampConfidence, isInstructional } from './shared/context.js';
import { digitRunLengths } from './shared/digit-runs.js';
import { redaction } from './shared/matches.js';

/**
 * Codes that open a physical door, box or alarm: `door code`, `keypad code`,
 * `key safe code`. They are written with their number straight after them as
 * often as with `is` or `:` (`alarm code 0000`).
 */
const ACCESS_CUE = phrasePattern([
  'door code', 'front door code', 'back door code', 'door entry code', 'door pin', 'door combination', 'entry code',
  'entrance code', 'keypad code', 'key pad code', 'keypad pin', 'keypad number', 'alarm code', 'alarm pin',
  'burglar alarm code', 'alarm system code', 'alarm disarm code', 'disarm code', 'safe code', 'safe combination',
  'safe pin', 'key safe code', 'keysafe code', 'key safe combination', 'key box code', 'key lockbox code',
  'lockbox code', 'lock box code', 'lockbox combination', 'padlock code', 'padlock combination', 'lock code',
  'lock combination', 'combination lock code', 'locker code', 'locker combination', 'bike lock code', 'gate code',
  'gate pin', 'garage code', 'garage door code', 'intercom code', 'buzzer code', 'building entry code',
  'security door code', 'cabinet code', 'key cabinet code', 'access code', 'building access code', 'site access code',
  'entry pin', 'combination',
]);
/** Cues that are names of a code only when `is` or `:` follows: `a combination of factors` is none. */
const NEEDS_LINK = /^combination$/i;
/** "for the office" or "for the 4th floor", then "is", ":", "=" or "-". Bounded. */
const LINKED_GAP = /(?:\s{1,3}(?:for|on|at|to|of)\s{1,3}(?:the\s{1,3}|my\s{1,3}|our\s{1,3}|your\s{1,3})?[\p{L}\p{N}-]{1,20}(?:\s{1,3}[\p{L}\p{N}-]{1,20}){0,2})?(?:\s{0,3}(?:is|was|are|=|:|-|–)(?![A-Za-z])){1,2}\s{0,3}["'‘“]?/iuy;
/** The number straight after the cue, perhaps behind `#` or `no.`. Bounded. */
const BARE_GAP = /\s{1,3}(?:(?:no\.?|number|#)\s{0,2})?/iy;
/**
 * A code: three to twelve digits, perhaps in groups (`12-34-56`, `12 34
 * 56`), perhaps with `#` or `*` around them as keypads show. Bounded.
 */
const CODE = /[#*]?\d{1,12}(?:[- ]\d{1,12}){0,3}[#*]?(?![\p{L}\p{N}])/uy;

function digitCount(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/**
 * The codes of doors, keypads, alarms, safes, key safes, padlocks and gates
 * written after their name ("the door code for the office is 4821", "alarm
 * code 0000", "safe combination: 12-34-56"). Unlike a password placeholder,
 * `0000` or `1234` here is as likely to be the real code as not (many are
 * left at the default), so only an example or test context lowers the
 * score. Matches lying inside one of `taken` are not reported again.
 */
export function findAccessCodes(text: string, taken: readonly DetectorMatch[]): DetectorMatch[] {
  const out: DetectorMatch[] = [];
  // A code is digits: without any, no cue is worth finding.
  if (digitRunLengths(text) === 0) return out;
  for (const hit of findAllHits(text, ACCESS_CUE)) {
    const cueText = text.slice(hit.start, hit.end);
    const linked = matchAt(text, hit.end, LINKED_GAP);
    const gap = linked ?? (NEEDS_LINK.test(cueText) ? null : matchAt(text, hit.end, BARE_GAP));
    if (!gap) continue;
    const at = hit.end + gap[0].length;
    const m = matchAt(text, at, CODE);
    if (!m) continue;
    const value = m[0].replace(/[- ]+$/, '');
    const digits = digitCount(value);
    if (digits < 3 || digits > 12) continue;
    const end = at + value.length;
    if (taken.some((x) => x.start <= at && x.end >= end)) continue;
    const score = isInstructional(text, hit.start, end) ? 0.25 : 0.8;
    out.push({
      start: at,
      end,
      confidence: clampConfidence(score),
      label: cueText.toLowerCase().replace(/\s+/g, ' '),
      replacement: redaction('secret'),
    });
  }
  return out;
}
