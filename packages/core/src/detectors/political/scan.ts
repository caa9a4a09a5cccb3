import type { NormalisedText } from '../../text/normalised-text.js';
import { normalise } from '../../text/normalise.js';
import type { TermMatch } from '../../text/term-matcher.js';
import {
  buildWordTable, WORD_BREAK_BEFORE, WORD_CAPITALISED, WORD_MENTION, WORD_UPPER, type WordTable,
} from '../offensive/word-table.js';
import { findTags, TAG_PREFIXES, TAG_SUFFIXES, type Tag } from './hashtags.js';
import { LIST, politicalLexicon, type PoliticalLexicon, type TopicEntry } from './lexicon.js';

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
}

/** Everything the political detectors need from one field, read in one pass. */
export interface PoliticalScan {
  /** Topic mentions, sorted by start, overlapping ones merged. */
  hits: TopicHit[];
  /** Evidence that the text is about politics around a hit (0 to 1): the mentions within a few sentences, added up. */
  topicAround(hit: TopicHit): number;
  /** Evidence that the writer takes a side around a hit (0 to 1): the stance cues within a few sentences, added up. */
  stanceAround(hit: TopicHit): number;
}

/** How far, in words, topic mentions and stance cues reach each other. A tweet fits inside; a long page does not. */
export const WINDOW_WORDS = 30;

/** Clarity of a cased word written in lower case in a text that does use capitals: `labour`, `trump`. */
const LOWER_CASE_FACTOR = 0.35;
/** Clarity of a cased word in a text written all in lower case, where case says little. */
const UNCASED_TEXT_FACTOR = 0.65;
/** Clarity of a capitalised cased word at the start of a sentence, where any word is capitalised. */
const SENTENCE_START_FACTOR = 0.8;
/** Clarity of a capitalised cased word following another capitalised word, as part of a name: `Eric Church`. */
const NAME_PART_FACTOR = 0.35;
/** Stance shown by tagging a topic (`#Brexit`): weak, as news accounts tag too. */
const TAGGED_TOPIC_CUE = 0.3;
/** Stance of a campaign-shaped tag around a topic (`#StopBrexit`, `#ToriesOut`, `#Hillary2016`). */
const CAMPAIGN_TAG_CUE = 0.85;
const NUMBERED_TAG_CUE = 0.6;
/** Any other hashtag, and addressing someone by handle: faint signs of a post that argues or campaigns. */
const PLAIN_TAG_CUE = 0.15;
const HANDLE_CUE = 0.1;
/** Cue strengths are capped below 1 so that the logarithms that add them up stay finite. */
const MAX_STRENGTH = 0.95;

/** Word flags of the context the matcher found. */
const F_TOPIC = 1;
const F_CUE = 2;
const F_HONORIFIC = 4;

interface RawHit {
  start: number;
  end: number;
  firstWord: number;
  lastWord: number;
  entry: TopicEntry;
  clarity: number;
}

interface RawCue {
  start: number;
  end: number;
  word: number;
  strength: number;
  /** Cues of one family count once within a window: the word itself unless its group names a family. */
  family: string;
}

/** A cue ready to be added up: where it is, how strong, and its family. */
interface CueItem {
  word: number;
  amount: number;
  family: string;
}


function isUpper(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = text[i]!;
  return ch !== ch.toLowerCase();
}

/** Whether any word after the first of a sentence is capitalised: if none is, the writer does not use capitals. */
function usesCapitals(words: WordTable): boolean {
  for (let w = 0; w < words.count; w++) {
    const f = words.flags[w]!;
    if ((f & (WORD_CAPITALISED | WORD_UPPER)) !== 0 && (f & WORD_BREAK_BEFORE) === 0) return true;
  }
  return false;
}

/**
 * Whether the word before `w` is a capitalised word that reads as part of a
 * name with it (`Eric Church`, `Doug Ferguson`): capitalised but not
 * shouted, longer than a short function word (`The`, `On`), and not itself a
 * topic, a cue or a title (`Vote Labour`, `Mr Trump`).
 */
