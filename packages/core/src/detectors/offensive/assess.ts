import { targetOf, type Target } from '../attack/targeting.js';
import type { LanguageScan, LexiconHit } from './language-scan.js';
import { severityRank, type Severity } from './terms/types.js';
import { WORD_BREAK_BEFORE, WORD_CAPITALISED, WORD_UPPER } from './word-table.js';

/** How offensive one hit is, once the words around it are taken into account. */
export interface OffensiveAssessment {
  hit: LexiconHit;
  severity: Severity;
  confidence: number;
  target: Target;
}

const CONFIDENCE: Record<Severity, number> = { mild: 0.6, moderate: 0.8, severe: 0.95 };

function isStrong(target: Target): boolean {
  return target === 'you' || target === 'person' || target === 'group';
}

/**
 * Grades one lexicon hit. Swearing and slurs keep their listed severity.
 * An insult or a pejorative aimed at a person or group rises to moderate
 * (`you are pathetic`); a pejorative aimed at nothing (`a pathetic
 * performance`) stays mild and below the default confidence. A word with an
 * innocent sense is less certain unless it is aimed at someone, and a word
 * the writer turns on themselves (`I'm such an idiot`) is not escalated.
 */
export function assessHit(scan: LanguageScan, hit: LexiconHit, replying: boolean): OffensiveAssessment {
  const { entry } = hit;
  const target = targetOf(scan, hit, replying);
  const strong = isStrong(target);
  let severity: Severity = entry.severity;
  let confidence: number;
  if (entry.kind === 'pejorative') {
    if (strong) {
      severity = 'moderate';
      confidence = 0.7;
    } else confidence = target === 'mention' ? 0.5 : 0.3;
  } else if (entry.kind === 'insult') {
    // A mild insult at a mention (`@x fool`) is aimed at that account as surely as `you fool`.
    if ((strong || target === 'mention') && severity === 'mild') severity = 'moderate';
    confidence = CONFIDENCE[severity];
    if (target === 'mention' && entry.severity === 'mild') confidence = 0.65;
    else if (!strong && severity === 'mild') confidence = 0.5;
  } else {
    confidence = CONFIDENCE[severity];
  }
  if (entry.ambiguous) confidence -= strong ? 0.03 : 0.1;
  if (entry.ambiguous && looksLikeName(scan, hit)) confidence -= 0.35;
  if (target === 'self') confidence -= 0.2;
  if (hit.masked && hit.shown < 2) confidence -= 0.1;
  return { hit, severity, confidence: clamp(confidence), target };
}

/**
 * Whether an ambiguous word reads as part of a name: capitalised (not
 * shouted) next to another capitalised word in the same sentence, as in
 * `Dick Whitman` or `Mr Cock`.
 */
function looksLikeName(scan: LanguageScan, hit: LexiconHit): boolean {
  const { flags, count } = scan.words;
  const f = flags[hit.firstWord]!;
  if (!(f & WORD_CAPITALISED) || f & WORD_UPPER) return false;
  const next = hit.lastWord + 1;
  if (next < count && !(flags[next]! & WORD_BREAK_BEFORE) && isCapitalisedOnly(flags[next]!)) return true;
  const prev = hit.firstWord - 1;
  return prev >= 0 && !(f & WORD_BREAK_BEFORE) && isCapitalisedOnly(flags[prev]!);
}

function isCapitalisedOnly(f: number): boolean {
  return (f & WORD_CAPITALISED) !== 0 && (f & WORD_UPPER) === 0;
}

function clamp(x: number): number {
  return Math.round(Math.min(0.99, Math.max(0.01, x)) * 100) / 100;
}

/** Whether `severity` is at least `minimum`. */
export function atLeast(severity: Severity, minimum: Severity): boolean {
  return severityRank(severity) >= severityRank(minimum);
}
