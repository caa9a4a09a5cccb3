import { z } from 'zod';
import { compileTermMatcher } from '../../text/compile-term-matcher.js';
import type { TermListInput, TermMatch, TermMatcher } from '../../text/term-matcher.js';
import type { Detector, DetectorInput, DetectorMatch } from '../detector.js';
import { buildWordTable, WORD_BREAK_BEFORE, WORD_UPPER, type WordTable } from '../offensive/word-table.js';
import { atLineEnd, atLineStart, colonAfter, inBrackets, joinedByHyphen, letterCase, type LetterCase } from './layout.js';
import { hasEmoji, jokeWordsNear } from './playful.js';
import {
  CLASSIFICATIONS, DESCRIPTORS, DOCUMENT_CUES, DOCUMENT_NOUNS, EMBARGO_STRONG, HANDLING, JOKE_WORDS,
  NON_DOCUMENT_DRAFT_WORDS, NON_INFORMATION_LEAK_WORDS, OFF_THE_RECORD, PERSONAL_OPENINGS, TRADE_EMBARGO_WORDS,
  type HandlingTerm,
} from './terms.js';

/** Options of the `marking` detector. */
export const markingOptionsSchema = z.object({
  minConfidence: z.number().min(0).max(1).default(0.5),
});

/** Options of the `marking` detector, defaults applied. */
export type MarkingOptions = z.output<typeof markingOptionsSchema>;

/** Word flags from the context lists. */
const W_DESCRIPTOR = 1;
const W_DOCUMENT = 2;
const W_NOT_DRAFT = 4;
const W_TRADE = 8;
const W_NOT_LEAK = 16;
const W_ORDINARY_BEFORE = 32;
const W_ORDINARY_AFTER = 64;
const W_DRAFT_STAGE = 128;
const W_CLASSIFICATION = 256;
const W_IN = 512;
const W_OBJECT = 1024;
const W_JOKE = 2048;
const W_PERSONAL = 4096;
const W_DOCUMENT_CUE = 8192;

/** Words before a classification word that show ordinary use: `the secret`, `it's official`. */
const ORDINARY_BEFORE = [
  'a', 'an', 'the', 'my', 'our', 'your', 'his', 'her', 'its', 'their', 'it', 's', 'is', 'are', 'was', 'no', 'any',
  'dirty', 'little', 'best', 'kept', 'open', 'make', 'made', 'now', 'be', 'been', 'keep', 'kept', 'in', 'big',
  'real', 'whose', 'this', 'that', 'family', 'biggest', 'worst', 'great', 'fully', 'most', 'highly', 'very',
  'strictly speaking', 'non', 'semi', 'more', 'less',
];

/** Words after a classification word that show ordinary use: `secret to`, `official visit`, `restricted access`. */
const ORDINARY_AFTER = [
  'to', 'of', 'is', 'santa', 'garden', 'service', 'services', 'agent', 'agents', 'ingredient', 'recipe',
  'weapon', 'sauce', 'life', 'lives', 'history', 'society', 'squirrel', 'lair', 'hideaway', 'ballot', 'police',
  'admirer', 'passage', 'door', 'formula', 'code', 'menu', 'gig', 'location', 'cinema', 'diary', 'identity',
  'visit', 'visits', 'opening', 'launch', 'statistics', 'figures', 'website', 'account', 'twitter', 'trailer',
  'video', 'partner', 'sponsor', 'photo', 'photos', 'residence', 'language', 'opposition', 'secrets', 'record',
  'records', 'reception', 'ceremony', 'announcement', 'start', 'opening', 'access', 'area', 'areas', 'zone',
  'parking', 'by', 'diet', 'use', 'hours', 'entry', 'view', 'helpline', 'advice', 'support', 'counselling',
  'reporting', 'line', 'informant', 'your', 'our', 'the', 'them', 'people', 'children', 'nhs', 'him', 'her',
  'us', 'you', 'and', 'or', 'mission', 'club', 'recipes', 'handshake', 'word', 'words', 'from', 'about',
  'that', 'this', 'it', 'for', 'as', 'with', 'in', 'on', 'at', 'release', 'channels', 'channel', 'guidance',
  'duties', 'capacity', 'business', 'car', 'portrait', 'rules', 'body', 'bodies', 'title', 'data',
];

