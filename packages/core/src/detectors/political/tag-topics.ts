/**
 * Topics and stances inside hashtags and handles, which the word-boundary
 * scan cannot see: `#StopBrexit`, `#nohillary2016`, `@realDonaldTrump`.
 */
import { pooledFloat64 } from '../../text/typed-pool.js';
import { normalise } from '../../text/normalise.js';
import type { WordTable } from '../offensive/word-table.js';
import { type RawCue, type RawHit, wordAtOffset } from './evidence.js';
import { findTags, TAG_PREFIXES, TAG_SUFFIXES, type Tag } from './hashtags.js';
import { LIST, type PoliticalLexicon, TONE_BACKING, TONE_COURTESY, TONE_PRAISE, type TopicEntry } from './lexicon.js';
import { isUpper, LOWER_CASE_FACTOR } from './written-clarity.js';

/** Stance shown by tagging a topic (`#Brexit`): weak, as news accounts tag too. */
const TAGGED_TOPIC_CUE = 0.3;
/** Stance of a campaign-shaped tag around a topic (`#StopBrexit`, `#ToriesOut`, `#Hillary2016`). */
const CAMPAIGN_TAG_CUE = 0.85;
const NUMBERED_TAG_CUE = 0.6;
/** Any other hashtag, and addressing someone by handle: faint signs of a post that argues or campaigns. */
const PLAIN_TAG_CUE = 0.15;
const HANDLE_CUE = 0.1;
/** Handles shorter than this are too short to name a politician with any certainty (`@jeb_`). */
export const MIN_HANDLE_LETTERS = 5;

/** Words handles put before a name: `@realDonaldTrump`, `@UKLabour`. */
const HANDLE_PREFIXES = ['real', 'the', 'uk', 'team', 'vote'];

/**
 * Whether a topic can be read from a handle: handles name people and
 * bodies, and ordinary words in them (`@josh_dobbs1`, `@DanSanders`) are
 * more often someone's name than a topic.
 */
export function namesAccount(entry: TopicEntry): boolean {
  return !entry.cased && entry.clarity >= 0.8 && entry.kind !== 'issue' && entry.kind !== 'election';
}

/** The best whole-tag reading of a hashtag or handle: a topic, and for hashtags the stance its shape shows. */
function readTagLetters(tag: Tag, lex: PoliticalLexicon): { entry: TopicEntry | undefined; cue: number } {
  const letters = tag.letters;
  let entry = lex.compactTopics.get(letters);
  let cue = entry !== undefined ? Math.max(entry.cue, lex.compactCues.get(letters) ?? 0) : 0;
  if (tag.handle) {
    if (entry === undefined) {
      for (const prefix of HANDLE_PREFIXES) {
        if (letters.startsWith(prefix)) entry ??= lex.compactTopics.get(letters.slice(prefix.length));
      }
    }
    const named = entry !== undefined && namesAccount(entry) && letters.length >= MIN_HANDLE_LETTERS;
    return { entry: named ? entry : undefined, cue: 0 };
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
  if (entry !== undefined && tag.numbered && (entry.kind === 'politician' || entry.kind === 'party')) {
    cue = Math.max(cue, NUMBERED_TAG_CUE);
  }
  return { entry, cue };
}

/**
 * Reads the hashtags and handles: splits those with inner capitals, digits
 * or underscores and scans the pieces with the same matcher, and looks whole
 * tags up. Topics found map to the whole tag in the original text.
 */
export function scanTags(text: string, words: WordTable, lex: PoliticalLexicon, hits: RawHit[], cues: RawCue[]): void {
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
  const tagTopic = pooledFloat64(tags.length);
  const tagCue = pooledFloat64(tags.length);
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
        const tag = tags[k]!;
        if (tag.handle && !(namesAccount(entry) && tag.letters.length >= MIN_HANDLE_LETTERS)) continue;
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
    // A tag said twice is one sign, so the tag itself is its family.
    const family = text.slice(tag.start, tag.end).toLowerCase();
    if (entry === undefined) {
      cues.push({ start: tag.start, end: tag.end, word, strength: tag.handle ? HANDLE_CUE : PLAIN_TAG_CUE, family });
      return;
    }
    hits.push({ start: tag.start, end: tag.end, firstWord: word, lastWord: word, entry, clarity });
    if (!tag.handle) {
      const strength = Math.max(tagCue[k]!, whole.cue, TAGGED_TOPIC_CUE);
      // `#ThankYouNHS`: a tag of a service nearly everyone backs is support, not a side.
      const tone = entry.consensual ? TONE_COURTESY | TONE_PRAISE | TONE_BACKING : 0;
      cues.push({ start: tag.start, end: tag.end, word, strength, family, tone });
    }
  });
}

