import { pooledUint32 } from '../../text/typed-pool.js';
import { defineLexicon } from '../shared-lexicons.js';
import { z } from 'zod';
import type { TermMatcher } from '../../text/term-matcher.js';
import type { Detector, DetectorInput, DetectorMatch } from '../detector.js';
import { linksOf } from '../link.js';
import { buildWordTable, type WordTable } from '../offensive/word-table.js';
import { findFigures, type Figure } from './figures.js';
import {
  ATTRIBUTIONS, CHANGE_CUES, CONTEXT_CUES, EVIDENCE_APPEALS, RECORD_CLAIMS, SHARE_CLAIMS, SOURCE_LABELS,
  STRONG_CHANGES, WORD_PROPORTIONS,
} from './terms.js';

export { findFigures, type Figure, type FigureKind } from './figures.js';

/** Options of the `claim` detector. */
export const claimOptionsSchema = z.object({
  minConfidence: z.number().min(0).max(1).default(0.5),
  /**
   * Report only unsourced claims (the default): a claim with a link or an
   * attribution (`according to the ONS`, `Source:`) nearby scores below 0.5.
   * Set to false to report every claim at full confidence, sourced or not.
   */
  requireUnsourced: z.boolean().default(true),
});

/** Options of the `claim` detector, defaults applied. */
export type ClaimOptions = z.output<typeof claimOptionsSchema>;

/** How far, in words, a link or an attribution sources a claim. */
export const SOURCE_WINDOW_WORDS = 40;
/** What a source leaves of a claim's confidence, so that every sourced claim falls below 0.5. */
const SOURCED_FACTOR = 0.55;

/** Confidence of each kind of claim, unsourced. */
const BASE = {
  percentage: 0.72,
  'money amount': 0.7,
  proportion: 0.72,
  'large number': 0.62,
  'statistical change': 0.6,
  'record claim': 0.66,
  'appeal to evidence': 0.8,
  'claim about most people': 0.55,
} as const;

type ClaimKind = keyof typeof BASE | 'number';

const LISTS = {
  evidence: EVIDENCE_APPEALS,
  share: SHARE_CLAIMS,
  proportion: WORD_PROPORTIONS,
  record: RECORD_CLAIMS,
  strong: STRONG_CHANGES,
  change: CHANGE_CUES,
  context: CONTEXT_CUES,
  attribution: ATTRIBUTIONS,
  label: SOURCE_LABELS,
} as const;

const PHRASE_KIND: Partial<Record<keyof typeof LISTS, keyof typeof BASE>> = {
  evidence: 'appeal to evidence',
  share: 'claim about most people',
  proportion: 'proportion',
  record: 'record claim',
  strong: 'statistical change',
};

/** The claim detector's word lists, in the built-in detectors' shared automaton. */
const CLAIM_LEXICON: TermMatcher = defineLexicon('claim', () =>
  Object.entries(LISTS).map(([id, terms]) => ({
    id,
    inflect: false,
    terms: terms.map((text) => ({ text, prefix: false })),
  })),
);

interface Candidate {
  start: number;
  end: number;
  word: number;
  kind: ClaimKind;
  weak: boolean;
}