/** Words that mark a draft's stage: `first draft`, `working draft`. */
const DRAFT_STAGES = [
  'first', 'second', 'third', 'final', 'latest', 'early', 'rough', 'working', 'initial', 'revised', 'new',
  'updated', 'current', 'leaked', 'internal', 'unpublished', 'advance', 'consultation',
];

/** Words after `leak` that make it a verb with an object: `leak this`, `leaked it`. */
const LEAK_OBJECTS = ['this', 'it', 'that', 'them', 'details', 'news', 'story', 'the news', 'the story', 'to the press'];

const CONTEXT_LISTS: readonly { id: string; flag: number; inflect: boolean; terms: readonly string[] }[] = [
  { id: 'w:desc', flag: W_DESCRIPTOR, inflect: false, terms: DESCRIPTORS },
  { id: 'w:doc', flag: W_DOCUMENT, inflect: true, terms: DOCUMENT_NOUNS },
  { id: 'w:notdraft', flag: W_NOT_DRAFT, inflect: false, terms: NON_DOCUMENT_DRAFT_WORDS },
  { id: 'w:trade', flag: W_TRADE, inflect: false, terms: TRADE_EMBARGO_WORDS },
  { id: 'w:notleak', flag: W_NOT_LEAK, inflect: false, terms: NON_INFORMATION_LEAK_WORDS },
  { id: 'w:before', flag: W_ORDINARY_BEFORE, inflect: false, terms: ORDINARY_BEFORE },
  { id: 'w:after', flag: W_ORDINARY_AFTER, inflect: false, terms: ORDINARY_AFTER },
  { id: 'w:stage', flag: W_DRAFT_STAGE, inflect: false, terms: DRAFT_STAGES },
  { id: 'w:in', flag: W_IN, inflect: false, terms: ['in'] },
  { id: 'w:object', flag: W_OBJECT, inflect: false, terms: LEAK_OBJECTS },
  { id: 'w:joke', flag: W_JOKE, inflect: false, terms: JOKE_WORDS },
  { id: 'w:personal', flag: W_PERSONAL, inflect: false, terms: PERSONAL_OPENINGS },
  { id: 'w:doccue', flag: W_DOCUMENT_CUE, inflect: false, terms: DOCUMENT_CUES },
];
const CONTEXT_FLAG = new Map(CONTEXT_LISTS.map((l) => [l.id, l.flag]));

const CLASSIFICATION_BY_TEXT = new Map(CLASSIFICATIONS.map((c) => [c.text, c.marking]));
const FIXED = new Map<string, HandlingTerm>(
  [...HANDLING, ...EMBARGO_STRONG, ...OFF_THE_RECORD].map((h) => [h.text, h]),
);

let matcher: TermMatcher | undefined;

/** The marking detector's one term matcher, built on first use. */
function markingMatcher(): TermMatcher {
  if (matcher !== undefined) return matcher;
  const plain = (terms: readonly string[]): { text: string; prefix: boolean }[] =>
    terms.map((text) => ({ text, prefix: false }));
  const lists: TermListInput[] = [
    { id: 'cls', inflect: false, terms: plain(CLASSIFICATIONS.map((c) => c.text)) },
    { id: 'fixed', inflect: false, terms: plain([...FIXED.keys()]) },
    { id: 'embargo', inflect: false, terms: plain(['embargo']) },
    { id: 'draft', inflect: false, terms: plain(['draft', 'drafts']) },
    { id: 'leak', inflect: false, terms: plain(['leak', 'leaks', 'leaked', 'leaking']) },
    ...CONTEXT_LISTS.map((l) => ({ id: l.id, inflect: l.inflect, terms: plain(l.terms) })),
  ];
  matcher = compileTermMatcher(lists);
  return matcher;
}

interface Context {
  input: DetectorInput;
  words: WordTable;
  flags: Uint16Array;
  /** For a descriptor starting at a word, the word it ends at; otherwise -1. */
  descriptorEnd: Int32Array;
  /** The field is an attachment's file name, where case and layout say little. */
  fileName: boolean;
}

function flagAt(ctx: Context, w: number): number {
  return w >= 0 && w < ctx.words.count ? ctx.flags[w]! : 0;
}

/** Flags of the word before `w` in the same sentence, or 0. */
function before(ctx: Context, w: number): number {
  return w > 0 && !(ctx.words.flags[w]! & WORD_BREAK_BEFORE) ? ctx.flags[w - 1]! : 0;
}

