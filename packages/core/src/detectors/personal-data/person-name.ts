import type { Detector, DetectorMatch } from '../detector.js';
import { findAllHits, matchAt, phrasePattern } from './shared/after-cue.js';
import { groupedAlternation } from './shared/alternation.js';
import { clampConfidence, cue, cueAfter, isInstructional } from './shared/context.js';
import { keepConfident, redaction } from './shared/matches.js';
import { confidenceOptionsSchema, type ConfidenceOptions } from './shared/options.js';
import { registerAnchors } from './shared/word-anchors.js';

const RELATIONS = [
  'wife', 'husband', 'spouse', 'partner', 'son', 'daughter', 'child', "child's", 'kid', 'baby', 'mother', 'mum', 'mom',
  'father', 'dad', 'brother', 'sister', 'sibling', 'friend', 'best friend', 'neighbour', 'neighbor', 'colleague',
  'boss', 'manager', 'landlord', 'landlady', 'tenant', 'lodger', 'flatmate', 'housemate', 'roommate', 'boyfriend',
  'girlfriend', 'fiance', 'fiancé', 'fiancée', 'cousin', 'aunt', 'auntie', 'uncle', 'niece', 'nephew', 'grandson',
  'granddaughter', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'gran', 'nan', 'stepson', 'stepdaughter',
  'stepmother', 'stepfather', 'in-law', 'mother-in-law', 'father-in-law', 'carer', 'client', 'patient', 'constituent',
  'ex', 'doctor', 'gp', 'teacher', 'emergency contact', 'next of kin', 'dependant', 'dependent', 'children', 'kids',
];
const ADJECTIVES = '(?:(?:late|ex|former|elderly|new|next[- ]door|little|eldest|youngest|older|younger|old|best|dear|beloved)\\s{1,3})?';
const POSSESSIVE = "(?:my|our|his|her|their|your)";

