import { defineLexicon } from '../shared-lexicons.js';
import { normaliseTerm } from '../../text/compile-term-matcher.js';
import type { TermListInput, TermMatcher } from '../../text/term-matcher.js';
import { CAMPAIGNS } from './terms/campaigns.js';
import { ISSUES } from './terms/issues.js';
import { ELECTIONS, INSTITUTIONS, OFFICES } from './terms/offices.js';
import { PARTIES } from './terms/parties.js';
import { POLITICIANS } from './terms/people.js';
import { SAFE_PHRASES } from './terms/safe-phrases.js';
import { BACKING_CUES, COURTESY_CUES, PRAISE_CUES, STANCE_CUES } from './terms/stance.js';
import type { CueGroup, TopicGroup, TopicKind } from './terms/types.js';

/** What the lexicon knows about one topic term. */
export interface TopicEntry {
  topic: string;
  kind: TopicKind;
  clarity: number;
  cased: boolean;
  /** Stance the word carries by itself (loaded words, campaign slogans), 0 if none. */
  cue: number;
  /** A service nearly everyone backs: support and praise of it take no side (see {@link TopicGroup.consensual}). */
  consensual: boolean;
}

/** Tone of a cue: courtesy (thanks, congratulations), which takes no side about an office. */
export const TONE_COURTESY = 1;
/** Tone of a cue: praise, part of courtesy paid to an office, and no side about a service nearly everyone backs. */
export const TONE_PRAISE = 2;
/** Tone of a cue: backing, no side about a service nearly everyone backs. */
export const TONE_BACKING = 4;

/** What the lexicon knows about one stance cue. */
export interface CueEntry {
  strength: number;
  /** Cues with the same family count once together; see {@link CueGroup.family}. */
  family: string;
  /** {@link TONE_COURTESY}, {@link TONE_PRAISE} and {@link TONE_BACKING} bits, 0 for a cue of none. */
  tone: number;
}

const COURTESY = new Set(COURTESY_CUES);
const PRAISE = new Set(PRAISE_CUES);
const BACKING = new Set(BACKING_CUES);

function toneOf(term: string): number {
  return (COURTESY.has(term) ? TONE_COURTESY : 0) | (PRAISE.has(term) ? TONE_PRAISE : 0) | (BACKING.has(term) ? TONE_BACKING : 0);
}

/** Every topic group of the political lexicon. */
export const TOPIC_GROUPS: readonly TopicGroup[] = [
  ...PARTIES, ...POLITICIANS, ...OFFICES, ...INSTITUTIONS, ...ELECTIONS, ...ISSUES, ...CAMPAIGNS,
];

/** Words before a capitalised name that show it is a person's title, not a first name: `Mr Trump`, `President Bush`. */
const HONORIFICS = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lady', 'lord', 'rep', 'sen', 'gov', 'president', 'senator',
  'governor', 'minister', 'secretary', 'chancellor', 'candidate', 'leader', 'hon', 'rt hon', 'comrade', 'prof',
  'madam', 'former', 'ex', 'new', 'vote', 'elect', 'team', 'go', 'pm', 'potus', 'prime minister', 'nominee',
];

/** List ids of the political matcher. */
export const LIST = {
  topic: 'topic',
  topicInflected: 'topic+',
  cue: 'cue',
  cueInflected: 'cue+',
  safe: 'safe',
  honorific: 'honorific',
} as const;

/** The political lexicon compiled for lookups and one scan. */
export interface PoliticalLexicon {
  /** The lexicon's matches, from the built-in detectors' shared automaton. */
  matcher: TermMatcher;
  /** The term lists the matcher reads. */
  lists: readonly TermListInput[];
  /** Topic entries by list id, then term text as written. */
  topics: ReadonlyMap<string, ReadonlyMap<string, TopicEntry>>;
  /** Cues by list id, then term text as written. */
  cues: ReadonlyMap<string, ReadonlyMap<string, CueEntry>>;
  /** Topic entries by the term's normalised letters without spaces (`stopbrexit`), for hashtags. */
  compactTopics: ReadonlyMap<string, TopicEntry>;
  /** Cue strengths by normalised letters without spaces, for hashtags. */
  compactCues: ReadonlyMap<string, number>;
}

