/**
 * Context cues: words near a candidate that make it more or less likely to be
 * real personal data, in the way Presidio's context enhancer raises a score
 * when "phone" or "my number" sits next to a number. Every test looks at a
 * bounded window around the candidate, so the cost per candidate is constant.
 */
import { escapeRegExp, groupedAlternation } from './alternation.js';
import { nextMatch } from './leading-lookbehind.js';

/** A compiled list of cue words and phrases. */
export interface Cue {
  readonly pattern: RegExp;
  /** The same pattern, global, for {@link nextMatch}; tests reset its `lastIndex` first. */
  readonly scan: RegExp;
}

/**
 * Compiles cue words into one case-insensitive pattern that matches a whole
 * word or phrase (not part of a longer word). Spaces in a phrase match any
 * run of spaces. The patterns are made on first use: cues are read only
 * around a candidate, most texts have none, and a Unicode case-insensitive
 * pattern costs a tenth of a millisecond to make, dozens of them at start-up.
 */
export function cue(words: readonly string[]): Cue {
  return new LazyCue(words);
}

class LazyCue implements Cue {
  private source: string | undefined;
  private made: RegExp | undefined;
  private madeScan: RegExp | undefined;

  constructor(private readonly words: readonly string[]) {}

  get pattern(): RegExp {
    return (this.made ??= new RegExp(this.sourceText(), 'iu'));
  }

  get scan(): RegExp {
    return (this.madeScan ??= new RegExp(this.sourceText(), 'giu'));
  }

  private sourceText(): string {
    if (this.source === undefined) {
      const ordered = [...this.words].sort((a, b) => b.length - a.length);
      const alternatives = groupedAlternation(ordered, (w) => escapeRegExp(w).replace(/ +/g, '\\s+'));
      this.source = `(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`;
    }
    return this.source;
  }
}

/** Whether a cue occurs in `text[from, to)`, read as a text of its own (a cue may start at `from`). */
function cueIn(text: string, from: number, to: number, c: Cue): boolean {
  c.scan.lastIndex = 0;
  return nextMatch(c.scan, text.slice(from, to)) !== null;
}

/** True when a cue occurs in the `chars` characters that end at `start`. */
export function cueBefore(text: string, start: number, c: Cue, chars = 40): boolean {
  return cueIn(text, Math.max(0, start - chars), start, c);
}

/** True when a cue occurs in the `chars` characters that start at `end`. */
export function cueAfter(text: string, end: number, c: Cue, chars = 25): boolean {
  return cueIn(text, end, Math.min(text.length, end + chars), c);
}

/** True when a cue occurs just before or just after the span. */
export function cueAround(text: string, start: number, end: number, c: Cue, before = 40, after = 25): boolean {
  return cueBefore(text, start, c, before) || cueAfter(text, end, c, after);
}

/**
 * Words that mark a value as an illustration rather than someone's data: a
 * how-to, a format description, a test value. Only the short window around
 * the value is read, so "example" three sentences earlier does not count.
 */
export const INSTRUCTIONAL_CUE = cue([
  'e.g', 'eg', 'e. g', 'i.e', 'for example', 'example', 'examples', 'for instance', 'such as',
  'format', 'formatted', 'in the form', 'looks like', 'look like', 'like this', 'sample', 'specimen',
  'dummy', 'fake', 'placeholder', 'template', 'test', 'testing', 'demo', 'fictional', 'fictitious',
  'made up', 'made-up', 'invalid', 'pattern', 'mock',
]);

/** True when the window around a value says it is an example, a format or a test value. */
export function isInstructional(text: string, start: number, end: number): boolean {
  return cueAround(text, start, end, INSTRUCTIONAL_CUE, 45, 20);
}

/**
 * True when a digit string is a filler rather than a real identifier: one
 * digit repeated (`0000`, `11111111`), as placeholders and test values are
 * written. Counting runs such as `123456` are left to the context: they are
 * common in examples but also in real reference numbers.
 */
export function isFillerDigits(digits: string): boolean {
  if (digits.length < 4) return false;
  for (let i = 1; i < digits.length; i++) if (digits.charCodeAt(i) !== digits.charCodeAt(0)) return false;
  return true;
}

/** Clamps a score to the 0–1 range and rounds it to two decimals, so results are stable. */
export function clampConfidence(score: number): number {
  return Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;
}