function afterName(words: WordTable, flags: Uint8Array, w: number): boolean {
  if ((words.flags[w]! & WORD_BREAK_BEFORE) !== 0) return false;
  const prev = w - 1;
  const prevFlags = words.flags[prev]!;
  return (
    (prevFlags & WORD_CAPITALISED) !== 0 && (prevFlags & WORD_UPPER) === 0 &&
    (flags[prev]! & (F_TOPIC | F_CUE | F_HONORIFIC)) === 0 && words.nEnd[prev]! - words.nStart[prev]! > 3
  );
}

/**
 * The clarity of a topic word from how it is written. A cased word
 * (`labour`, `trump`) counts fully only when capitalised and not at the
 * start of a sentence; any capitalised single word loses most of its
 * clarity when it follows a capitalised word as part of a name.
 */
function writtenClarity(
  entry: TopicEntry, m: TermMatch, words: WordTable, flags: Uint8Array, capitalsUsed: boolean,
): number {
  const f = words.flags[m.firstWord]!;
  const capital = (f & (WORD_CAPITALISED | WORD_UPPER)) !== 0;
  const single = m.firstWord === m.lastWord;
  if (!entry.cased) {
    const named = entry.kind === 'politician' || entry.kind === 'party' || entry.kind === 'campaign';
    return single && !named && capital && (f & WORD_UPPER) === 0 && afterName(words, flags, m.firstWord)
      ? entry.clarity * NAME_PART_FACTOR
      : entry.clarity;
  }
  if (!capital) return entry.clarity * (capitalsUsed ? LOWER_CASE_FACTOR : UNCASED_TEXT_FACTOR);
  if ((f & WORD_BREAK_BEFORE) !== 0) return entry.clarity * SENTENCE_START_FACTOR;
  return single && afterName(words, flags, m.firstWord) ? entry.clarity * NAME_PART_FACTOR : entry.clarity;
}

