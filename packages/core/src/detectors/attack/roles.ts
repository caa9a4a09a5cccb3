import { CUE_COPULA, CUE_FIRST, type LanguageScan } from '../offensive/language-scan.js';
import { WORD_BREAK_BEFORE, wordAt } from '../offensive/word-table.js';
import { ROLE_NOUNS, ROLE_PLURALS_IRREGULAR } from './terms/roles.js';

/** The regular English plural of a noun: `managers`, `secretaries`, `coaches`. */
function plural(noun: string): string {
  const irregular = ROLE_PLURALS_IRREGULAR[noun];
  if (irregular !== undefined) return irregular;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x|z)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

const SINGULAR = new Set(ROLE_NOUNS);
const PLURAL = new Set(ROLE_NOUNS.map(plural));
/** Longest role word, plural included: longer words are not looked up. */
const LONGEST = Math.max(...[...SINGULAR, ...PLURAL].map((w) => w.length));

/**
 * Whether word `w` names people by their role or relation: `person` for one
 * (`manager`, `minister`), `group` for several (`managers`), otherwise
 * undefined.
 */
export function roleAt(scan: LanguageScan, w: number): 'person' | 'group' | undefined {
  const { nStart, nEnd } = scan.words;
  const length = nEnd[w]! - nStart[w]!;
  if (length < 2 || length > LONGEST) return undefined;
  const word = wordAt(scan.words, w);
  if (SINGULAR.has(word)) return 'person';
  return PLURAL.has(word) ? 'group' : undefined;
}

/**
 * Whether the words from `w` turn an insult just before them on the writer:
 * `(what an idiot) I am`, `I was`, `I've been`, or `(silly) me`, each ending
 * the sentence. `Bitch, I'm on my way` addresses someone else: the sentence
 * goes on.
 */
export function selfAfter(scan: LanguageScan, w: number): boolean {
  const { count, flags } = scan.words;
  if (w >= count || flags[w]! & WORD_BREAK_BEFORE || !(scan.cues[w]! & CUE_FIRST)) return false;
  const ends = (k: number): boolean => k >= count || (flags[k]! & WORD_BREAK_BEFORE) !== 0;
  const word = wordAt(scan.words, w);
  if (word === 'me' || word === 'myself') return ends(w + 1);
  if (word !== 'i' && word !== 'im') return false;
  // `I am`, `I was`, `I've been`, and `I'm`, which the cue lists read as first person.
  let k = w + 1;
  while (k < w + 3 && !ends(k) && (scan.cues[k]! & (CUE_COPULA | CUE_FIRST)) !== 0) k++;
  return k > w + 1 && ends(k);
}
