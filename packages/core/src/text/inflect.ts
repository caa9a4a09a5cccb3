const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

function isConsonant(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'a' && ch <= 'z' && !VOWELS.has(ch);
}

/**
 * Simple English inflections of one lower-case word, the word itself first:
 * plural/third person (-s, -es, y→ies), past (-ed, -d, y→ied), -ing, with a
 * doubled final consonant after a short vowel (plan → planned, planning).
 * Without knowing the stress we cannot tell `planned` from `visited`, so both
 * spellings are offered; an unused spelling costs nothing. Words that are not
 * all ASCII letters, or shorter than two letters, are returned alone.
 */
export function inflections(word: string): string[] {
  if (word.length < 2 || !/^[a-z]+$/.test(word)) return [word];
  const forms = new Set<string>([word]);
  const last = word[word.length - 1]!;
  const beforeLast = word[word.length - 2];
  const stem = word.slice(0, -1);
  const sibilant = /(?:s|x|z|ch|sh)$/.test(word);
  const consonantY = last === 'y' && isConsonant(beforeLast) && word.length >= 3;

  if (consonantY) {
    forms.add(`${stem}ies`);
    forms.add(`${stem}ied`);
  } else {
    forms.add(`${word}s`);
  }
  if (sibilant || last === 'o') forms.add(`${word}es`);

  if (last === 'e') {
    forms.add(`${word}d`);
    forms.add(`${word}s`);
    if (word.length >= 3 && beforeLast !== 'e') forms.add(`${stem}ing`);
    if (word.endsWith('ie')) forms.add(`${word.slice(0, -2)}ying`);
    forms.add(`${word}ing`);
  } else {
    if (!consonantY) forms.add(`${word}ed`);
    forms.add(`${word}ing`);
  }

  const cvc =
    word.length >= 3 &&
    isConsonant(last) &&
    last !== 'w' &&
    last !== 'x' &&
    last !== 'y' &&
    VOWELS.has(beforeLast!) &&
    isConsonant(word[word.length - 3]);
  if (cvc) {
    forms.add(`${word}${last}ed`);
    forms.add(`${word}${last}ing`);
  }
  return [...forms];
}