/** Merges overlapping hits into one covering both, keeping the clearer one's topic. */
function mergeHits(raw: RawHit[]): TopicHit[] {
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TopicHit[] = [];
  for (const h of raw) {
    const last = out[out.length - 1];
    if (last !== undefined && h.start < last.end) {
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
    out.push({ start: h.start, end: h.end, firstWord: h.firstWord, lastWord: h.lastWord, topic: h.entry.topic, clarity: h.clarity });
  }
  return out;
}

/** Index of the word that contains original offset `at` (the last word starting at or before it). */
function wordAtOffset(words: WordTable, at: number): number {
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

/** Handles shorter than this are too short to name a politician with any certainty (`@jeb_`). */
const MIN_HANDLE_LETTERS = 5;

/** Words handles put before a name: `@realDonaldTrump`, `@UKLabour`. */
const HANDLE_PREFIXES = ['real', 'the', 'uk', 'team', 'vote'];

/**
 * Whether a topic can be read from a handle: handles name people and
 * bodies, and ordinary words in them (`@josh_dobbs1`, `@DanSanders`) are
 * more often someone's name than a topic.
 */
function namesAccount(entry: TopicEntry): boolean {
  return !entry.cased && entry.clarity >= 0.8 && entry.kind !== 'issue' && entry.kind !== 'election';
}

/** The best whole-tag reading of a hashtag or handle: a topic, and for hashtags the stance its shape shows. */
function readTagLetters(
  tag: Tag, lex: PoliticalLexicon,
): { entry: TopicEntry | undefined; cue: number } {
  const letters = tag.letters;
  let entry = lex.compactTopics.get(letters);
  let cue = entry !== undefined ? Math.max(entry.cue, lex.compactCues.get(letters) ?? 0) : 0;
  if (tag.handle) {
    if (entry === undefined) {
      for (const prefix of HANDLE_PREFIXES) {
        if (letters.startsWith(prefix)) entry ??= lex.compactTopics.get(letters.slice(prefix.length));
      }
    }
    return { entry: entry !== undefined && namesAccount(entry) && letters.length >= MIN_HANDLE_LETTERS ? entry : undefined, cue: 0 };
  }
  for (const prefix of TAG_PREFIXES) {
    if (letters.length > prefix.length + 2 && letters.startsWith(prefix)) {
      const rest = lex.compactTopics.get(letters.slice(prefix.length));
      if (rest !== undefined) {
        if (entry === undefined || rest.clarity > entry.clarity) entry = rest;
        cue = Math.max(cue, CAMPAIGN_TAG_CUE);
      }
    }
  }
  for (const suffix of TAG_SUFFIXES) {
    if (letters.length > suffix.length + 2 && letters.endsWith(suffix)) {
      const rest = lex.compactTopics.get(letters.slice(0, letters.length - suffix.length));
      if (rest !== undefined) {
        if (entry === undefined || rest.clarity > entry.clarity) entry = rest;
        cue = Math.max(cue, CAMPAIGN_TAG_CUE);
      }
    }
  }
  if (entry !== undefined && tag.numbered && (entry.kind === 'politician' || entry.kind === 'party')) cue = Math.max(cue, NUMBERED_TAG_CUE);
  return { entry, cue };
}

/**
 * Reads the hashtags and handles: splits those with inner capitals, digits
 * or underscores and scans the pieces with the same matcher, and looks whole
 * tags up. Topics found map to the whole tag in the original text.
 */
function scanTags(
  text: string, words: WordTable, lex: PoliticalLexicon, hits: RawHit[], cues: RawCue[],
): void {
  const tags = findTags(text);
  if (tags.length === 0) return;
  // One derived text holds every split tag, each on its own line, so one scan reads them all.
  let derived = '';
  const owners: number[] = [];
  const offsets: number[] = [];
  tags.forEach((tag, k) => {
    if (tag.split === undefined) return;
    offsets.push(derived.length);
    owners.push(k);
    derived += `${tag.split}\n`;
  });
  const tagTopic = new Float64Array(tags.length);
  const tagCue = new Float64Array(tags.length);
  const tagEntry: (TopicEntry | undefined)[] = new Array<TopicEntry | undefined>(tags.length);
  if (derived !== '') {
    const normalised = normalise(derived);
    let seg = 0;
    let safeEnd = -1;
    for (const m of lex.matcher.scan(normalised)) {
      while (seg + 1 < offsets.length && offsets[seg + 1]! <= m.start) seg++;
      const k = owners[seg]!;
      if (m.list === LIST.safe) safeEnd = Math.max(safeEnd, m.end);
      else if (m.list === LIST.topic || m.list === LIST.topicInflected) {
        if (m.end <= safeEnd) continue;
        const entry = lex.topics.get(m.list)!.get(m.term)!;
        if (tags[k]!.handle && !(namesAccount(entry) && tags[k]!.letters.length >= MIN_HANDLE_LETTERS)) continue;
        const capital = isUpper(derived, m.start);
        const clarity = entry.cased && !capital ? entry.clarity * LOWER_CASE_FACTOR : entry.clarity;
        if (clarity > tagTopic[k]!) {
          tagTopic[k] = clarity;
          tagEntry[k] = entry;
        }
        tagCue[k] = Math.max(tagCue[k]!, entry.cue);
      } else if (!tags[k]!.handle && (m.list === LIST.cue || m.list === LIST.cueInflected)) {
        tagCue[k] = Math.max(tagCue[k]!, lex.cues.get(m.list)!.get(m.term)!.strength);
      }
    }
  }
  tags.forEach((tag, k) => {
    const whole = readTagLetters(tag, lex);
    let entry = tagEntry[k];
    let clarity = tagTopic[k]!;
    if (whole.entry !== undefined && whole.entry.clarity > clarity) {
      entry = whole.entry;
      clarity = whole.entry.clarity;
    }
    const word = wordAtOffset(words, tag.start + 1);
    if (entry === undefined) {
      cues.push({ start: tag.start, end: tag.end, word, strength: tag.handle ? HANDLE_CUE : PLAIN_TAG_CUE, family: text.slice(tag.start, tag.end).toLowerCase() });
      return;
    }
    hits.push({ start: tag.start, end: tag.end, firstWord: word, lastWord: word, entry, clarity });
    if (!tag.handle) {
      const strength = Math.max(tagCue[k]!, whole.cue, TAGGED_TOPIC_CUE);
      cues.push({ start: tag.start, end: tag.end, word, strength, family: text.slice(tag.start, tag.end).toLowerCase() });
    }
  });
}

/** Below this clarity a mention is faint: it backs up other mentions only half as much. */
const FAINT = 0.5;

/** The clarity whose evidence is half that of `c`, in the log space where evidence adds up. */
function halfAmount(c: number): number {
  return 1 - Math.sqrt(1 - Math.min(MAX_STRENGTH, c));
}

/** Stance shown by an exclamation mark, a question mark, a shouted word, scare quotes and an emoji or emoticon. */
const EXCLAIM_CUE = 0.3;
const QUESTION_CUE = 0.25;
const SHOUTED_CUE = 0.3;
const SCARE_QUOTE_CUE = 0.3;
const EMOJI_CUE = 0.2;
/** Scare quotes wrap one to three words: `"equality"`, `'child'`. Longer quotes are quotations. */
const MAX_SCARE_QUOTED = 30;

function isQuote(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 39;
}

function isEmoji(text: string, i: number): boolean {
  const c = text.codePointAt(i)!;
  return (c >= 0x1f300 && c <= 0x1faff) || (c >= 0x2600 && c <= 0x27bf);
}

/** An emoticon at `i`: `:)`, `:(`, `:-(`, `;)`, `:D`, `<3`. */
function isEmoticon(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 60) return text.charCodeAt(i + 1) === 51;
  if (c !== 58 && c !== 59) return false;
  let k = i + 1;
  if (text.charCodeAt(k) === 45) k++;
  const d = text.charCodeAt(k);
  return (d === 41 || d === 40 || d === 68 || d === 80 || d === 47) && (k + 1 >= text.length || text.charCodeAt(k + 1) === 32 || text.charCodeAt(k + 1) === 10);
}

/**
 * Adds the typographic signs of a writer's voice to the cues: `!` and `?`
 * (a run counts once), scare quotes around a word or two (`"equality"`),
 * emoji and emoticons, and words of four or more letters in capitals that
 * are not topics (`Abortion KILLS`).
 */
function addTypography(text: string, words: WordTable, flags: Uint8Array, cues: CueItem[]): void {
  let last = -2;
  // An opening quote after a space or at the start; its closing partner must come within a few words.
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isQuote(c)) {
      const before = i === 0 ? 32 : text.charCodeAt(i - 1);
      if (open >= 0 && i - open > 1 && i - open <= MAX_SCARE_QUOTED && text.charCodeAt(i - 1) !== 32) {
        cues.push({ word: wordAtOffset(words, open + 1), amount: SCARE_QUOTE_CUE, family: 'quotes' });
        open = -1;
      } else if (before === 32 || before === 10 || before === 40 || i === 0) open = i;
      continue;
    }
    if (open >= 0 && i - open > MAX_SCARE_QUOTED) open = -1;
    if (c >= 0xd800 && c <= 0xdbff ? isEmoji(text, i) : (c >= 0x2600 && c <= 0x27bf) || isEmoticon(text, i)) {
      cues.push({ word: wordAtOffset(words, i), amount: EMOJI_CUE, family: 'emoji' });
      continue;
    }
    if (c !== 33 && c !== 63) continue;
    const run = i === last + 1;
    last = i;
    if (!run) cues.push({ word: wordAtOffset(words, i), amount: c === 33 ? EXCLAIM_CUE : QUESTION_CUE, family: c === 33 ? '!' : '?' });
  }
  for (let w = 0; w < words.count; w++) {
    if ((words.flags[w]! & WORD_UPPER) !== 0 && (flags[w]! & F_TOPIC) === 0 && words.nEnd[w]! - words.nStart[w]! >= 4) {
      cues.push({ word: w, amount: SHOUTED_CUE, family: 'shouting' });
    }
  }
}

