/**
 * Faster scanning for patterns that begin with a negative lookbehind on one
 * character class, `(?<![\p{L}\p{N}])…`, as almost every pattern here does
 * (a value or a cue must not start inside a word). V8 evaluates such a
 * lookbehind at every position of the text before it tries the rest, which
 * makes a scan of a tweet with no match cost about twice what it needs to.
 * Here the rest of the pattern is searched for on its own and the
 * lookbehind is checked only where the rest matched. The matches are
 * exactly those of the original pattern: the lookbehind reads no more than
 * the one code point before a candidate start and captures nothing, so a
 * start fails the original pattern exactly when it fails the check, and the
 * search resumes one code point later, as the original's would.
 */

interface Split {
  /** The pattern without its leading lookbehind, with the same flags. */
  rest: RegExp;
  /** For each ASCII code, whether it is in the lookbehind's class (a start after it is refused). */
  ascii: Uint8Array;
  /** The lookbehind's class, sticky, for code points outside ASCII. */
  wide: RegExp;
}

const splits = new WeakMap<RegExp, Split | null>();

/** The end of the character class that starts at `open` (the index of `[`), or -1. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') return -1;
    else if (c === ']') return i;
  }
  return -1;
}

/** The pattern last asked about: scans call {@link nextMatch} in a loop with one pattern, so this saves the map. */
let lastPattern: RegExp | undefined;
let lastSplit: Split | null = null;

function split(pattern: RegExp): Split | null {
  if (pattern === lastPattern) return lastSplit;
  const known = splits.get(pattern);
  if (known !== undefined) {
    lastPattern = pattern;
    lastSplit = known;
    return known;
  }
  let result: Split | null = null;
  const { source, flags } = pattern;
  // Only global, non-sticky patterns that open with `(?<![…])` and nothing else in that group.
  if (source.startsWith('(?<![') && flags.includes('g') && !flags.includes('y')) {
    const end = classEnd(source, 4);
    if (end !== -1 && source[end + 1] === ')') {
      const cls = source.slice(4, end + 1);
      const classFlags = `${flags.includes('i') ? 'i' : ''}${flags.includes('u') ? 'u' : ''}`;
      const member = new RegExp(`^${cls}$`, classFlags);
      const ascii = new Uint8Array(128);
      for (let c = 0; c < 128; c++) ascii[c] = member.test(String.fromCharCode(c)) ? 1 : 0;
      result = {
        rest: new RegExp(source.slice(end + 2), flags),
        ascii,
        wide: new RegExp(cls, `${classFlags}y`),
      };
    }
  }
  splits.set(pattern, result);
  lastPattern = pattern;
  lastSplit = result;
  return result;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Whether the lookbehind allows a match to start at `p`: the code point before it is not in the class. */
function allowedAt(s: Split, text: string, p: number, unicode: boolean): boolean {
  if (p === 0) return true;
  const c = text.charCodeAt(p - 1);
  if (c < 128) return s.ascii[c] === 0;
  // In a unicode pattern the lookbehind reads a whole surrogate pair.
  const at = unicode && isLow(c) && p >= 2 && isHigh(text.charCodeAt(p - 2)) ? p - 2 : p - 1;
  s.wide.lastIndex = at;
  const m = s.wide.exec(text);
  return m === null || at + m[0].length !== p;
}

/**
 * A drop-in for `pattern.exec(text)` on a global pattern: the next match at
 * or after `pattern.lastIndex`, with `lastIndex` moved past it (or reset to
 * 0 when there is none). Patterns that do not open with a lookbehind on a
 * character class are run as they are.
 */
export function nextMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  const s = split(pattern);
  if (s === null) return pattern.exec(text);
  const unicode = pattern.unicode;
  const rest = s.rest;
  rest.lastIndex = pattern.lastIndex;
  for (;;) {
    const m = rest.exec(text);
    if (m === null) {
      pattern.lastIndex = 0;
      return null;
    }
    if (allowedAt(s, text, m.index, unicode)) {
      pattern.lastIndex = rest.lastIndex;
      return m;
    }
    const p = m.index;
    rest.lastIndex = p + (unicode && isHigh(text.charCodeAt(p)) && isLow(text.charCodeAt(p + 1)) ? 2 : 1);
  }
}
