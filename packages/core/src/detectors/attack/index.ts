import { z } from 'zod';
import type { Detector, DetectorInput, DetectorMatch } from '../detector.js';
import { isReplying, scanLanguage, type LanguageScan, type LexiconHit } from '../offensive/language-scan.js';
import { targetOf, type Target } from './targeting.js';
import { findThreats } from './threats.js';

export { targetOf, type Target } from './targeting.js';

/** Options of the `attack` detector. */
export const attackOptionsSchema = z.object({
  minConfidence: z.number().min(0).max(1).default(0.5),
});

/** Options of the `attack` detector, defaults applied. */
export type AttackOptions = z.output<typeof attackOptionsSchema>;

/** Directed phrases that are rude rather than abusive, reported with less confidence. */
const MILD_DIRECTED = new Set([
  'shut up', 'get lost', 'get a life', 'get a brain', 'grow a brain', 'grow a pair', 'who asked you',
  'nobody asked you', 'no one asked you', 'how dare you', 'shame on you', 'shame on him', 'shame on her',
  'shame on them', 'bite me',
]);

function labelFor(target: Target): string {
  return target === 'group' ? 'attack on a group' : 'personal attack';
}

/**
 * How sure we are that one offensive word is an attack, from what kind of
 * word it is and what it is aimed at. Slurs attack a group whatever their
 * context; swearing attacks only when aimed (`you are a f***ing disgrace`,
 * not `this traffic is f***ing awful`).
 */
function attackConfidence(hit: LexiconHit, target: Target): number {
  const { kind, severity, ambiguous } = hit.entry;
  let c: number;
  const strong = target === 'you' || target === 'person' || target === 'group';
  if (target === 'self') return 0.1;
  if (kind === 'slur') c = severity === 'severe' ? (strong ? 0.95 : 0.85) : strong ? 0.8 : 0.5;
  else if (kind === 'insult') {
    const heavy = severity !== 'mild';
    if (strong) c = heavy ? 0.9 : 0.8;
    else if (target === 'mention') c = heavy ? 0.7 : 0.55;
    else c = heavy ? 0.45 : 0.3;
  } else if (kind === 'pejorative') c = strong ? 0.7 : target === 'mention' ? 0.35 : 0.15;
  else c = strong ? 0.65 : target === 'mention' ? 0.3 : 0.15;
  if (ambiguous) c -= strong ? 0.05 : 0.15;
  return Math.round(Math.max(0.01, c) * 100) / 100;
}

function collect(scan: LanguageScan, replying: boolean): DetectorMatch[] {
  const out: DetectorMatch[] = [];
  for (const hit of scan.hits) {
    const target = targetOf(scan, hit, replying);
    out.push({ start: hit.start, end: hit.end, confidence: attackConfidence(hit, target), label: labelFor(target) });
  }
  for (const p of scan.directed) {
    out.push({ start: p.start, end: p.end, confidence: MILD_DIRECTED.has(p.term) ? 0.6 : 0.85, label: 'personal attack' });
  }
  for (const p of scan.threats) out.push({ start: p.start, end: p.end, confidence: 0.9, label: 'threat' });
  for (const t of findThreats(scan)) out.push({ start: t.start, end: t.end, confidence: t.confidence, label: 'threat' });
  return out;
}

/**
 * Merges overlapping matches into one, keeping the span that covers them
 * and the label and confidence of the surest.
 */
function merge(matches: DetectorMatch[]): DetectorMatch[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: DetectorMatch[] = [];
  for (const m of matches) {
    const last = merged[merged.length - 1];
    if (last !== undefined && m.start < last.end) {
      if (m.confidence > last.confidence) {
        last.confidence = m.confidence;
        last.label = m.label;
      }
      last.end = Math.max(last.end, m.end);
    } else merged.push({ ...m });
  }
  return merged;
}

/**
 * Finds insults aimed at a person or a group, abuse addressed to someone,
 * and threats, told apart from swearing aimed at nothing and from insults
 * the writer aims at themselves (`what an idiot I am`). Someone named by
 * their role (`my manager is a moron`) is a person; threats include those
 * the writer makes in their own voice (`I will find you and hurt you`).
 */
export function detectAttack(input: DetectorInput, options: AttackOptions): DetectorMatch[] {
  const scan = scanLanguage(input.normalised);
  return merge(collect(scan, isReplying(input, scan))).filter((m) => m.confidence >= options.minConfidence);
}

/** The `attack` detector: personal attacks, generalisations about groups, and threats. */
export const attackDetector: Detector<AttackOptions> = {
  name: 'attack',
  // Its threshold is applied last, as a filter on the matches.
  thresholdOnly: true,
  description: 'insults aimed at a person or a group, abuse addressed to someone, and threats',
  options: attackOptionsSchema,
  detect: detectAttack,
};
