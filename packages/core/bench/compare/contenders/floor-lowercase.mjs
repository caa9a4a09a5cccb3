// The floor of a checker that lower-cases its input: `toLowerCase` of the
// whole text, which most matchers do before anything else.

/** @type {import('../contender.mjs').Contender} */
export const contender = {
  id: 'floor-lowercase',
  label: 'floor: toLowerCase of the text',
  kind: 'floor',
  async build() {
    return (text) => text.toLowerCase().length;
  },
};
