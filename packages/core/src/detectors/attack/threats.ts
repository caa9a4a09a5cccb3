import type { LanguageScan } from '../offensive/language-scan.js';
import { WORD_BREAK_BEFORE, WORD_MENTION, type WordTable } from '../offensive/word-table.js';
import {
  AMBIGUOUS_VIOLENT_VERBS, PURSUIT_VERBS, RUIN_VERBS, THREAT_FILLERS, THREAT_OBJECTS, THREAT_PARTICLES,
  THREAT_POSSESSIVES, VIOLENT_VERBS,
} from './terms/threats.js';

/** A threat the writer makes in their own voice, in original offsets. */
export interface ThreatHit {
  start: number;
  end: number;
  confidence: number;
}

/**
 * How a verb threatens: `violent` always with a person as object,
 * `ambiguous` and `pursuit` only as the whole of a clause, `ruin` the same
 * but more weakly, `beat` only with `up`.
 */
type VerbKind = 'violent' | 'ambiguous' | 'pursuit' | 'ruin' | 'beat';

interface Verb {
  words: readonly string[];
  kind: VerbKind;
}

/** Verbs by their first word; a first word may start several (`come for`, `come after`). */
const VERBS = new Map<string, Verb[]>();
function addVerbs(list: readonly string[], kind: VerbKind): void {
  for (const text of list) {
    const words = text.split(' ');
    const at = VERBS.get(words[0]!) ?? [];
    at.push({ words, kind: text === 'beat' ? 'beat' : kind });
    VERBS.set(words[0]!, at);
  }
}
addVerbs(VIOLENT_VERBS, 'violent');
addVerbs(AMBIGUOUS_VIOLENT_VERBS, 'ambiguous');
addVerbs(PURSUIT_VERBS, 'pursuit');
addVerbs(RUIN_VERBS, 'ruin');
for (const list of VERBS.values()) list.sort((a, b) => b.words.length - a.words.length);

const OBJECTS = new Set(THREAT_OBJECTS);
const POSSESSIVES = new Set(THREAT_POSSESSIVES);
const FILLERS = new Set(THREAT_FILLERS);
const PARTICLES = new Set(THREAT_PARTICLES);

/** A text without one of these words cannot hold a threat in the writer's voice; most texts are skipped on it. */
const INTENT = /(?:^| )(?:will|ll|shall|gonna|wanna|to)(?: |$)/;
const ANY_VERB = new RegExp(`(?:^| )(?:${[...VERBS.keys()].join('|')})(?: |$)`);

/** How far back past fillers the intent may stand: `I will come and fucking find you`. */
const MAX_FILLERS = 3;

/** The words of the text, read once, with the table that places them. */
interface Words {
  w: readonly string[];
  table: WordTable;
}

/** Whether a sentence or line ends between word `i - 1` and word `i`. */
function breakBefore(words: Words, i: number): boolean {
  return i <= 0 || i >= words.w.length || (words.table.flags[i]! & WORD_BREAK_BEFORE) !== 0;
}

/**
 * Whether the words up to `m` say the writer means to do what follows:
 * `I will`, `I'll`, `we shall`, `I'm going to`, `I am gonna`, `I wanna`, or
 * `gonna` / `going to` opening a sentence with the subject left out. Gives
 * `we` for a plural writer, `i` for a single one, or undefined.
 */
function intentBefore(words: Words, m: number): { subject: 'i' | 'we'; first: number } | undefined {
  const { w } = words;
  const at = (k: number): string | undefined => (k >= 0 && !breakBefore(words, k + 1) ? w[k] : undefined);
  const word = w[m];
  const subject = (k: number): 'i' | 'we' | undefined => {
    const s = at(k);
    return s === 'i' || s === 'im' ? 'i' : s === 'we' ? 'we' : undefined;
  };
  // `i m` / `we re` / `i am` / `we are` before `going to` or `gonna`.
  const beSubject = (k: number): { subject: 'i' | 'we'; first: number } | undefined => {
    const be = at(k);
    if (be === 'im') return { subject: 'i', first: k };
    if ((be === 'm' || be === 'am') && at(k - 1) === 'i') return { subject: 'i', first: k - 1 };
    if ((be === 're' || be === 'are') && at(k - 1) === 'we') return { subject: 'we', first: k - 1 };
    if (be === 'i' || be === 'we') return { subject: be, first: k };
    return undefined;
  };
  if (word === 'will' || word === 'll' || word === 'shall') {
    const s = subject(m - 1);
    return s === undefined ? undefined : { subject: s, first: m - 1 };
  }
  if (word === 'gonna' || word === 'wanna') {
    return beSubject(m - 1) ?? (breakBefore(words, m) ? { subject: 'i', first: m } : undefined);
  }
  if (word === 'to') {
    const verb = at(m - 1);
    if (verb === 'want') {
      const s = subject(m - 2);
      return s === undefined ? undefined : { subject: s, first: m - 2 };
    }
    if (verb === 'going' || verb === 'coming' || verb === 'about') {
      return beSubject(m - 2) ?? (verb === 'going' && breakBefore(words, m - 1) ? { subject: 'i', first: m - 1 } : undefined);
    }
  }
  return undefined;
}

/** The verb starting at word `v`, longest first, or undefined. */
function verbAt(words: Words, v: number): Verb | undefined {
  for (const verb of VERBS.get(words.w[v]!) ?? []) {
    let ok = true;
    for (let k = 1; k < verb.words.length && ok; k++) ok = words.w[v + k] === verb.words[k] && !breakBefore(words, v + k);
    if (ok) return verb;
  }
  return undefined;
}

