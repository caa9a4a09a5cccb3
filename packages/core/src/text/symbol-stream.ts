import { ASCII_SKELETON, FIRST_EXTRA_SYMBOL, SEP_SYMBOL, UNKNOWN_SYMBOL } from './skeleton.js';

/**
 * A normalised text as the automaton reads it: skeleton symbols with runs of
 * the same symbol squeezed into one (`brexiiit` → b r e x i t), framed by a
 * separator at each end so that every word starts and ends at a separator.
 * Each symbol remembers where its run starts in the text, and which word it
 * belongs to. Buffers grow as needed and are reused between texts.
 */
export class SymbolStream {
  /** Skeleton symbol of each squeezed position. */
  sym = new Int32Array(256);
  /** Start (UTF-16 offset in the text) of each position's run; `runStart[count]` is the text length. */
  runStart = new Uint32Array(257);
  /** Word index of each position (for separators, the word before them, or -1). */
  wordOf = new Int32Array(256);
  /** Position of the last symbol of each word. */
  wordLast = new Int32Array(256);
  /** Number of positions. */
  count = 0;
  /** Number of words. */
  words = 0;

  private reserve(length: number): void {
    const needed = length + 3;
    if (needed <= this.sym.length) return;
    let size = this.sym.length;
    while (size < needed) size *= 2;
    this.sym = new Int32Array(size);
    this.runStart = new Uint32Array(size + 1);
    this.wordOf = new Int32Array(size);
    this.wordLast = new Int32Array(size);
  }

  /**
   * Reads `text`. Non-ASCII characters get their id from `extras`; when
   * `assign` is true, missing ones are added with fresh ids (used while
   * compiling terms), otherwise they read as an unknown word character.
   */
  build(text: string, extras: Map<number, number>, assign = false): void {
    const len = text.length;
    this.reserve(len);
    const { sym, runStart, wordOf, wordLast } = this;
    const hasExtras = extras.size > 0 || assign;
    sym[0] = SEP_SYMBOL;
    runStart[0] = 0;
    wordOf[0] = -1;
    let count = 1;
    let words = 0;
    let prev = SEP_SYMBOL;
    let i = 0;
    while (i < len) {
      const c = text.charCodeAt(i);
      let s: number;
      let size = 1;
      if (c < 128) {
        s = ASCII_SKELETON[c]!;
      } else {
        let cp = c;
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
          const d = text.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
            size = 2;
          }
        }
        if (cp === 0x3000 || cp === 0xa0) s = SEP_SYMBOL;
        else if (!hasExtras) s = UNKNOWN_SYMBOL;
        else {
          const id = extras.get(cp);
          if (id !== undefined) s = id;
          else if (assign) {
            s = FIRST_EXTRA_SYMBOL + extras.size;
            extras.set(cp, s);
          } else s = UNKNOWN_SYMBOL;
        }
      }
      if (s !== prev) {
        if (s === SEP_SYMBOL) {
          wordLast[words - 1] = count - 1;
        } else if (prev === SEP_SYMBOL) {
          words++;
        }
        sym[count] = s;
        runStart[count] = i;
        wordOf[count] = words - 1;
        count++;
        prev = s;
      }
      i += size;
    }
    if (prev !== SEP_SYMBOL) {
      wordLast[words - 1] = count - 1;
      sym[count] = SEP_SYMBOL;
      runStart[count] = len;
      wordOf[count] = words - 1;
      count++;
    }
    runStart[count] = len;
    this.count = count;
    this.words = words;
  }
}
