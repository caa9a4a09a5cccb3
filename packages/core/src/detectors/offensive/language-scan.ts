import { TextMemo } from '../../text/text-memo.js';
import { pooledInt32, pooledUint16 } from '../../text/typed-pool.js';
import { defineLexicon } from '../shared-lexicons.js';
import type { NormalisedText } from '../../text/normalised-text.js';
import type { DetectorInput } from '../detector.js';
import type { TermListInput, TermMatcher } from '../../text/term-matcher.js';
import { DIRECTED_ABUSE, THREATS } from '../attack/terms/directed.js';
import { GROUP_QUANTIFIERS, GROUPS } from '../attack/terms/groups.js';
import {
  COPULAS, FILLERS, FIRST_PERSON, NON_NAME_SUBJECTS, SECOND_PERSON, THIRD_PERSON,
} from '../attack/terms/targets.js';
import {
  LEXICON_BY_TEXT, LEXICON_EXACT, LEXICON_INFLECTED, lexiconTermLists, SAFE_LIST,
} from './lexicon.js';
import { findMaskedWords } from './masked-words.js';
import type { OffensiveTerm } from './terms/types.js';
import { buildWordTable, WORD_MENTION, type WordTable } from './word-table.js';

/** Cue flags per word, set from the cue lists. */
export const CUE_SECOND = 1;
export const CUE_THIRD = 2;
export const CUE_FIRST = 4;
export const CUE_COPULA = 8;
export const CUE_FILLER = 16;
export const CUE_GROUP = 32;
export const CUE_QUANTIFIER = 64;
export const CUE_NON_NAME = 128;
export const CUE_DEMONSTRATIVE = 256;
export const CUE_LIKE = 512;
export const CUE_EXCLAIM = 1024;
/** The word is part of an offensive lexicon match. */
export const CUE_OFFENSIVE = 2048;

const CUE_LISTS: readonly { id: string; flag: number; inflect: boolean; terms: readonly string[] }[] = [
  { id: 'cue:2p', flag: CUE_SECOND, inflect: false, terms: SECOND_PERSON },
  { id: 'cue:3p', flag: CUE_THIRD, inflect: false, terms: THIRD_PERSON },
  { id: 'cue:1p', flag: CUE_FIRST, inflect: false, terms: FIRST_PERSON },
  { id: 'cue:cop', flag: CUE_COPULA, inflect: false, terms: COPULAS },
  { id: 'cue:fill', flag: CUE_FILLER, inflect: false, terms: FILLERS },
  { id: 'cue:grp', flag: CUE_GROUP, inflect: true, terms: GROUPS },
  { id: 'cue:quant', flag: CUE_QUANTIFIER, inflect: false, terms: GROUP_QUANTIFIERS },
  { id: 'cue:thing', flag: CUE_NON_NAME, inflect: false, terms: NON_NAME_SUBJECTS },
  { id: 'cue:dem', flag: CUE_DEMONSTRATIVE, inflect: false, terms: ['this', 'that', 'these', 'those', 'the', 'ur', 'your', 'yo'] },
  { id: 'cue:like', flag: CUE_LIKE, inflect: false, terms: ['like', 'such as'] },
  { id: 'cue:excl', flag: CUE_EXCLAIM, inflect: false, terms: ['what', 'such', 'total', 'complete', 'absolute', 'utter'] },
];

/** List id of abuse aimed at someone by its form. */
export const DIRECTED_LIST = 'directed';
/** List id of threats. */
export const THREAT_LIST = 'threat';

const CUE_FLAG = new Map(CUE_LISTS.map((list) => [list.id, list.flag]));

/**
 * The word lists of the language detectors, in the built-in detectors'
 * shared automaton: the offensive lexicon, its safe phrases, directed abuse
 * and threats.
 */
const LANGUAGE_LEXICON: TermMatcher = defineLexicon('language', (): TermListInput[] => [
  ...lexiconTermLists(),
  { id: DIRECTED_LIST, inflect: false, terms: DIRECTED_ABUSE.map((text) => ({ text, prefix: false })) },
  { id: THREAT_LIST, inflect: false, terms: THREATS.map((text) => ({ text, prefix: false })) },
]);

/**
 * The cue words that tell whom an insult is aimed at (pronouns, copulas,
 * group nouns). They are read only around an offensive word, and they are
 * among the commonest words there are, so they have an automaton of their
 * own, scanned only for a text with an offensive word.
 */
const CUE_LEXICON: TermMatcher = defineLexicon(
  'attack-cues',
  (): TermListInput[] =>
    CUE_LISTS.map((list) => ({
      id: list.id,
      inflect: list.inflect,
      terms: list.terms.map((text) => ({ text, prefix: false })),
    })),
  { group: 'attack-cues' },
);

/** One offensive word or phrase found in the text. */
export interface LexiconHit {
  /** Offsets in the original text. */
  start: number;
  end: number;
  firstWord: number;
  lastWord: number;
  entry: OffensiveTerm;
  /** True when found as a masked word (`f***`) rather than by the term matcher. */
  masked: boolean;
  /** For masked words, how many letters were shown. */
  shown: number;
}

/** A directed-abuse or threat phrase. */
export interface PhraseHit {
  start: number;
  end: number;
  firstWord: number;
  lastWord: number;
  term: string;
}