/** Index of the word containing original offset `at`. */
function wordAt(words: WordTable, at: number): number {
  let lo = 0;
  let hi = words.count - 1;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (words.oStart[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Prefix counts of marks per word, so a window's count is one subtraction. */
function prefixCounts(count: number, marks: readonly number[]): Uint32Array {
  const sums = pooledUint32(count + 1);
  for (const w of marks) sums[Math.min(w, count - 1) + 1]!++;
  for (let w = 1; w <= count; w++) sums[w]! += sums[w - 1]!;
  return sums;
}

function within(sums: Uint32Array, count: number, a: number, b: number, reach: number): number {
  return sums[Math.min(count, b + reach + 1)]! - sums[Math.max(0, a - reach)]!;
}

/** Whether the label word at `end` is written as a label: followed by `:` or inside brackets. */
function writtenAsLabel(text: string, start: number, end: number): boolean {
  let k = end;
  while (k < text.length && text.charCodeAt(k) === 32) k++;
  if (text.charCodeAt(k) === 58) return true;
  return start > 0 && (text.charCodeAt(start - 1) === 40 || text.charCodeAt(start - 1) === 91);
}

function round(x: number): number {
  return Math.round(Math.min(0.95, Math.max(0, x)) * 100) / 100;
}

/**
 * Finds factual claims: figures (percentages, money amounts, proportions,
 * large numbers), statements of change and records (`doubled`, `record
 * high`) and appeals to evidence (`studies show`, `experts agree`). Each is
 * labelled by kind. A claim with a link, an attribution or a labelled source
 * within a few sentences is sourced and, by default, scores below 0.5; a
 * link or document attached to the activity sources the claims of its text.
 * Plain small numbers (`99 problems`) are no claim unless a word of change
 * stands next to them (`rose 3 points`).
 */
export function detectClaims(input: DetectorInput, options: ClaimOptions): DetectorMatch[] {
  const text = input.text;
  const words = buildWordTable(input.normalised);
  const count = Math.max(1, words.count);
  const links = linksOf(input.normalised).filter((l) => l.confidence >= 0.5);
  const changeWords: number[] = [];
  const contextWords: number[] = [];
  const sourceWords: number[] = links.map((l) => wordAt(words, l.start));
  const candidates: Candidate[] = [];

  for (const m of CLAIM_LEXICON.scan(input.normalised)) {
    const list = m.list as keyof typeof LISTS;
    if (list === 'change') changeWords.push(m.firstWord, m.lastWord);
    else if (list === 'context') contextWords.push(m.firstWord, m.lastWord);
    else if (list === 'attribution') sourceWords.push(m.firstWord);
    else if (list === 'label') {
      if (writtenAsLabel(text, m.start, m.end)) sourceWords.push(m.firstWord);
    } else {
      candidates.push({ start: m.start, end: m.end, word: m.firstWord, kind: PHRASE_KIND[list]!, weak: false });
      if (list === 'strong') changeWords.push(m.firstWord);
    }
  }
  // Figures and links both come in text order, so one sweep drops the numbers inside links.
  let li = 0;
  for (const f of findFigures(text)) {
    while (li < links.length && links[li]!.end <= f.start) li++;
    if (li < links.length && links[li]!.start < f.end) continue;
    candidates.push({ start: f.start, end: f.end, word: wordAt(words, f.start), kind: f.kind, weak: f.weak });
  }

  const change = prefixCounts(count, changeWords);
  const context = prefixCounts(count, contextWords);
  const sources = prefixCounts(count, sourceWords);
  // A link or document attached to the post is its source, for the claims of its text.
  const attached =
    input.field === 'text' &&
    input.activity.attachments.some((a) => (a.kind === 'link' || a.kind === 'document') && (a.url ?? a.name ?? '') !== '');

  const out: DetectorMatch[] = [];
  for (const c of candidates) {
    const nearChange = within(change, count, c.word, c.word, 2) > 0;
    const nearContext = within(context, count, c.word, c.word, 3) > 0;
    let kind: keyof typeof BASE;
    let confidence: number;
    if (c.kind === 'number') {
      // A bare number is a claim only when it measures a change: `rose 3 points`, `4 times more`.
      if (!nearChange) continue;
      kind = 'statistical change';
      confidence = BASE[kind];
    } else {
      kind = c.kind;
      confidence = BASE[kind];
      if (c.weak) confidence = nearChange || nearContext ? 0.6 : 0.4;
      else if (nearChange && kind !== 'statistical change' && kind !== 'appeal to evidence') confidence += 0.08;
    }
    const sourced = attached || within(sources, count, c.word, c.word, SOURCE_WINDOW_WORDS) > 0;
    if (sourced && options.requireUnsourced) confidence *= SOURCED_FACTOR;
    const rounded = round(confidence);
    if (rounded < options.minConfidence) continue;
    out.push({ start: c.start, end: c.end, confidence: rounded, label: sourced ? `${kind} (sourced)` : kind });
  }
  return mergeOverlaps(out);
}

/** Keeps one match where claims overlap (`3 in 4` read both as figures and as words), the more confident one. */
function mergeOverlaps(matches: DetectorMatch[]): DetectorMatch[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DetectorMatch[] = [];
  for (const m of matches) {
    const last = kept[kept.length - 1];
    if (last !== undefined && m.start < last.end) {
      if (m.confidence > last.confidence) {
        last.confidence = m.confidence;
        last.label = m.label;
      }
      last.end = Math.max(last.end, m.end);
      continue;
    }
    kept.push({ ...m });
  }
  return kept;
}

/** The `claim` detector: unsourced figures, statistics and appeals to evidence, for the advice on accuracy. */
export const claimDetector: Detector<ClaimOptions> = {
  name: 'claim',
  description: 'figures, percentages, money amounts, records and appeals to evidence, scored lower when sourced',
  options: claimOptionsSchema,
  detect: detectClaims,
};
