/**
 * The coarse "skeleton" alphabet the term automaton runs on. Every character
 * a text character might stand for lands in the same class (`i`, `l`, `1`;
 * `o`, `0`; `e`, `3`; …), so one deterministic pass finds every candidate;
 * the finer text then decides (see `verify-run.ts`).
 */

/** Word boundary: a run of non-word characters. */
export const SEP_SYMBOL = 0;
/** A word character no term contains. */
export const UNKNOWN_SYMBOL = 1;
/** Non-ASCII characters that occur in terms get ids from here on. */
export const FIRST_EXTRA_SYMBOL = 29;

/** Skeleton symbol of each ASCII code; punctuation and whitespace are separators. */
export const ASCII_SKELETON = new Uint8Array(128);

{
  let next = 2;
  const letterId = new Map<string, number>();
  for (const letter of 'abcdefghijkmnopqrstuvwxyz') letterId.set(letter, next++);
  letterId.set('l', letterId.get('i')!);
  letterId.set('2', next++);
  letterId.set('6', next++);
  const digitLetter: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g' };
  for (const [digit, letter] of Object.entries(digitLetter)) letterId.set(digit, letterId.get(letter)!);
  for (const [ch, id] of letterId) {
    ASCII_SKELETON[ch.charCodeAt(0)] = id;
    ASCII_SKELETON[ch.toUpperCase().charCodeAt(0)] = id;
  }
  if (next !== FIRST_EXTRA_SYMBOL) throw new Error('skeleton alphabet size changed');
}
