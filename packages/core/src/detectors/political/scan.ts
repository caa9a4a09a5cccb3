import { TextMemo } from '../../text/text-memo.js';
import { pooledUint32, pooledUint8 } from '../../text/typed-pool.js';
import type { NormalisedText } from '../../text/normalised-text.js';
import { buildWordTable, WORD_BREAK_BEFORE, WORD_MENTION, type WordTable } from '../offensive/word-table.js';
import {
  type CueItem, FAINT, halfAmount, MAX_STRENGTH, onePerFamily, prefixEvidence, type RawCue, type RawHit, WINDOW_WORDS,
} from './evidence.js';
import { LIST, politicalLexicon, TONE_BACKING, TONE_COURTESY, TONE_PRAISE, type TopicEntry } from './lexicon.js';
import { MIN_HANDLE_LETTERS, namesAccount, scanTags } from './tag-topics.js';
import { addTypography } from './typography.js';
import { F_CUE, F_HONORIFIC, F_TOPIC, usesCapitals, writtenClarity } from './written-clarity.js';

export { WINDOW_WORDS } from './evidence.js';

/** A political topic found in the text, after safe phrases and case are taken into account. */
export interface TopicHit {
  /** Offsets in the original text, end exclusive. */
  start: number;
  end: number;
  /** First and last word of the hit among the words of the normalised text. */
  firstWord: number;
  lastWord: number;
  topic: string;
  /** How surely this mention is political, 0 to 1. */
  clarity: number;
  /** Tones of cue (`TONE_COURTESY`, `TONE_PRAISE`, `TONE_BACKING`) that show no stance on this topic. */
  ignore: number;
}

/**
 * The cue tones that take no side about a topic: courtesy about an office
 * or an institution (`Welcome to our new Secretary of State`), and support
 * or praise too about a service nearly everyone backs (`I support the NHS`).
 * A named politician, a party or an issue gets no such allowance.
 */
function ignoredTones(entry: TopicEntry): number {
  if (entry.consensual) return TONE_COURTESY | TONE_PRAISE | TONE_BACKING;
  return entry.kind === 'office' || entry.kind === 'institution' ? TONE_COURTESY : 0;
}

/** Typographic cue families that go with courtesy (`Congratulations!`, a party emoji) and are dropped with it. */
const COURTESY_TYPOGRAPHY = new Set(['!', 'emoji']);

/** Everything the political detectors need from one field, read in one pass. */
export interface PoliticalScan {
  /** Topic mentions, sorted by start, overlapping ones merged. */
  hits: TopicHit[];
  /** Evidence that the text is about politics around a hit (0 to 1): the mentions close by, added up. */
  topicAround(hit: TopicHit): number;
  /** Evidence that the writer takes a side around a hit (0 to 1): the stance cues close by, added up. */
  stanceAround(hit: TopicHit): number;
}

/** The number of the sentence each word is in, counting sentence and line ends. */
function sentenceNumbers(words: WordTable): Uint32Array {
  const out = pooledUint32(Math.max(1, words.count));
  let n = 0;
  for (let w = 0; w < words.count; w++) {
    if (w > 0 && (words.flags[w]! & WORD_BREAK_BEFORE) !== 0) n++;
    out[w] = n;
  }
  return out;
}

/** Merges overlapping hits into one covering both, keeping the clearer one's topic. */
function mergeHits(raw: RawHit[]): TopicHit[] {
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TopicHit[] = [];
  for (const h of raw) {
    const last = out[out.length - 1];
    if (last !== undefined && h.start < last.end) {
      // A merged mention gets only the allowances both of its parts have.
      last.ignore &= ignoredTones(h.entry);
      if (h.clarity > last.clarity) {
        last.clarity = h.clarity;
        last.topic = h.entry.topic;
      }
      if (h.end > last.end) {
        last.end = h.end;
        last.lastWord = Math.max(last.lastWord, h.lastWord);
      }
      continue;
    }
    const { start, end, firstWord, lastWord, clarity } = h;
    out.push({ start, end, firstWord, lastWord, topic: h.entry.topic, clarity, ignore: ignoredTones(h.entry) });
  }
  return out;
}