/**
 * Keeps one cue per family within a window: a second `we` or `!` a few words
 * after the first says nothing new, while one a page later does. The
 * strongest cue of a family at a word wins.
 */
function onePerFamily(items: CueItem[]): CueItem[] {
  items.sort((a, b) => a.word - b.word || b.amount - a.amount);
  const last = new Map<string, number>();
  const out: CueItem[] = [];
  for (const it of items) {
    const seen = last.get(it.family);
    if (seen !== undefined && it.word - seen <= WINDOW_WORDS) continue;
    last.set(it.family, it.word);
    out.push(it);
  }
  return out;
}

/** Turns per-word amounts into prefix sums of `-ln(1 - x)`, so that a window's amounts add up in O(1). */
function prefixEvidence(count: number, items: readonly { word: number; amount: number }[]): Float64Array {
  const per = new Float64Array(count + 1);
  for (const it of items) per[it.word + 1]! += -Math.log(1 - Math.min(MAX_STRENGTH, it.amount));
  for (let w = 1; w <= count; w++) per[w]! += per[w - 1]!;
  return per;
}

/**
 * Reads one field for political topics and stance cues in a single pass of
 * the political matcher (plus one over the split hashtags), drops topic
 * words inside safe phrases, weighs cased words by how they are written,
 * and makes the evidence around each hit available in constant time.
 */
