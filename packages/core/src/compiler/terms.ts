import type { Term } from '../ast/nodes.js';

/**
 * The key two terms are the same under: compatibility-normalised, lower case,
 * runs of white space as one space, trimmed, and the `*` prefix marker kept
 * (`"idiot"` and `"idiot*"` are different terms). `-=` removes by this key.
 */
export function termKey(term: Pick<Term, 'text' | 'prefix'>): string {
  const text = term.text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
  return term.prefix ? `${text}*` : text;
}

/** A term as written in a pack, with its `*`. */
export function writtenTerm(term: Pick<Term, 'text' | 'prefix'>): string {
  return term.prefix ? `${term.text}*` : term.text;
}
