// The floor: one loop that reads every UTF-16 code unit and does nothing else.
// No checker can look at every character faster than this.

/** @type {import('../contender.mjs').Contender} */
export const contender = {
  id: 'floor-read',
  label: 'floor: read every char code',
  kind: 'floor',
  async build() {
    return (text) => {
      let sum = 0;
      for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
      return sum;
    };
  },
};