/** "my neighbour", "her late husband's name is", "our son's full name is". */
const RELATION_CUE = new RegExp(
  `(?<![\\p{L}\\p{N}])${POSSESSIVE}\\s{1,3}${ADJECTIVES}(?:${groupedAlternation(RELATIONS, (r) => r.replace(/'/g, "['’]"))})` +
    `(?:['’]s?\\s{1,3}(?:(?:full|first|last|real|legal|maiden)\\s{1,3})?names?)?(?![\\p{L}\\p{N}])`,
  'giu',
);
// The relation word follows the possessive (and an adjective) after spaces, and its apostrophe is not optional.
// A match starts at most 32 characters before its anchor: a possessive of five letters, three spaces, an
// adjective of nine (`next-door`), three spaces and the five of `best ` before `friend`.
registerAnchors(RELATION_CUE, RELATIONS, false, 32);
/** Roles in casework: the person is a member of the public. */
const ROLE_CUE = phrasePattern([
  'claimant', 'applicant', 'complainant', 'defendant', 'appellant', 'service user', 'the respondent', 'the victim',
  'the suspect', 'the tenant', 'the patient', 'the constituent', 'the customer', 'the resident', 'the deceased',
  'the child', 'the pupil', 'the caller', 'the complainant', 'the claimant', 'the applicant',
]);
/** The writer's own name. */
const SELF_CUE = phrasePattern(['my name', "my name's", 'i am called', "i'm called", 'my first name', 'name']);
/** The writer's name given in full to identify them ("my full name is …", "full name: …"). */
const IDENTITY_CUE = phrasePattern([
  'my full name', 'my legal name', 'my real name', 'my surname', 'my last name', 'full name', 'legal name',
  "mother's maiden name", 'my maiden name',
]);
/** Courtesy titles; a titled name alone is usually a public figure, so it needs personal context. */
const TITLE = /(?<![\p{L}\p{N}])(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|lady|lord)\.?(?=\s{1,2}\p{Lu})/giu;
// A titled name starts with its title, the anchor.
registerAnchors(TITLE, ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lady', 'lord'], true, 0);

/** Between a cue that ends in "name" and the name: "is", "was", ":". */
const NAME_GAP = /(?:\s{0,3}(?:,|:|-|–|is|was)(?![A-Za-z])){0,2}\s{0,3}/iy;
/**
 * Between a relation or role and the name: a comma, "called", "named".
 * Not "is": "my father is Jewish" describes, it does not name.
 */
const GAP = /(?:\s{0,3}(?:,|:|-|–|called|named|who is called)(?![A-Za-z])){0,2}\s{0,3}/iy;
/** A title, an initial or a capitalised word; a full stop belongs only to titles and initials. */
const NAME_WORD = "(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lady|Lord)\\.?|\\p{Lu}\\.|\\p{Lu}[\\p{Ll}\\p{Lu}\\p{M}'’-]{0,30})(?![\\p{L}\\p{N}])";
/** One to four capitalised words or initials, with surname particles between them. Bounded. */
const NAME = new RegExp(`${NAME_WORD}(?:\\s{1,2}(?:(?:van|de|der|den|von|da|di|du|le|la|del|bin|al|ap)\\s{1,2}){0,2}${NAME_WORD}){0,3}`, 'uy');
/** Capitalised words that start sentences or name things, never people. */
const NOT_NAMES = new Set([
  'i', 'the', 'a', 'an', 'and', 'but', 'or', 'so', 'is', 'it', 'this', 'that', 'he', 'she', 'they', 'we', 'you',
  'my', 'our', 'your', 'his', 'her', 'their', 'please', 'thanks', 'thank', 'hi', 'hello', 'dear', 'yes', 'no', 'not',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tomorrow', 'yesterday',
  'when', 'what', 'where', 'who', 'why', 'how', 'if', 'in', 'on', 'at', 'for', 'to', 'from', 'with', 'as', 'also',
  'was', 'are', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'just', 'rt', 'via', 'cc', 'ok', 'lol', 'omg',
  'always', 'never', 'all', 'every', 'over', 'there', 'here', 'who', 'whom', 'which', 'while', 'after', 'before',
]);
/** Words of a capitalised stretch, for telling Title Case or shouting apart from names. */
const WORD = /\p{L}+/gu;
/** Details that, right after a name, show it is somebody's personal data. */
const PERSONAL_AFTER = cue([
  'lives', 'lived', 'living', 'resides', 'address', 'phone', 'mobile', 'number', 'email', 'born', 'date of birth',
  'dob', 'home', 'at home', 'national insurance', 'nhs', 'was born', 'moved to', 'aged', 'age',
]);

/** The name that starts at `pos`, trimmed of words that are not names, as [start, end, words]. */
function nameAt(text: string, pos: number): [number, number, number] | undefined {
  const m = matchAt(text, pos, NAME);
  if (!m) return undefined;
  const words = m[0].split(/\s+/);
  // A possessive ends the name: "John's car", "Hillary's tour".
  const possessive = words.findIndex((w) => /['’]s$/.test(w));
  if (possessive !== -1) {
    words.length = possessive + 1;
    words[possessive] = words[possessive]!.slice(0, -2);
  }
  let keep = 0;
  // A single letter after the first word is an initial ("John A. Leiva"), not the article.
  while (keep < words.length && (!NOT_NAMES.has(words[keep]!.replace(/[.'’]+$/, '').toLowerCase()) || (keep > 0 && /^\p{Lu}\.?$/u.test(words[keep]!)))) keep++;
  if (keep === 0) return undefined;
  const kept = words.slice(0, keep);
  // Find the end of the kept words in the original text.
  let end = pos;
  for (const w of kept) end = text.indexOf(w, end) + w.length;
  if (text.charCodeAt(end - 1) === 46 && kept[kept.length - 1]!.length > 2) end--;
  const titles = kept.filter((w) => /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|lady|lord)\.?$/i.test(w)).length;
  return [pos, end, kept.length - titles];
}

/**
 * How much a capitalised stretch looks like a name rather than Title Case
 * or shouting: names in a text where most words are capitalised, or written
 * in capitals, say less.
 */
function capitalisationPenalty(text: string, start: number, end: number): number {
  const name = text.slice(start, end);
  if (name === name.toUpperCase() && /\p{Lu}{3}/u.test(name)) return 0.35;
  const around = text.slice(Math.max(0, start - 60), Math.min(text.length, end + 60));
  let words = 0;
  let capitalised = 0;
  for (const m of around.matchAll(WORD)) {
    words++;
    if (/^\p{Lu}/u.test(m[0])) capitalised++;
  }
  return words >= 6 && capitalised / words > 0.6 ? 0.3 : 0;
}

/**
 * `person-name`: names of people in a personal-data setting — after a
 * relation ("my neighbour John Smith", "my spouse, Anna Brown"), a casework
 * role ("claimant Mrs Patel"), the writer's own "my name is", or a titled
 * name followed by personal details ("Mr J. Bloggs lives at"). A titled name
 * on its own is usually a public figure and scores below 0.5.
 */
export const personNameDetector: Detector<ConfidenceOptions> = {
  name: 'person-name',
  description: 'Names of people given with a relation, a casework role or personal details',
  options: confidenceOptionsSchema,
  detect(input, options) {
    const { text } = input;
    const matches: DetectorMatch[] = [];
    const seen = new Set<number>();
    const add = (start: number, end: number, score: number) => {
      if (seen.has(start)) return;
      seen.add(start);
      score -= capitalisationPenalty(text, start, end);
      if (isInstructional(text, start, end)) score = Math.min(score, 0.3);
      matches.push({ start, end, confidence: clampConfidence(score), label: "person's name", replacement: redaction('name') });
    };
    const afterCue = (cueRe: RegExp, full: number, single: number) => {
      for (const hit of findAllHits(text, cueRe)) {
        const gap = matchAt(text, hit.end, /names?$/i.test(text.slice(hit.start, hit.end)) ? NAME_GAP : GAP);
        const at = hit.end + (gap ? gap[0].length : 0);
        const name = nameAt(text, at);
        if (!name || name[2] === 0) continue;
        let score = name[2] >= 2 ? full : single;
        if (cueAfter(text, name[1], PERSONAL_AFTER, 25)) score += 0.1;
        add(name[0], name[1], score);
      }
    };
    afterCue(RELATION_CUE, 0.8, 0.6);
    afterCue(ROLE_CUE, 0.8, 0.65);
    afterCue(IDENTITY_CUE, 0.65, 0.55);
    // Introducing oneself is not disclosing someone's data: below the default threshold.
    afterCue(SELF_CUE, 0.45, 0.4);
    for (const hit of findAllHits(text, TITLE)) {
      if (seen.has(hit.start)) continue;
      const name = nameAt(text, hit.start);
      if (!name || name[2] === 0) continue;
      const score = cueAfter(text, name[1], PERSONAL_AFTER, 25) ? 0.8 : 0.4;
      add(name[0], name[1], score);
    }
    return keepConfident(matches, options.minConfidence);
  },
};
