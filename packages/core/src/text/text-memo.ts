import type { NormalisedText } from './normalised-text.js';

/** Texts longer than this are remembered in a `WeakMap`, so that no slot keeps a long document alive. */
const SHORT_UNITS = 1 << 14;

/**
 * Remembers what was worked out for a normalised text (by identity).
 * Detectors that share work on one field (its words, its scans) ask for it
 * several times in a row, then move on to the next field and never come back
 * once the check is over. Short texts go in a few slots, the oldest forgotten
 * first: adding to a `WeakMap` on every field cost as much as the scan it
 * saved (measured: 17 → 11 µs a post for the shared scan). Long texts, where
 * that cost is nothing next to the work, go in a `WeakMap`, so that the slots
 * never hold a long document after its check.
 */
export class TextMemo<V> {
  private readonly keys: (NormalisedText | undefined)[] = [undefined, undefined, undefined, undefined];
  private readonly values: (V | undefined)[] = [undefined, undefined, undefined, undefined];
  private next = 0;
  private readonly long = new WeakMap<NormalisedText, V>();

  /** What was remembered for `text`, if anything. */
  get(text: NormalisedText): V | undefined {
    const keys = this.keys;
    for (let k = 0; k < keys.length; k++) if (keys[k] === text) return this.values[k];
    return text.original.length > SHORT_UNITS ? this.long.get(text) : undefined;
  }

  /** Remembers `value` for `text`. */
  set(text: NormalisedText, value: V): void {
    if (text.original.length > SHORT_UNITS) {
      this.long.set(text, value);
      return;
    }
    this.keys[this.next] = text;
    this.values[this.next] = value;
    this.next = (this.next + 1) % this.keys.length;
  }
}
