import { isDigit, isLetterAt, isUpperAt } from './chars.js';

/** What a token is: a word, a number (`12`, `221B`), letters mixed with digits (`SW1A`), punctuation or a line break. */
export type TokenKind = 'word' | 'number' | 'alnum' | 'punct' | 'break';

/** One token of a text, with its offsets in the original. */
export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
  /** The first character is an upper-case letter. */
  cap: boolean;
  /** Every letter is upper case (and there are at least two). */
  allCaps: boolean;
  /** The token in lower case. */
  low: string;
}

/**
 * Splits a text into words, numbers, punctuation and line breaks in one
 * pass. Apostrophes and hyphens inside a word stay in it (`O'Brien`,
 * `Smith-Jones`); spaces and tabs are dropped; runs of line breaks collapse
 * to one token.
 */
export function tokenise(text: string): Token[] {
  return tokeniseFrom(text, 0, Number.POSITIVE_INFINITY).tokens;
}

/**
 * The tokens of `text` from offset `from` on (a token start), at most
 * `maxTokens` of them, with the offset to go on from: a long text can be read
 * in blocks of tokens, each the same as that stretch of {@link tokenise}'s
 * list, since a token is read from its first character without looking back.
 */
export function tokeniseFrom(text: string, from: number, maxTokens: number): { tokens: Token[]; next: number } {
  const tokens: Token[] = [];
  const n = text.length;
  let i = from;
  while (i < n && tokens.length < maxTokens) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      const start = i;
      while (i < n && (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13 || text.charCodeAt(i) === 32)) i++;
      tokens.push({ start, end: i, kind: 'break', cap: false, allCaps: false, low: '\n' });
      continue;
    }
    if (code === 32 || code === 9 || code === 0xa0) {
      i++;
      continue;
    }
    if (isDigit(code) || isLetterAt(text, i)) {
      const start = i;
      let digits = 0;
      let letters = 0;
      let upper = 0;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (isDigit(c)) {
          digits++;
          i++;
        } else if (isLetterAt(text, i)) {
          letters++;
          if (isUpperAt(text, i)) upper++;
          i++;
        } else if ((c === 39 || c === 0x2019 || c === 45) && i + 1 < n && isLetterAt(text, i + 1) && letters > 0) {
          i++;
        } else break;
      }
      const kind: TokenKind = letters === 0 ? 'number' : digits === 0 ? 'word' : isDigit(code) ? 'number' : 'alnum';
      tokens.push({
        start,
        end: i,
        kind,
        cap: isUpperAt(text, start),
        allCaps: letters >= 2 && upper === letters,
        low: text.slice(start, i).toLowerCase(),
      });
      continue;
    }
    tokens.push({ start: i, end: i + 1, kind: 'punct', cap: false, allCaps: false, low: text[i]! });
    i++;
  }
  return { tokens, next: i };
}
