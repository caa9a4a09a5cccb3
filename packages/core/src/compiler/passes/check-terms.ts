import type { Term } from '../../ast/nodes.js';
import { didYouMean } from '../../diagnostics/did-you-mean.js';
import type { CheckContext } from '../context.js';
import type { Session } from '../session.js';
import { applyTermEdit, distinctTerms, type ListTerm } from '../term-edits.js';
import { termKey, writtenTerm } from '../terms.js';

/**
 * Checks the terms of every list: no empty term (it would match everywhere
 * or nowhere), and, as warnings, a term written twice in one list, a `+=`
 * of a term the list already has and a `-=` of a term it does not have. The
 * edits are replayed on copies of the lists, in the order lowering applies
 * them: inherited lists, then this pack's declarations, then its edits.
 */
export function checkTerms(ctx: CheckContext): void {
  const { session, pack } = ctx;
  const lists = new Map<string, ListTerm[]>();
  for (const [name, entry] of ctx.inherited.termLists) {
    lists.set(name, entry.value.terms.map((t) => ({ text: t.text, prefix: t.prefix })));
  }
  for (const declaration of pack.body) {
    if (declaration.type !== 'Terms') continue;
    checkEmpty(session, declaration.terms);
    const { kept, repeats } = distinctTerms(declaration.terms);
    for (const { term, first } of repeats) {
      session.warning('duplicate-term', `\`${writtenTerm(term)}\` is in the term list \`${declaration.id.name}\` twice`, term, {
        help: 'remove one of them; case and spacing do not matter when terms are compared',
        notes: [{ message: 'it is first written here', location: session.range(first.location) }],
      });
    }
    if (!lists.has(declaration.id.name)) lists.set(declaration.id.name, kept);
  }
  for (const declaration of pack.body) {
    if (declaration.type !== 'TermsEdit') continue;
    checkEmpty(session, declaration.terms);
    const list = lists.get(declaration.id.name);
    if (list === undefined || ctx.symbols.sources.get(declaration.id.name)?.kind !== 'terms') continue;
    const before = [...list];
    const { ignored } = applyTermEdit(list, declaration);
    for (const term of ignored) {
      if (termKey(term) === '' || termKey(term) === '*') continue;
      if (declaration.operator === '+=') {
        session.warning('duplicate-term', `\`${writtenTerm(term)}\` is already in the term list \`${declaration.id.name}\``, term, {
          help: `remove it from the \`+=\``,
        });
      } else {
        const suggestion = didYouMean(writtenTerm(term), before.map(writtenTerm));
        session.warning('unknown-term', `\`${writtenTerm(term)}\` is not in the term list \`${declaration.id.name}\`, so there is nothing to remove`, term, {
          help: suggestion !== undefined ? `did you mean \`${suggestion}\`?` : 'check how the term is written in the list',
        });
      }
    }
  }
}

function checkEmpty(session: Session, terms: readonly Term[]): void {
  for (const term of terms) {
    const key = termKey(term);
    if (key === '' || key === '*') {
      session.error('empty-term', 'a term cannot be empty', term, {
        help: 'write the word or phrase to look for between the quotes, or remove the term',
      });
    }
  }
}