/**
 * The object of a threat starting at word `o`: a pronoun for a person, an
 * account mention, or (for a violent verb) a possessive and a noun (`your
 * family`). Returns the last word of the object, or -1.
 */
function objectAt(words: Words, o: number, violent: boolean): number {
  if (o >= words.w.length || breakBefore(words, o)) return -1;
  const word = words.w[o]!;
  if (OBJECTS.has(word) || (words.table.flags[o]! & WORD_MENTION) !== 0) return o;
  if (word === 'y' && words.w[o + 1] === 'all' && !breakBefore(words, o + 1)) return o + 1;
  if (violent && POSSESSIVES.has(word) && o + 1 < words.w.length && !breakBefore(words, o + 1)) return o + 1;
  return -1;
}

/** Whether the clause ends after word `last`: the text ends, a sentence ends, or punctuation closes it. */
function clauseEndsAfter(words: Words, last: number): boolean {
  if (breakBefore(words, last + 1)) return true;
  const { original } = words.table.normalised;
  for (let q = words.table.oEnd[last]!; q < words.table.oStart[last + 1]!; q++) {
    const c = original.charCodeAt(q);
    // , ; : ) and the dashes
    if (c === 44 || c === 59 || c === 58 || c === 41 || c === 0x2013 || c === 0x2014) return true;
  }
  return false;
}

/** A threat clause read from verb `v`: its last word and how sure it is, or undefined. */
function clauseAt(words: Words, v: number, depth: number): { last: number; confidence: number } | undefined {
  const verb = verbAt(words, v);
  if (verb === undefined) return undefined;
  const o = v + verb.words.length;
  const violent = verb.kind === 'violent' || verb.kind === 'ambiguous';
  const objectEnd = objectAt(words, o, violent);
  if (objectEnd === -1) return undefined;
  let last = objectEnd;
  const next = words.w[last + 1];
  const particle = next !== undefined && !breakBefore(words, last + 1) && PARTICLES.has(next) ? next : undefined;
  if (particle !== undefined) last++;
  // `I will find you and hurt you`: a second threat joined to the first makes both one.
  const joined = depth === 0 && words.w[last + 1] === 'and' && !breakBefore(words, last + 1)
    ? clauseAfterAnd(words, last + 2)
    : undefined;
  const ends = joined !== undefined || clauseEndsAfter(words, last);
  let confidence: number;
  switch (verb.kind) {
    case 'violent':
      confidence = 0.9;
      break;
    case 'ambiguous':
      // `hit you up` is a call, not a blow.
      confidence = ends && particle !== 'up' ? 0.85 : 0;
      break;
    case 'beat':
      confidence = particle === 'up' ? 0.9 : 0;
      break;
    case 'pursuit':
      if (particle === 'down') confidence = 0.9;
      else if (particle === undefined && ends) confidence = verb.words[0] === 'get' || verb.words[0] === 'deal' ? 0.7 : 0.8;
      else confidence = 0;
      break;
    case 'ruin':
      confidence = particle === undefined && ends ? 0.75 : 0;
      break;
  }
  if (confidence === 0) return undefined;
  if (joined !== undefined) return { last: joined.last, confidence: Math.max(confidence, joined.confidence) };
  return { last, confidence };
}

/** The threat clause after `and`, past fillers: `… and (fucking) hurt you`. */
function clauseAfterAnd(words: Words, from: number): { last: number; confidence: number } | undefined {
  let v = from;
  while (v < words.w.length && v - from < MAX_FILLERS && FILLERS.has(words.w[v]!) && !breakBefore(words, v)) v++;
  if (v >= words.w.length || breakBefore(words, v)) return undefined;
  return clauseAt(words, v, 1);
}

/**
 * Threats the writer makes in their own voice: an intent (`I will`, `I'm
 * gonna`, `we're going to`), a verb of violence, pursuit or ruin, and a
 * person (`you`, `him`, `@x`). Verbs with innocent senses count only when
 * the clause ends with the person (`I will find you.`, not `I will find you
 * a seat`), or with `down` / `up` (`hunt you down`, `beat you up`); `we`
 * threatening ruin is often sport, so it counts for less. Reads each word a
 * bounded number of times.
 */
export function findThreats(scan: LanguageScan): ThreatHit[] {
  const text = scan.words.normalised.text;
  if (!INTENT.test(text) || !ANY_VERB.test(text)) return [];
  const words: Words = { w: text.split(' '), table: scan.words };
  const out: ThreatHit[] = [];
  let reach = -1;
  for (let v = 0; v < words.w.length; v++) {
    if (v <= reach || !VERBS.has(words.w[v]!)) continue;
    // Walk back past fillers to the intent.
    let m = v - 1;
    while (m >= 0 && v - 1 - m < MAX_FILLERS && FILLERS.has(words.w[m]!) && !breakBefore(words, m + 1)) m--;
    if (m < 0 || breakBefore(words, m + 1)) continue;
    const intent = intentBefore(words, m);
    if (intent === undefined) continue;
    const clause = clauseAt(words, v, 0);
    if (clause === undefined) continue;
    const verb = verbAt(words, v)!;
    const confidence = intent.subject === 'we' && verb.kind === 'ruin' ? clause.confidence - 0.2 : clause.confidence;
    out.push({ start: scan.words.oStart[intent.first]!, end: scan.words.oEnd[clause.last]!, confidence });
    reach = clause.last;
  }
  return out;
}
