import { readFileSync } from 'node:fs';

// Propriety's term scan alone: normalise (with its offset map) and scan with
// one automaton over every term list of the pack. Uses the internal text
// modules, bundled from source by `prepare.mjs`.

/** @type {import('../contender.mjs').Contender} */
export const contender = {
  id: 'propriety-terms',
  label: 'Propriety: term scan (normalise + scan, all the pack’s terms)',
  kind: 'propriety',
  async build(context) {
    const { normalise, compileTermMatcher } = await import(context.textBundleUrl);
    const ir = JSON.parse(readFileSync(context.ir, 'utf8'));
    const lists = Object.entries(ir.termLists).map(([id, list]) => ({
      id,
      inflect: list.inflect,
      terms: list.terms.map((term) => ({ text: term.text, prefix: term.prefix })),
    }));
    const matcher = compileTermMatcher(lists);
    return (text) => matcher.scan(normalise(text)).length;
  },
  async buildWithTerms(context, terms) {
    const { normalise, compileTermMatcher } = await import(context.textBundleUrl);
    const matcher = compileTermMatcher([{ id: 'terms', inflect: false, terms: terms.map((text) => ({ text, prefix: false })) }]);
    return (text) => matcher.scan(normalise(text)).length;
  },
};