/** What the language detectors share about one field's text. */
export interface LanguageScan {
  words: WordTable;
  /** Cue flags of each word ({@link CUE_SECOND} …). */
  cues: Uint16Array;
  /** For a multi-word cue ending at a word, the word it starts at; otherwise the word itself. */
  cueStart: Int32Array;
  /** Offensive words, sorted by start, none inside another or inside a safe phrase. */
  hits: LexiconHit[];
  directed: PhraseHit[];
  threats: PhraseHit[];
  /** Whether any word is written as a mention (`@name`). */
  hasMention: boolean;
}

const cache = new TextMemo<LanguageScan>();

/**
 * Scans a normalised text once for everything the offensive, attack and
 * heat detectors need. The result is remembered for that text object, so
 * several detectors on one field share one scan; it depends on nothing but
 * the text, so the detectors stay pure.
 */
export function scanLanguage(normalised: NormalisedText): LanguageScan {
  const cached = cache.get(normalised);
  if (cached !== undefined) return cached;
  const words = buildWordTable(normalised);
  const cues = pooledUint16(words.count);
  const cueStart = pooledInt32(words.count);
  for (let w = 0; w < words.count; w++) cueStart[w] = w;

  const raw: LexiconHit[] = [];
  const safe: { start: number; end: number }[] = [];
  const directed: PhraseHit[] = [];
  const threats: PhraseHit[] = [];
  for (const m of LANGUAGE_LEXICON.scan(normalised)) {
    if (m.list === LEXICON_INFLECTED || m.list === LEXICON_EXACT) {
      const entry = LEXICON_BY_TEXT.get(m.term);
      if (entry === undefined) continue;
      raw.push({
        start: m.start, end: m.end, firstWord: m.firstWord, lastWord: m.lastWord, entry, masked: false, shown: 0,
      });
    } else if (m.list === SAFE_LIST) {
      safe.push({ start: m.start, end: m.end });
    } else if (m.list === DIRECTED_LIST || m.list === THREAT_LIST) {
      const hit = { start: m.start, end: m.end, firstWord: m.firstWord, lastWord: m.lastWord, term: m.term };
      (m.list === DIRECTED_LIST ? directed : threats).push(hit);
    }
  }
  for (const masked of findMaskedWords(normalised.original)) {
    const firstWord = wordAtOffset(words, masked.start);
    const lastWord = Math.max(firstWord, wordAtOffset(words, masked.end - 1));
    raw.push({ ...masked, firstWord, lastWord, masked: true });
  }

  const hits = keepOutermost(raw, safe);
  // Only the targeting of an offensive word reads the cues; without one they stay empty.
  if (hits.length > 0) {
    for (const m of CUE_LEXICON.scan(normalised)) {
      const flag = CUE_FLAG.get(m.list);
      if (flag === undefined) continue;
      cues[m.lastWord] = cues[m.lastWord]! | flag;
      if (m.firstWord < cueStart[m.lastWord]!) cueStart[m.lastWord] = m.firstWord;
    }
  }
  for (const hit of hits) for (let w = hit.firstWord; w <= hit.lastWord; w++) cues[w] = cues[w]! | CUE_OFFENSIVE;
  const scan: LanguageScan = {
    words, cues, cueStart, hits, directed: outermostPhrases(directed), threats: outermostPhrases(threats),
    hasMention: words.flags.some((f) => (f & WORD_MENTION) !== 0),
  };
  cache.set(normalised, scan);
  return scan;
}

/**
 * Whether the text answers someone: the activity is a reply or names whom it
 * answers, or the text mentions an account.
 */
export function isReplying(input: DetectorInput, scan: LanguageScan): boolean {
  const activity = input.activity as Partial<DetectorInput['activity']> | undefined;
  return scan.hasMention || activity?.kind === 'reply' || activity?.inReplyTo !== undefined;
}

/** Index of the word that contains (or is first after) an original offset. */
function wordAtOffset(words: WordTable, offset: number): number {
  let lo = 0;
  let hi = words.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words.oEnd[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, Math.max(0, words.count - 1));
}

function byStartThenLongest(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * Drops hits inside a safe phrase and hits inside a longer hit (`son of a
 * bitch` keeps the phrase, not `bitch`). Sorted sweeps, so linear after the
 * sort.
 */
function keepOutermost(raw: LexiconHit[], safe: { start: number; end: number }[]): LexiconHit[] {
  raw.sort(byStartThenLongest);
  safe.sort(byStartThenLongest);
  const kept: LexiconHit[] = [];
  let s = 0;
  let safeReach = -1;
  let reach = -1;
  for (const hit of raw) {
    while (s < safe.length && safe[s]!.start <= hit.start) {
      safeReach = Math.max(safeReach, safe[s]!.end);
      s++;
    }
    if (hit.end <= safeReach) continue;
    if (hit.end <= reach) continue;
    kept.push(hit);
    reach = hit.end;
  }
  return kept;
}

function outermostPhrases(phrases: PhraseHit[]): PhraseHit[] {
  phrases.sort(byStartThenLongest);
  const kept: PhraseHit[] = [];
  let reach = -1;
  for (const p of phrases) {
    if (p.end <= reach) continue;
    kept.push(p);
    reach = p.end;
  }
  return kept;
}