/** Flags of the word after `w` in the same sentence, or 0. */
function after(ctx: Context, w: number): number {
  const next = w + 1;
  return next < ctx.words.count && !(ctx.words.flags[next]! & WORD_BREAK_BEFORE) ? ctx.flags[next]! : 0;
}

/**
 * Whether a neighbouring word is shouted too (`IT'S OFFICIAL! WE WON`), so
 * capitals say nothing about this one. Descriptors and other markings do
 * not count: `SECRET UK EYES ONLY` is a marking, not shouting.
 */
function inShouting(ctx: Context, first: number, last: number): boolean {
  const { words } = ctx;
  const shouted = (w: number): boolean =>
    w >= 0 && w < words.count && (words.flags[w]! & WORD_UPPER) !== 0 && !(ctx.flags[w]! & (W_DESCRIPTOR | W_CLASSIFICATION));
  return shouted(first - 1) || shouted(last + 1);
}

/** Base confidence of each classification by how it is written. */
const CLASSIFICATION_BASE: Record<string, Record<LetterCase, number>> = {
  'OFFICIAL-SENSITIVE': { upper: 0.95, title: 0.75, lower: 0.6 },
  'TOP SECRET': { upper: 0.88, title: 0.45, lower: 0.3 },
  SECRET: { upper: 0.82, title: 0.2, lower: 0.1 },
  OFFICIAL: { upper: 0.75, title: 0.1, lower: 0.05 },
  RESTRICTED: { upper: 0.72, title: 0.1, lower: 0.05 },
  CONFIDENTIAL: { upper: 0.75, title: 0.4, lower: 0.3 },
  PROTECT: { upper: 0.6, title: 0, lower: 0 },
};

/** In a file name case says little; these are the confidences there. */
const CLASSIFICATION_IN_FILE_NAME: Record<string, number> = {
  'OFFICIAL-SENSITIVE': 0.95, 'TOP SECRET': 0.88, SECRET: 0.8, OFFICIAL: 0.55, RESTRICTED: 0.72,
  CONFIDENTIAL: 0.8, PROTECT: 0.3,
};

/** Flags of the words that may show a document follows a marking: document nouns, descriptors, `attached`. */
const DOCUMENT_AHEAD = W_DOCUMENT | W_DOCUMENT_CUE | W_DESCRIPTOR;
/** How many words after a marking may show the document it marks: `SECRET: the minutes of …`. */
const DOCUMENT_WINDOW = 4;

/** Whether a document-like word follows word `last` closely, on its line or the next: `SECRET\nMinutes of …`. */
function documentFollows(ctx: Context, last: number): boolean {
  for (let w = last + 1; w <= last + DOCUMENT_WINDOW && w < ctx.words.count; w++) {
    if (ctx.flags[w]! & DOCUMENT_AHEAD) return true;
  }
  return false;
}

/** How many signs of a joke stand near words `first`..`last`: words of home and fun, and an emoji. */
function jokeSigns(ctx: Context, first: number, last: number): number {
  const emoji = hasEmoji(ctx.input.text, ctx.words, first, last) ? 1 : 0;
  return jokeWordsNear(ctx.words, ctx.flags, W_JOKE, first, last) + emoji;
}

