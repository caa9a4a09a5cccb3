import { z } from 'zod';
import type { Detector, DetectorMatch } from './detector.js';
import { foldWord, followsWordChar, isLetterAt, wordCharLength } from './char-class.js';
import { minConfidenceOption, wordListOption } from './options.js';

/** The options of the `hashtag` detector. */
export const hashtagOptions = z.strictObject({
  /** Only report these hashtags, compared without case; a leading `#` is optional. */
  tags: wordListOption.optional(),
  minConfidence: minConfidenceOption,
});

/** The options of the `hashtag` detector, with defaults applied. */
export type HashtagOptions = z.output<typeof hashtagOptions>;

/** One hashtag found by {@link findHashtags}. */
export interface FoundHashtag {
  start: number;
  end: number;
  /** The tag without the `#`. */
  tag: string;
}

/**
 * Finds `#hashtags`: a `#` outside a word followed by letters, digits, marks
 * and `_` in any script, with at least one letter (`#1` and `#2026` are
 * numbers, not tags). `&#39;` and `page#section` are not hashtags.
 *
 * One pass: each tag is read once and scanning resumes after it.
 */
export function findHashtags(text: string): FoundHashtag[] {
  const tags: FoundHashtag[] = [];
  let hash = text.indexOf('#');
  while (hash >= 0) {
    let next = hash + 1;
    if (!isInsideSomething(text, hash)) {
      let end = hash + 1;
      let letters = false;
      while (end < text.length) {
        if (text.charCodeAt(end) === 95 /* _ */) {
          end++;
          continue;
        }
        const length = wordCharLength(text, end);
        if (length === 0) break;
        if (!letters && isLetterAt(text, end)) letters = true;
        end += length;
      }
      if (letters) tags.push({ start: hash, end, tag: text.slice(hash + 1, end) });
      next = end;
    }
    hash = next < text.length ? text.indexOf('#', next) : -1;
  }
  return tags;
}

/**
 * The `hashtag` detector: see {@link findHashtags}. Labels read `hashtag
 * #tag`; each match suggests keeping the word without the `#`.
 */
export const hashtagDetector: Detector<HashtagOptions> = {
  name: 'hashtag',
  description: '`#hashtags` in any script (not numbers such as `#1`)',
  options: hashtagOptions,
  detect(input, options) {
    const wanted = options.tags === undefined
      ? undefined
      : new Set(options.tags.map((tag) => foldWord(tag.replace(/^#/, ''))));
    const matches: DetectorMatch[] = [];
    for (const found of findHashtags(input.text)) {
      if (wanted !== undefined && !wanted.has(foldWord(found.tag))) continue;
      matches.push({
        start: found.start,
        end: found.end,
        confidence: 0.95,
        label: `hashtag #${found.tag}`,
        replacement: found.tag,
      });
    }
    return matches;
  },
};

/** A `#` after a word character, another `#`, `&` (an HTML entity) or `/` (a link fragment) starts no tag. */
function isInsideSomething(text: string, hash: number): boolean {
  if (followsWordChar(text, hash)) return true;
  const before = text.charCodeAt(hash - 1);
  return before === 35 /* # */ || before === 38 /* & */ || before === 47 /* / */;
}
