import { readFileSync } from 'node:fs';

// The naive baseline: every term of the pack in one alternation, escaped,
// between `\b` anchors, case-insensitive; a prefix term (`campaign*`) takes
// any word ending.

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compileRegex(terms) {
  const alternatives = terms.map(({ text, prefix }) => (prefix ? `${escape(text)}\\w*` : escape(text)));
  return new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'gi');
}

function checker(regex) {
  return (text) => {
    regex.lastIndex = 0;
    let count = 0;
    while (regex.exec(text) !== null) count++;
    return count;
  };
}

/** @type {import('../contender.mjs').Contender} */
export const contender = {
  id: 'naive-regex',
  label: 'naive: one regex of all the pack’s terms',
  kind: 'baseline',
  async build(context) {
    return checker(compileRegex(JSON.parse(readFileSync(context.packTerms, 'utf8'))));
  },
  async buildWithTerms(_context, terms) {
    return checker(compileRegex(terms.map((text) => ({ text, prefix: false }))));
  },
};