/**
 * Reads one field for political topics and stance cues in a single pass of
 * the political matcher (plus one over the split hashtags), drops topic
 * words inside safe phrases, weighs cased words by how they are written,
 * and makes the evidence around each hit available in constant time. The
 * scan depends on nothing but the text and is remembered for that text
 * object, so both political detectors share it.
 */
export function scanPolitical(normalised: NormalisedText): PoliticalScan {
  let scan = scans.get(normalised);
  if (scan === undefined) {
    scan = readPolitical(normalised);
    scans.set(normalised, scan);
  }
  return scan;
}

/** The scan of a text without a political mention. */
const NO_POLITICS: PoliticalScan = Object.freeze({ hits: [], topicAround: () => 0, stanceAround: () => 0 });

/** Scans already made, by text object: `political` and `political-topic` read the same field. */
const scans = new TextMemo<PoliticalScan>();

function readPolitical(normalised: NormalisedText): PoliticalScan {
  const lex = politicalLexicon();
  const text = normalised.original;
  const matches = lex.matcher.scan(normalised);
  const words = buildWordTable(normalised);
  const flags = pooledUint8(words.count);
  for (const m of matches) {
    const cue = m.list === LIST.cue || m.list === LIST.cueInflected;
    const f = m.list === LIST.honorific ? F_HONORIFIC : m.list === LIST.safe ? 0 : cue ? F_CUE : F_TOPIC;
    for (let w = m.firstWord; w <= m.lastWord; w++) flags[w] = flags[w]! | f;
  }
  const capitalsUsed = usesCapitals(words);

  const raw: RawHit[] = [];
  const rawCues: RawCue[] = [];
  // Matches come sorted by start; a safe phrase covers a topic word when it starts no later and ends no sooner.
  let safeEnd = -1;
  for (const m of matches) {
    if (m.list === LIST.safe) {
      if (m.end > safeEnd) safeEnd = m.end;
      continue;
    }
    if (m.list === LIST.topic || m.list === LIST.topicInflected) {
      if (m.end <= safeEnd) continue;
      const entry = lex.topics.get(m.list)!.get(m.term)!;
      // A handle read as words (`@jeb_`) names an account: only a clear name of a politician or body counts.
      const handle = (words.flags[m.firstWord]! & WORD_MENTION) !== 0;
      if (handle && !(namesAccount(entry) && m.end - m.start >= MIN_HANDLE_LETTERS)) continue;
      const clarity = writtenClarity(entry, m, words, flags, capitalsUsed);
      raw.push({ start: m.start, end: m.end, firstWord: m.firstWord, lastWord: m.lastWord, entry, clarity });
      if (entry.cue > 0) {
        rawCues.push({ start: m.start, end: m.end, word: m.lastWord, strength: entry.cue, family: m.term });
      }
    } else if (m.list === LIST.cue || m.list === LIST.cueInflected) {
      const cue = lex.cues.get(m.list)!.get(m.term)!;
      rawCues.push({ start: m.start, end: m.end, word: m.lastWord, strength: cue.strength, family: cue.family, tone: cue.tone });
    }
  }
  scanTags(text, words, lex, raw, rawCues);
  // Most texts mention no politics: the evidence sums are only read around a hit, so skip them.
  if (raw.length === 0) return NO_POLITICS;
  const hits = mergeHits(raw);

  // A cue word inside a topic phrase (`against` in `violence against women`) is part of the name, not a stance;
  // overlapping cues (`i m against` and `against`) count once, at the strongest.
  rawCues.sort((a, b) => a.start - b.start || b.end - a.end);
  const cueItems: CueItem[] = [];
  let h = 0;
  let lastEnd = -1;
  for (const c of rawCues) {
    while (h < hits.length && hits[h]!.end <= c.start) h++;
    const hit = hits[h];
    const same = hit !== undefined && hit.start === c.start && hit.end === c.end;
    const inside = hit !== undefined && hit.start <= c.start && c.end <= hit.end && !same;
    if (inside) continue;
    const last = cueItems[cueItems.length - 1];
    if (last !== undefined && c.start < lastEnd) {
      // The stronger of overlapping cues (`i support` over `support`) gives the tone.
      if (c.strength > last.amount) last.tone = c.tone;
      last.amount = Math.max(last.amount, c.strength);
      lastEnd = Math.max(lastEnd, c.end);
      continue;
    }
    cueItems.push({ word: c.word, amount: c.strength, family: c.family, tone: c.tone });
    lastEnd = c.end;
  }
  addTypography(text, words, flags, cueItems);
  const count = Math.max(1, words.count);
  const at = (w: number): number => Math.min(w, count - 1);
  const stance = prefixEvidence(count, onePerFamily(cueItems).map((c) => ({ word: at(c.word), amount: c.amount })));
  // The stance evidence without the cues of some tones, built only for a text that has such cues. Where
  // courtesy is paid to an office, the praise and the `!` of the same sentence are part of it (`Thank you
  // to the Minister for a brilliant visit!`); praise alone still counts (`the Prime Minister is doing a
  // brilliant job`), and so does backing (`you have my support`).
  const withoutTones = new Map<number, Float64Array>();
  const stanceIgnoring = (ignore: number): Float64Array => {
    if (ignore === 0) return stance;
    let sums = withoutTones.get(ignore);
    if (sums === undefined) {
      sums = stance;
      if (cueItems.some((c) => ((c.tone ?? 0) & ignore) !== 0)) {
        const drop = ignore | ((ignore & TONE_COURTESY) !== 0 ? TONE_PRAISE : 0);
        const sentence = sentenceNumbers(words);
        const paid = new Set<number>();
        for (const c of cueItems) if (((c.tone ?? 0) & drop) !== 0) paid.add(sentence[at(c.word)]!);
        const left = cueItems.filter(
          (c) => ((c.tone ?? 0) & drop) === 0 && !(COURTESY_TYPOGRAPHY.has(c.family) && paid.has(sentence[at(c.word)]!)),
        );
        sums = prefixEvidence(count, onePerFamily(left).map((c) => ({ word: at(c.word), amount: c.amount })));
      }
      withoutTones.set(ignore, sums);
    }
    return sums;
  };
  // A word said twice is no more political than said once, so a repeat adds nothing for its neighbours (it still
  // counts for itself); and faint mentions (`god`, `women`) back each other up only half as much as clear ones,
  // so that a string of everyday words does not add up to politics.
  const seen = new Set<string>();
  const clearItems: { word: number; amount: number }[] = [];
  const faintItems: { word: number; amount: number }[] = [];
  const own = new Map<TopicHit, number>();
  for (const hit of hits) {
    const key = text.slice(hit.start, hit.end).toLowerCase();
    const repeat = seen.has(key);
    seen.add(key);
    const faintHit = hit.clarity < FAINT;
    const amount = faintHit ? halfAmount(hit.clarity) : hit.clarity;
    // A faint mention's own evidence is only half in the shared sums; its other half counts for itself.
    if (repeat) own.set(hit, -Math.log(1 - Math.min(MAX_STRENGTH, hit.clarity)));
    else if (faintHit) own.set(hit, -Math.log(1 - amount));
    if (!repeat) (faintHit ? faintItems : clearItems).push({ word: at(hit.lastWord), amount });
  }
  const clear = prefixEvidence(count, clearItems);
  const faint = prefixEvidence(count, faintItems);
  const windowOf = (sums: Float64Array, hit: TopicHit): number => {
    const a = Math.max(0, hit.firstWord - WINDOW_WORDS);
    const b = Math.min(count, hit.lastWord + WINDOW_WORDS + 1);
    return sums[b]! - sums[a]!;
  };
  return {
    hits,
    topicAround: (hit) => 1 - Math.exp(-(windowOf(clear, hit) + windowOf(faint, hit) + (own.get(hit) ?? 0))),
    stanceAround: (hit) => 1 - Math.exp(-windowOf(stanceIgnoring(hit.ignore), hit)),
  };
}
