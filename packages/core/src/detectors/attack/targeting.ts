import {
  CUE_COPULA, CUE_DEMONSTRATIVE, CUE_EXCLAIM, CUE_FILLER, CUE_FIRST, CUE_GROUP, CUE_LIKE, CUE_NON_NAME,
  CUE_OFFENSIVE, CUE_QUANTIFIER, CUE_SECOND, CUE_THIRD, type LanguageScan, type LexiconHit,
} from '../offensive/language-scan.js';
import { WORD_BREAK_BEFORE, WORD_CAPITALISED, WORD_MENTION } from '../offensive/word-table.js';
import { roleAt, selfAfter } from './roles.js';

/**
 * Who an offensive word is aimed at, as far as the words around it show:
 * - `you`: the reader (`you idiot`, `you are pathetic`);
 * - `person`: someone named or pointed at (`he is a liar`, `Smith is a disgrace`, `that idiot`), or
 *   named by their role (`my manager is a moron`, `the minister is an idiot`);
 * - `group`: a group of people (`all X are …`, `X are idiots`, `stupid X`, `ministers are idiots`);
 * - `mention`: only a mention or an exclamation (`@x idiot`, `what an idiot`), a weaker sign;
 * - `self`: the writer (`I felt like an idiot`, `what an idiot I am`, `silly me`);
 * - `none`: nothing shows a target (`this traffic is f***ing awful`).
 */
export type Target = 'you' | 'person' | 'group' | 'mention' | 'self' | 'none';

/** How far to look back past fillers for the start of the phrase an insult belongs to. */
const MAX_STEPS = 6;

/** Whether a word can name a person or a group on its own (an insult noun, a slur, a sexual noun used as one). */
function isNounLike(hit: LexiconHit): boolean {
  return hit.entry.kind === 'insult' || hit.entry.kind === 'slur';
}

/**
 * Decides the {@link Target} of one offensive word. It looks left past
 * fillers and other offensive words for the reader, a pointer, a group, or a
 * linking verb whose subject is one of these; and right for `you` or a group
 * (`stupid people`). It never looks past a sentence end, and it takes a
 * bounded number of steps, so scanning every hit stays linear.
 *
 * @param replying - the text answers someone (a reply, or it mentions an
 *   account), so a bare insult noun is taken as aimed at them
 */
export function targetOf(scan: LanguageScan, hit: LexiconHit, replying = false): Target {
  const { cues, cueStart } = scan;
  const flags = scan.words.flags;
  const noun = isNounLike(hit);

  let w = hit.firstWord - 1;
  let steps = 0;
  let boundary = (flags[hit.firstWord]! & WORD_BREAK_BEFORE) !== 0;
  while (!boundary && w >= 0 && steps < MAX_STEPS) {
    const cue = cues[w]!;
    if (cue & CUE_SECOND) return 'you';
    if (flags[w]! & WORD_MENTION) return noun ? 'mention' : 'none';
    // A contraction carries its own subject: `you're`, `she's`, `they're`.
    if (cue & CUE_COPULA && cue & CUE_THIRD) return 'person';
    if (cue & CUE_COPULA) return subjectOf(scan, cueStart[w]! - 1, noun, (flags[cueStart[w]!]! & WORD_BREAK_BEFORE) !== 0);
    if (cue & CUE_FIRST) return 'self';
    if (noun && cue & CUE_THIRD) return 'person';
    // `the trash`, `this tool`: a word with an innocent sense needs more than an article.
    if (noun && cue & CUE_DEMONSTRATIVE && !hit.entry.ambiguous) return 'person';
    if (noun && cue & CUE_GROUP) return roleAt(scan, w) ?? 'group';
    if (noun && cue & CUE_QUANTIFIER && !(cue & CUE_FILLER)) return 'person';
    // `what an idiot`, unless the writer says it of themselves: `what an idiot I am`.
    if (cue & CUE_EXCLAIM && !(cue & CUE_FILLER) && noun) return selfAfter(scan, hit.lastWord + 1) ? 'self' : 'mention';
    if (!(cue & (CUE_FILLER | CUE_OFFENSIVE))) {
      // `I felt like an idiot`: the writer, one verb away.
      if (w > 0 && !(flags[w]! & WORD_BREAK_BEFORE) && cues[w - 1]! & CUE_FIRST) return 'self';
      break;
    }
    const next = cueStart[w]!;
    boundary = (flags[next]! & WORD_BREAK_BEFORE) !== 0;
    w = next - 1;
    steps++;
  }

  const after = hit.lastWord + 1;
  if (after < scan.words.count && !(flags[after]! & WORD_BREAK_BEFORE)) {
    const cue = cues[after]!;
    if (cue & CUE_SECOND) return 'you';
    if (cue & CUE_FIRST && selfAfter(scan, after)) return 'self';
    // `stupid minister` is one person; `stupid ministers` a group. A word with an innocent sense may be a
    // verb there (`trash the drivers`), so it needs more.
    const role = hit.entry.ambiguous ? undefined : roleAt(scan, after);
    if (role !== undefined) return role;
    if (cue & CUE_GROUP) return 'group';
    if (cue & CUE_LIKE && after + 1 < scan.words.count) {
      const target = cues[after + 1]!;
      if (target & CUE_SECOND) return 'you';
      if (target & (CUE_THIRD | CUE_GROUP)) return 'person';
    }
  }
  // In a reply, a bare insult (`Idiot.`) is most likely aimed at whoever is answered.
  return replying && noun ? 'mention' : 'none';
}

/**
 * The target named by the subject of a linking verb: `you are`, `he is`,
 * `liberals are`, `@x is`, `Smith is`. A thing (`this is`, `the plan is`)
 * is no target, but an insult noun after an unknown subject (`trump is a
 * liar`) still names someone, more weakly.
 */
function subjectOf(scan: LanguageScan, s: number, noun: boolean, copulaStartsSentence: boolean, depth = 0): Target {
  if (s < 0 || copulaStartsSentence) return noun ? 'mention' : 'none';
  const cue = scan.cues[s]!;
  const flags = scan.words.flags[s]!;
  if (cue & CUE_SECOND) return 'you';
  if (cue & CUE_FIRST) return 'self';
  if (flags & WORD_MENTION) return 'person';
  if (cue & CUE_THIRD) return 'person';
  // `my manager is`, `the minister is`: one person by their role; `ministers are`: a group.
  const role = roleAt(scan, s);
  if (role !== undefined) return role;
  if (cue & CUE_GROUP) return 'group';
  if (cue & CUE_NON_NAME) return 'none';
  // `liberals all are`: look once past the quantifier, never further, so the cost stays bounded.
  if (cue & CUE_QUANTIFIER && s > 0 && depth === 0) return subjectOf(scan, s - 1, noun, (flags & WORD_BREAK_BEFORE) !== 0, 1);
  const owner = s > 0 && !(flags & WORD_BREAK_BEFORE) ? scan.cues[s - 1]! : 0;
  if (owner & CUE_SECOND) return 'you';
  if (owner & CUE_THIRD) return 'person';
  if (flags & WORD_CAPITALISED) return 'person';
  if (owner & CUE_DEMONSTRATIVE) return noun ? 'person' : 'none';
  return noun ? 'mention' : 'none';
}
