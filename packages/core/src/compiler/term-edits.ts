import type { Term, TermsEdit } from '../ast/nodes.js';
import { termKey } from './terms.js';

/** A term of a list being built: as it will appear in the IR. */
export interface ListTerm {
  text: string;
  prefix: boolean;
}

/** What applying one `+=` or `-=` did. */
export interface EditOutcome {
  /** The terms of the edit that the list already had (`+=`) or did not have (`-=`). */
  ignored: Term[];
}

/**
 * Applies `terms id += { … }` or `terms id -= { … }` to a list in place.
 * `+=` appends the terms the list does not have yet; `-=` removes the terms
 * equal to the given ones under {@link termKey} (case and spacing do not
 * matter). Terms that change nothing are returned, for warnings.
 */
export function applyTermEdit(list: ListTerm[], edit: TermsEdit): EditOutcome {
  const ignored: Term[] = [];
  if (edit.operator === '+=') {
    const keys = new Set(list.map(termKey));
    for (const term of edit.terms) {
      const key = termKey(term);
      if (keys.has(key)) {
        ignored.push(term);
      } else {
        keys.add(key);
        list.push({ text: term.text, prefix: term.prefix });
      }
    }
  } else {
    const remove = new Set<string>();
    const present = new Set(list.map(termKey));
    for (const term of edit.terms) {
      const key = termKey(term);
      if (present.has(key)) remove.add(key);
      else ignored.push(term);
    }
    const kept = list.filter((term) => !remove.has(termKey(term)));
    list.splice(0, list.length, ...kept);
  }
  return { ignored };
}

/** The terms of a declaration without repeats (first one kept), and the repeats. */
export function distinctTerms(terms: readonly Term[]): { kept: ListTerm[]; repeats: { term: Term; first: Term }[] } {
  const firstByKey = new Map<string, Term>();
  const kept: ListTerm[] = [];
  const repeats: { term: Term; first: Term }[] = [];
  for (const term of terms) {
    const key = termKey(term);
    const first = firstByKey.get(key);
    if (first !== undefined) {
      repeats.push({ term, first });
    } else {
      firstByKey.set(key, term);
      kept.push({ text: term.text, prefix: term.prefix });
    }
  }
  return { kept, repeats };
}
