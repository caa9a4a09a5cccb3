/**
 * Leetspeak: which letters a digit or symbol can stand for inside a word.
 *
 * `1` and `|` are ambiguous (i or l); the normaliser shows one reading and
 * records the source character so the term matcher can accept either.
 */

const LEET_READINGS: Record<string, string> = {
  '0': 'o',
  '1': 'il',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'li',
  '+': 't',
};

/** For an ASCII code, the code of the letter shown for it in normalised text, or 0 when it is no leet character. */
export const LEET_DISPLAY = new Uint8Array(128);

/**
 * `LEET_ALLOWS[source * 128 + letter]` is 1 when the leet character `source`
 * may stand for `letter` (both ASCII codes).
 */
export const LEET_ALLOWS = new Uint8Array(128 * 128);

for (const [source, letters] of Object.entries(LEET_READINGS)) {
  const s = source.charCodeAt(0);
  LEET_DISPLAY[s] = letters.charCodeAt(0);
  for (const letter of letters) LEET_ALLOWS[s * 128 + letter.charCodeAt(0)] = 1;
}

/** True when `code` is an ASCII digit that has a leet reading (0 1 3 4 5 7 8 9). */
export function isLeetDigit(code: number): boolean {
  return code >= 48 && code <= 57 && LEET_DISPLAY[code] !== 0;
}
