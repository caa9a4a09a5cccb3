// obscenity: its English dataset with the recommended transformers (leet,
// confusables, repeated letters…), every match reported.

/** @type {import('../contender.mjs').Contender} */
export const contender = {
  id: 'obscenity',
  label: 'obscenity (englishDataset + englishRecommendedTransformers)',
  kind: 'peer',
  package: 'obscenity',
  async build() {
    const { RegExpMatcher, englishDataset, englishRecommendedTransformers } = await import('obscenity');
    const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
    return (text) => matcher.getAllMatches(text).length;
  },
  async buildWithTerms(_context, terms) {
    const { DataSet, RegExpMatcher, englishRecommendedTransformers, parseRawPattern } = await import('obscenity');
    const dataset = new DataSet();
    for (const term of terms) {
      // `|word|` anchors the pattern at word boundaries, as the other contenders match whole words.
      const escaped = term.replace(/[[\]?|\\]/g, (c) => `\\${c}`);
      dataset.addPhrase((phrase) => phrase.setMetadata({ originalWord: term }).addPattern(parseRawPattern(`|${escaped}|`)));
    }
    const matcher = new RegExpMatcher({ ...dataset.build(), ...englishRecommendedTransformers });
    return (text) => matcher.getAllMatches(text).length;
  },
};