function classification(ctx: Context, m: TermMatch, marking: string): DetectorMatch | undefined {
  const text = ctx.input.text;
  const letters = letterCase(text, m.start, m.end);
  let c = ctx.fileName ? CLASSIFICATION_IN_FILE_NAME[marking]! : CLASSIFICATION_BASE[marking]![letters];
  if (marking === 'OFFICIAL-SENSITIVE' && letters !== 'upper' && joinedByHyphen(text, m.start, m.end)) c = Math.max(c, 0.85);

  let end = m.end;
  let label = `marking ${marking}`;
  const nextFlags = after(ctx, m.lastWord);
  const descriptorFollows = (nextFlags & W_DESCRIPTOR) !== 0;
  if (descriptorFollows && marking !== 'PROTECT') {
    const next = m.lastWord + 1;
    const last = Math.max(next, ctx.descriptorEnd[next]!);
    end = ctx.words.oEnd[last]!;
    label += ` ${ctx.input.normalised.text.slice(ctx.words.nStart[next], ctx.words.nEnd[last]).toUpperCase()}`;
    c += letters === 'lower' ? 0.2 : 0.1;
  }
  const bracketed = inBrackets(text, m.start, end);
  const labelled = (atLineStart(text, m.start) && (atLineEnd(text, end) || colonAfter(text, end))) || bracketed;
  // `TOP SECRET: what I got mum for Christmas` is a joke: nothing document-like follows, and the words
  // around are of home and fun, or the writer's own news. A bracketed marking, OFFICIAL-SENSITIVE and a
  // descriptor are too formal for that.
  // Two signs outweigh a document word (`TOP SECRET: my birthday party plans lol`); one does not
  // (`SECRET: the plans for the Christmas reshuffle`).
  let playful = 0;
  if (!ctx.fileName && !bracketed && !descriptorFollows && marking !== 'OFFICIAL-SENSITIVE') {
    const signs = jokeSigns(ctx, m.firstWord, m.lastWord) + ((flagAt(ctx, m.lastWord + 1) & W_PERSONAL) !== 0 ? 1 : 0);
    if (signs >= 2) playful = 0.6;
    else if (signs === 1 && !documentFollows(ctx, m.lastWord)) playful = 0.5;
  }
  if (labelled && playful === 0) c += letters === 'lower' ? 0.3 : 0.15;
  c -= playful;
  if (!ctx.fileName && letters === 'upper' && !labelled && inShouting(ctx, m.firstWord, m.lastWord)) c -= 0.35;
  if (!labelled && !descriptorFollows) {
    // Capitals already argue for a marking (`this is SECRET`), so ordinary neighbours count half against them.
    const penalty = letters === 'upper' && !ctx.fileName ? 0.17 : 0.35;
    if (before(ctx, m.firstWord) & W_ORDINARY_BEFORE) c -= penalty;
    if (nextFlags & W_ORDINARY_AFTER) c -= penalty;
  }
  return { start: m.start, end, confidence: clamp(c), label };
}

function draft(ctx: Context, m: TermMatch): DetectorMatch {
  const text = ctx.input.text;
  const letters = letterCase(text, m.start, m.end);
  const prev = before(ctx, m.firstWord);
  const next = after(ctx, m.lastWord);
  let c: number;
  if (ctx.fileName) c = 0.85;
  else if (letters === 'upper') c = inShouting(ctx, m.firstWord, m.lastWord) ? 0.45 : 0.8;
  else if (next & W_DOCUMENT) c = prev & W_DRAFT_STAGE ? 0.72 : 0.65;
  else if (prev & W_IN) c = 0.55;
  else if (prev & W_DRAFT_STAGE) c = 0.4;
  else c = 0.2;
  const lineStart = atLineStart(text, m.start);
  const alone = lineStart && atLineEnd(text, m.end);
  const colon = lineStart && colonAfter(text, m.end);
  const bracketed = inBrackets(text, m.start, m.end);
  // A label in capitals, or before a colon or in brackets, marks a draft; `Draft` alone in lower or title
  // case is as likely a word on its own (a post that is only `Draft`), unless more text follows it.
  if (bracketed || colon || (alone && (letters === 'upper' || ctx.words.count > 2))) c = Math.max(c, 0.8);
  if ((prev | next) & W_NOT_DRAFT && !(next & W_DOCUMENT)) c = Math.min(c, 0.1);
  // `DRAFT: my Christmas list lol`. A file name, a capital DRAFT alone on its line, or a document after it stays a draft.
  const formal = ctx.fileName || bracketed || (alone && letters === 'upper') || (next & W_DOCUMENT) !== 0;
  if (!formal && jokeSigns(ctx, m.firstWord, m.lastWord) > 0) c -= 0.5;
  return { start: m.start, end: m.end, confidence: clamp(c), label: 'draft document' };
}

function leak(ctx: Context, m: TermMatch): DetectorMatch {
  const prev = before(ctx, m.firstWord);
  const next = after(ctx, m.lastWord);
  const past = m.normalised.startsWith('leaked');
  // `leak of the budget`: look two and three words on for the document.
  const further = flagAt(ctx, m.lastWord + 2) | flagAt(ctx, m.lastWord + 3);
  let c: number;
  if (next & W_DOCUMENT) c = past ? 0.78 : 0.65;
  else if (next & W_OBJECT) c = 0.6;
  else if (further & W_DOCUMENT) c = past ? 0.65 : 0.55;
  else c = past ? 0.5 : 0.3;
  if (ctx.fileName) c = Math.max(c, 0.7);
  if (prev & W_NOT_LEAK) c = 0.05;
  return { start: m.start, end: m.end, confidence: clamp(c), label: 'leak' };
}