function termText(spec: TopicGroup['terms'][number]): string {
  return typeof spec === 'string' ? spec : spec[0];
}

function termClarity(group: TopicGroup, spec: TopicGroup['terms'][number]): number {
  return typeof spec === 'string' ? group.clarity : spec[1];
}

/** Keeps the clearer of two entries for the same word. */
function keepClearer<K>(map: Map<K, TopicEntry>, key: K, entry: TopicEntry): void {
  const old = map.get(key);
  if (old === undefined || entry.clarity + entry.cue > old.clarity + old.cue) map.set(key, entry);
}

function compact(text: string): string {
  return normaliseTerm(text).replaceAll(' ', '');
}

let lexicon: PoliticalLexicon | undefined;

const POLITICAL_LEXICON: TermMatcher = defineLexicon('political', () => politicalLexicon().lists);

/**
 * The political lexicon, compiled on first use into one term matcher (topic
 * terms, stance cues, safe phrases and honorifics, scanned together) and the
 * lookup tables the detectors read matches with.
 */
export function politicalLexicon(): PoliticalLexicon {
  if (lexicon !== undefined) return lexicon;
  const topics = new Map<string, Map<string, TopicEntry>>([
    [LIST.topic, new Map()],
    [LIST.topicInflected, new Map()],
  ]);
  const compactTopics = new Map<string, TopicEntry>();
  const plain: string[] = [];
  const inflected: string[] = [];
  for (const group of TOPIC_GROUPS) {
    const list = group.inflect === true ? LIST.topicInflected : LIST.topic;
    for (const spec of group.terms) {
      const text = termText(spec);
      const entry: TopicEntry = {
        topic: group.topic,
        kind: group.kind,
        clarity: termClarity(group, spec),
        cased: group.cased === true,
        cue: group.cue ?? 0,
        consensual: group.consensual === true,
      };
      (group.inflect === true ? inflected : plain).push(text);
      keepClearer(topics.get(list)!, text, entry);
      const key = compact(text);
      if (key.length >= 3) keepClearer(compactTopics, key, entry);
    }
  }
  const cues = new Map<string, Map<string, CueEntry>>([
    [LIST.cue, new Map()],
    [LIST.cueInflected, new Map()],
  ]);
  const compactCues = new Map<string, number>();
  const cuePlain: string[] = [];
  const cueInflected: string[] = [];
  for (const group of STANCE_CUES) {
    const list = group.inflect === true ? LIST.cueInflected : LIST.cue;
    for (const text of group.terms) {
      (group.inflect === true ? cueInflected : cuePlain).push(text);
      const byText = cues.get(list)!;
      const old = byText.get(text);
      if (old === undefined || group.strength > old.strength) {
        byText.set(text, { strength: group.strength, family: group.family ?? text, tone: toneOf(text) });
      }
      const c = compact(text);
      compactCues.set(c, Math.max(compactCues.get(c) ?? 0, group.strength));
    }
  }
  const asTerms = (texts: readonly string[]): TermListInput['terms'] => texts.map((text) => ({ text, prefix: false }));
  const lists: TermListInput[] = [
    { id: LIST.topic, inflect: false, terms: asTerms(plain) },
    { id: LIST.topicInflected, inflect: true, terms: asTerms(inflected) },
    { id: LIST.cue, inflect: false, terms: asTerms(cuePlain) },
    { id: LIST.cueInflected, inflect: true, terms: asTerms(cueInflected) },
    { id: LIST.safe, inflect: false, terms: asTerms(SAFE_PHRASES) },
    { id: LIST.honorific, inflect: false, terms: asTerms(HONORIFICS) },
  ];
  lexicon = { matcher: POLITICAL_LEXICON, lists, topics, cues, compactTopics, compactCues };
  return lexicon;
}
