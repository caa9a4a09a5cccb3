// @2toad/profanity: its default English list, whole words; `censor` so that
// every match is found (as `exists` would stop at the first).

/** @type {import('../contender.mjs').Contender} */
export const contender = {
  id: 'profanity-2toad',
  label: '@2toad/profanity (English list, censor)',
  kind: 'peer',
  package: '@2toad/profanity',
  async build() {
    const { Profanity } = await import('@2toad/profanity');
    const profanity = new Profanity({ wholeWord: true });
    // The regex is built on first use; build it now so the cold start counts it.
    profanity.censor('warm');
    return (text) => profanity.censor(text).length;
  },
  async buildWithTerms(_context, terms) {
    const { Profanity, profaneWords } = await import('@2toad/profanity');
    const profanity = new Profanity({ wholeWord: true });
    profanity.removeWords(profaneWords.get('en'));
    profanity.addWords(terms);
    profanity.censor('warm');
    return (text) => profanity.censor(text).length;
  },
};