function embargo(ctx: Context, m: TermMatch): DetectorMatch {
  const text = ctx.input.text;
  const letters = letterCase(text, m.start, m.end);
  let c = letters === 'upper' ? 0.85 : 0.4;
  if (colonAfter(text, m.end) || inBrackets(text, m.start, m.end)) c = Math.max(c, 0.88);
  if (ctx.fileName) c = Math.max(c, 0.85);
  if (before(ctx, m.firstWord) & W_TRADE) c = 0.1;
  return { start: m.start, end: m.end, confidence: clamp(c), label: 'embargo' };
}

function fixed(ctx: Context, m: TermMatch): DetectorMatch | undefined {
  const term = FIXED.get(m.term);
  if (term === undefined) return undefined;
  const upper = letterCase(ctx.input.text, m.start, m.end) === 'upper';
  return { start: m.start, end: m.end, confidence: clamp(term.confidence + (upper ? 0.05 : 0)), label: term.label };
}

function clamp(x: number): number {
  return Math.round(Math.min(0.99, Math.max(0, x)) * 100) / 100;
}

/**
 * Merges overlapping matches (`Please don't share` and `don't share this`)
 * into one that covers both, keeping the first one's label and the higher
 * confidence.
 */
function mergeOverlaps(matches: DetectorMatch[]): DetectorMatch[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end || b.confidence - a.confidence);
  const kept: DetectorMatch[] = [];
  for (const m of matches) {
    const last = kept[kept.length - 1];
    if (last !== undefined && m.start < last.end) {
      if (m.confidence > last.confidence) last.confidence = m.confidence;
      if (m.end > last.end) last.end = m.end;
      continue;
    }
    kept.push({ ...m });
  }
  return kept;
}

/**
 * Finds protective markings (OFFICIAL-SENSITIVE, SECRET, legacy RESTRICTED
 * and CONFIDENTIAL), handling caveats (UK EYES ONLY, NOT FOR PUBLICATION),
 * embargoes, drafts, leaks and off-the-record cues. A classification word
 * counts as a marking when it is written like one: in capitals outside
 * shouting, alone on a line, in brackets, followed by a descriptor, or in a
 * file name; `the secret to a good sponge` and `an official visit` do not.
 */
export function detectMarkings(input: DetectorInput, options: MarkingOptions): DetectorMatch[] {
  const found = markingMatcher().scan(input.normalised);
  const words = buildWordTable(input.normalised);
  const flags = new Uint16Array(words.count);
  const descriptorEnd = new Int32Array(words.count).fill(-1);
  for (const m of found) {
    if (m.list === 'w:desc' && m.lastWord > descriptorEnd[m.firstWord]!) descriptorEnd[m.firstWord] = m.lastWord;
    const flag = m.list === 'cls' ? W_CLASSIFICATION : CONTEXT_FLAG.get(m.list);
    if (flag !== undefined) for (let w = m.firstWord; w <= m.lastWord; w++) flags[w] = flags[w]! | flag;
  }
  const ctx: Context = { input, words, flags, descriptorEnd, fileName: input.field === 'attachments.name' };
  const out: DetectorMatch[] = [];
  for (const m of found) {
    let match: DetectorMatch | undefined;
    if (m.list === 'cls') match = classification(ctx, m, CLASSIFICATION_BY_TEXT.get(m.term)!);
    else if (m.list === 'fixed') match = fixed(ctx, m);
    else if (m.list === 'draft') match = draft(ctx, m);
    else if (m.list === 'leak') match = leak(ctx, m);
    else if (m.list === 'embargo') match = embargo(ctx, m);
    if (match !== undefined) out.push(match);
  }
  return mergeOverlaps(out).filter((m) => m.confidence >= options.minConfidence);
}

/** The `marking` detector: classification markings, handling caveats, embargoes, drafts and leaks. */
export const markingDetector: Detector<MarkingOptions> = {
  name: 'marking',
  // Its threshold is applied last, as a filter on the matches.
  thresholdOnly: true,
  description: 'protective markings, handling caveats, embargoes, drafts, leaks and off-the-record remarks',
  options: markingOptionsSchema,
  detect: detectMarkings,
};
