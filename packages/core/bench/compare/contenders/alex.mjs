// alex: insensitive and profane writing in English prose (retext under the
// hood), with its default settings, on plain text.

/** @type {import('../contender.mjs').Contender} */
export const contender = {
  id: 'alex',
  label: 'alex (text, default settings)',
  kind: 'peer',
  package: 'alex',
  async build() {
    const { text: check } = await import('alex');
    // alex builds its processor lazily; one call makes the cold start count it.
    check('warm');
    return (text) => check(text).messages.length;
  },
};