export function scanPolitical(normalised: NormalisedText): PoliticalScan {
  const lex = politicalLexicon();
  const text = normalised.original;
  const matches = lex.matcher.scan(normalised);
  const words = buildWordTable(normalised);
  const flags = new Uint8Array(words.count);
  for (const m of matches) {
    const f = m.list === LIST.honorific ? F_HONORIFIC : m.list === LIST.safe ? 0 : m.list.startsWith('cue') ? F_CUE : F_TOPIC;
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
      if ((words.flags[m.firstWord]! & WORD_MENTION) !== 0 && !(namesAccount(entry) && m.end - m.start >= MIN_HANDLE_LETTERS)) continue;
      const clarity = writtenClarity(entry, m, words, flags, capitalsUsed);
      raw.push({ start: m.start, end: m.end, firstWord: m.firstWord, lastWord: m.lastWord, entry, clarity });
      if (entry.cue > 0) rawCues.push({ start: m.start, end: m.end, word: m.lastWord, strength: entry.cue, family: m.term });
    } else if (m.list === LIST.cue || m.list === LIST.cueInflected) {
      const cue = lex.cues.get(m.list)!.get(m.term)!;
      rawCues.push({ start: m.start, end: m.end, word: m.lastWord, strength: cue.strength, family: cue.family });
    }
  }
  scanTags(text, words, lex, raw, rawCues);
  const hits = mergeHits(raw);

  // A cue word inside a topic phrase (`against` in `violence against women`) is part of the name, not a stance;
  // overlapping cues (`i m against` and `against`) count once, at the strongest.
  rawCues.sort((a, b) => a.start - b.start || b.end - a.end);
  const cueItems: CueItem[] = [];
  let h = 0;
  let lastEnd = -1;
  for (const c of rawCues) {
    while (h < hits.length && hits[h]!.end <= c.start) h++;
    const inside = h < hits.length && hits[h]!.start <= c.start && c.end <= hits[h]!.end && !(hits[h]!.start === c.start && hits[h]!.end === c.end);
    if (inside) continue;
    const last = cueItems[cueItems.length - 1];
    if (last !== undefined && c.start < lastEnd) {
      last.amount = Math.max(last.amount, c.strength);
      lastEnd = Math.max(lastEnd, c.end);
      continue;
    }
    cueItems.push({ word: c.word, amount: c.strength, family: c.family });
    lastEnd = c.end;
  }
  addTypography(text, words, flags, cueItems);
  const count = Math.max(1, words.count);
  const at = (w: number): number => Math.min(w, count - 1);
  const stance = prefixEvidence(count, onePerFamily(cueItems).map((c) => ({ word: at(c.word), amount: c.amount })));
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
    stanceAround: (hit) => 1 - Math.exp(-windowOf(stance, hit)),
  };
}
