/**
 * A text normalised for matching, with a map back to the original.
 *
 * The normalised text is lower case, NFKC-folded, with confusable look-alikes,
 * leetspeak digits and symbols inside words mapped to letters, zero-width and
 * bidi controls and combining marks removed, spaced-out letters (`b r e x i t`)
 * joined, and every run of non-word characters turned into one space.
 */
export interface NormalisedText {
  /** The original text. */
  readonly original: string;
  /** The normalised text. */
  readonly text: string;
  /** For each UTF-16 code unit of `text`, the offset in `original` where the character it came from starts. */
  readonly starts: Uint32Array;
  /** For each UTF-16 code unit of `text`, the exclusive offset in `original` where the character it came from ends. */
  readonly ends: Uint32Array;
  /**
   * Internal to the term matcher (optional; texts built by hand may omit it):
   * for each UTF-16 code unit of `text`, the ASCII code of the leet character
   * it was written as (`1`, `$`, `@`…), or 0. Lets an ambiguous `1` match
   * either `i` or `l`, and a digit inside a word match the letter it stands for.
   */
  readonly leet?: Uint8Array;
}
