import type { SourceMatch, SourceMatches } from './field-scan.js';
import { MAX_PATTERN_MATCHES } from './limits.js';

/**
 * Every match of a pattern over the ORIGINAL text. `regex` carries the `g`
 * flag; a copy is used so that the compiled pattern keeps no state between
 * checks. An empty match moves on by one character (a whole code point with
 * the `u` flag) so the walk always ends, and the walk stops at
 * {@link MAX_PATTERN_MATCHES}.
 */
export function runPattern(regex: RegExp, text: string): SourceMatches {
  const walker = new RegExp(regex);
  walker.lastIndex = 0;
  const matches: SourceMatch[] = [];
  let truncated = false;
  let found: RegExpExecArray | null;
  while ((found = walker.exec(text)) !== null) {
    if (matches.length >= MAX_PATTERN_MATCHES) {
      truncated = true;
      break;
    }
    const start = found.index;
    const end = start + found[0].length;
    if (end > start) {
      matches.push({ start, end, matched: found[0], firstWord: -1, lastWord: -1 });
    } else {
      walker.lastIndex = nextIndex(text, start, walker.unicode);
    }
  }
  return { matches, truncated };
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode) return index + 1;
  const c = text.charCodeAt(index);
  return c >= 0xd800 && c <= 0xdbff && index + 1 < text.length ? index + 2 : index + 1;
}
