import { LEET_SYMBOL, LETTER, MARK, SEP } from './char-class.js';
import { ASCII_CLASS, ASCII_FOLD, foldCodePoint } from './fold-code-point.js';
import type { NormalisedText } from './normalised-text.js';
import { PooledText, type Renormaliser } from './pooled-text.js';
import { resolveLeetToken } from './resolve-leet.js';
import { RING_UNITS, UnitChunk } from './unit-chunk.js';

const SPACE = 32;
const DOT = 46;
const DOLLAR = 36;
const AT = 64;
const PLUS = 43;

/** Separators people put between letters to dodge filters: space . - _ * */
function isSpacer(code: number): boolean {
  return code === SPACE || code === DOT || code === 45 || code === 95 || code === 42;
}

/**
 * The streaming normaliser. Code points are folded one by one (see
 * `fold-code-point.ts`) into units that go straight to the output; the rare
 * work that needs context happens when a token (a run of word units) ends:
 *
 * - a token holding digits or `@ $ ! | +` is resolved for leetspeak
 *   (`resolve-leet.ts`); units that turn out to be separators are taken out
 *   and merge with the spaces around them;
 * - one-unit tokens separated by one identical spacer form a group, kept
 *   with its spaces until the group ends; three or more (two of them
 *   letters), or a dotted acronym (`U.K.`), are then joined into one word.
 *
 * Those steps only touch the tail of the output, so the whole is linear.
 * Separators are emitted lazily, as one space before the next word, so the
 * result never starts or ends with a space.
 *
 * The output goes straight into a {@link UnitChunk}, from index `base` on;
 * every index below (`length`, `tokenStart`, `groupStart`) is an index into
 * the chunk, so the text that is returned is a view on it, made without
 * copying.
 */
class Normaliser implements Renormaliser {
  /** The chunk short texts share. */
  private readonly ring = new UnitChunk(RING_UNITS, true);
  /** The chunk long texts share, one at a time (made on first need). */
  private long: UnitChunk | undefined = undefined;
  /** Set while normalising a text again: it then goes into a chunk of its own. */
  private own = false;
  // The chunk written into, and its arrays.
  private chunk = this.ring;
  code = this.chunk.code;
  start = this.chunk.start;
  end = this.chunk.end;
  leet = this.chunk.leet;
  /** Class of each unit (scratch, indexed like the chunk). */
  cls = new Uint8Array(RING_UNITS);
  /** Where the current text starts in the chunk, and where its output ends. */
  private base = 0;
  private length = 0;
  /** Bound on the positions of `leet` written by the current text. */
  private leetDirty = 0;
  private anyLeet = false;

  // The current token: where it starts in the output, its letters and other units.
  private inToken = false;
  private tokenStart = 0;
  private tokenLetters = 0;
  private tokenOthers = 0;

  // Span of the pending separator run (emitted as one space before the next token).
  private gapStart = -1;
  private gapEnd = 0;
  // The raw separator units since the last token: how many, and the first one.
  private gapCount = 0;
  private gapFirstCode = -1;
  private gapFirstEnd = 0;

  // The group of one-unit tokens under way (always at the end of the output): start, size, letters, spacer.
  private groupStart = 0;
  private groupCount = 0;
  private groupLetters = 0;
  private spacer = -1;

  // A token's first unit, held back while we learn whether it extends the group.
  private held = false;
  private heldCode = 0;
  private heldClass = 0;
  private heldStart = 0;
  private heldEnd = 0;
  private heldGapFirstCode = -1;
  private heldGapFirstEnd = 0;

  normalise(original: string): NormalisedText {
    const len = original.length;
    this.begin(len + 8);
    this.anyLeet = false;
    this.groupCount = 0;
    this.held = false;

    // The hot state lives in locals; it is written back to the fields before
    // any call into the general code below, and read again after it (written
    // out in full: closures would move the locals to the heap).
    let code = this.code;
    let classes = this.cls;
    let starts = this.start;
    let ends = this.end;
    let capacity = this.chunk.capacity;
    let base = this.base;
    let m = this.length;
    let inToken = false;
    let tokenStart = 0;
    let tokenLetters = 0;
    let tokenOthers = 0;
    let gapStart = -1;
    let gapEnd = 0;
    let gapCount = 0;
    let gapFirstCode = -1;
    let gapFirstEnd = 0;
    let i = 0;
    while (i < len) {
      let c = original.charCodeAt(i);
      if (c < 128) {
        const cls = ASCII_CLASS[c]!;
        if (cls === LETTER && !this.held && (inToken || this.groupCount === 0)) {
          // The common case: a run of ASCII letters. Each takes one unit, so
          // room for the rest of the text (and a space) is room for the run.
          if (m + (len - i) + 1 > capacity) {
            this.length = m;
            this.inToken = inToken;
            this.tokenStart = tokenStart;
            this.tokenLetters = tokenLetters;
            this.tokenOthers = tokenOthers;
            this.gapStart = gapStart;
            this.gapEnd = gapEnd;
            this.gapCount = gapCount;
            this.gapFirstCode = gapFirstCode;
            this.gapFirstEnd = gapFirstEnd;
            this.reserve(len - i + 1);
            code = this.code;
            classes = this.cls;
            starts = this.start;
            ends = this.end;
            capacity = this.chunk.capacity;
            base = this.base;
            m = this.length;
            inToken = this.inToken;
            tokenStart = this.tokenStart;
            tokenLetters = this.tokenLetters;
            tokenOthers = this.tokenOthers;
            gapStart = this.gapStart;
            gapEnd = this.gapEnd;
            gapCount = this.gapCount;
            gapFirstCode = this.gapFirstCode;
            gapFirstEnd = this.gapFirstEnd;
          }
          if (!inToken) {
            // A word begins, with no group of one-letter tokens under way (see `unit`).
            inToken = true;
            gapCount = 0;
            if (gapStart >= 0) {
              if (m > base) {
                code[m] = SPACE;
                classes[m] = SEP;
                starts[m] = gapStart;
                ends[m] = gapEnd;
                m++;
              }
              gapStart = -1;
            }
            tokenStart = m;
            tokenLetters = 0;
            tokenOthers = 0;
          }
          const first = m;
          for (;;) {
            code[m] = c | 32;
            classes[m] = LETTER;
            starts[m] = i;
            ends[m] = ++i;
            m++;
            if (i === len) break;
            c = original.charCodeAt(i);
            if (c >= 128 || ASCII_CLASS[c] !== LETTER) break;
          }
          tokenLetters += m - first;
          continue;
        }
        if (cls === SEP && !this.held) {
          // A run of ASCII separators: what `unit` does for each, done once for the run.
          if (inToken) {
            inToken = false;
            if (m - tokenStart === 1) {
              // A one-unit token: a group may begin (see `endToken`).
              this.groupStart = tokenStart;
              this.groupCount = 1;
              this.groupLetters = classes[tokenStart] === LETTER ? 1 : 0;
              this.spacer = -1;
            } else if (tokenOthers > 0) {
              this.length = m;
              this.inToken = inToken;
              this.tokenStart = tokenStart;
              this.tokenLetters = tokenLetters;
              this.tokenOthers = tokenOthers;
              this.gapStart = gapStart;
              this.gapEnd = gapEnd;
              this.gapCount = gapCount;
              this.gapFirstCode = gapFirstCode;
              this.gapFirstEnd = gapFirstEnd;
              this.resolve(tokenStart, tokenLetters);
              code = this.code;
              classes = this.cls;
              starts = this.start;
              ends = this.end;
              capacity = this.chunk.capacity;
              base = this.base;
              m = this.length;
              inToken = this.inToken;
              tokenStart = this.tokenStart;
              tokenLetters = this.tokenLetters;
              tokenOthers = this.tokenOthers;
              gapStart = this.gapStart;
              gapEnd = this.gapEnd;
              gapCount = this.gapCount;
              gapFirstCode = this.gapFirstCode;
              gapFirstEnd = this.gapFirstEnd;
            }
          }
          const runStart = i;
          do i++;
          while (i < len && (c = original.charCodeAt(i)) < 128 && ASCII_CLASS[c] === SEP);
          if (gapCount === 0) {
            gapFirstCode = original.charCodeAt(runStart);
            gapFirstEnd = runStart + 1;
          }
          gapCount += i - runStart;
          if (gapStart < 0) {
            gapStart = runStart;
            gapEnd = i;
          } else {
            if (runStart < gapStart) gapStart = runStart;
            if (i > gapEnd) gapEnd = i;
          }
          continue;
        }
        if (cls === LEET_SYMBOL && !this.held && this.symbolSeparates(original, i, inToken, m - tokenStart, tokenOthers)) {
          // A leet symbol that resolution would only turn into a separator:
          // `!` ending a word of letters, `@` starting one. Taken as one here,
          // with the same spans, instead of resolving the word afterwards.
          // After a word, the whole run of symbols goes; before one, the one symbol.
          const runStart = i;
          if (inToken) {
            do i++;
            while (i < len && (c = original.charCodeAt(i)) < 128 && ASCII_CLASS[c] === LEET_SYMBOL);
          } else {
            i++;
          }
          inToken = false;
          if (gapCount === 0) {
            gapFirstCode = original.charCodeAt(runStart);
            gapFirstEnd = runStart + 1;
          }
          gapCount += i - runStart;
          if (gapStart < 0) {
            gapStart = runStart;
            gapEnd = i;
          } else {
            if (runStart < gapStart) gapStart = runStart;
            if (i > gapEnd) gapEnd = i;
          }
          continue;
        }
        this.length = m;
        this.inToken = inToken;
        this.tokenStart = tokenStart;
        this.tokenLetters = tokenLetters;
        this.tokenOthers = tokenOthers;
        this.gapStart = gapStart;
        this.gapEnd = gapEnd;
        this.gapCount = gapCount;
        this.gapFirstCode = gapFirstCode;
        this.gapFirstEnd = gapFirstEnd;
        this.unit(ASCII_FOLD[c]!, cls, i, i + 1);
        code = this.code;
        classes = this.cls;
        starts = this.start;
        ends = this.end;
        capacity = this.chunk.capacity;
        base = this.base;
        m = this.length;
        inToken = this.inToken;
        tokenStart = this.tokenStart;
        tokenLetters = this.tokenLetters;
        tokenOthers = this.tokenOthers;
        gapStart = this.gapStart;
        gapEnd = this.gapEnd;
        gapCount = this.gapCount;
        gapFirstCode = this.gapFirstCode;
        gapFirstEnd = this.gapFirstEnd;
        i++;
        continue;
      }
      let cp = c;
      let size = 1;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
        const d = original.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          size = 2;
        }
      }
      const folded = foldCodePoint(cp);
      const text = folded.out;
      this.length = m;
      this.inToken = inToken;
      this.tokenStart = tokenStart;
      this.tokenLetters = tokenLetters;
      this.tokenOthers = tokenOthers;
      this.gapStart = gapStart;
      this.gapEnd = gapEnd;
      this.gapCount = gapCount;
      this.gapFirstCode = gapFirstCode;
      this.gapFirstEnd = gapFirstEnd;
      if (text.length === 0) {
        if (folded.classes[0] === MARK) this.mark(i, i + size);
      } else {
        for (let k = 0; k < text.length; k++) this.unit(text.charCodeAt(k), folded.classes[k]!, i, i + size);
      }
      code = this.code;
      classes = this.cls;
      starts = this.start;
      ends = this.end;
      capacity = this.chunk.capacity;
      base = this.base;
      m = this.length;
      inToken = this.inToken;
      tokenStart = this.tokenStart;
      tokenLetters = this.tokenLetters;
      tokenOthers = this.tokenOthers;
      gapStart = this.gapStart;
      gapEnd = this.gapEnd;
      gapCount = this.gapCount;
      gapFirstCode = this.gapFirstCode;
      gapFirstEnd = this.gapFirstEnd;
      i += size;
    }
    this.length = m;
    this.inToken = inToken;
    this.tokenStart = tokenStart;
    this.tokenLetters = tokenLetters;
    this.tokenOthers = tokenOthers;
    this.gapStart = gapStart;
    this.gapEnd = gapEnd;
    this.gapCount = gapCount;
    this.gapFirstCode = gapFirstCode;
    this.gapFirstEnd = gapFirstEnd;
    this.finish();
    return this.result(original);
  }

  /**
   * Whether the leet symbol at `i` is certain to become a separator when its
   * token is resolved (see `resolveLeetToken`), in the two common cases where
   * nothing else depends on it: after a word of two or more letters and
   * nothing else, with only symbols up to the next ASCII separator or the end,
   * and not starting with a `$` (which may stand for `s`); or, outside any
   * word and any group, an `@` or `+` before two ASCII letters. Either way the
   * token keeps two units or more, so no group of one-unit tokens is at stake.
   */
  private symbolSeparates(original: string, i: number, inToken: boolean, tokenUnits: number, tokenOthers: number): boolean {
    const c = original.charCodeAt(i);
    if (inToken) {
      if (tokenOthers !== 0 || tokenUnits < 2 || c === DOLLAR) return false;
      let j = i + 1;
      while (j < original.length) {
        const d = original.charCodeAt(j);
        if (d >= 128) return false;
        const cls = ASCII_CLASS[d]!;
        if (cls === SEP) return true;
        if (cls !== LEET_SYMBOL) return false;
        j++;
      }
      return true;
    }
    if (this.groupCount !== 0 || (c !== AT && c !== PLUS) || i + 2 >= original.length) return false;
    const d = original.charCodeAt(i + 1);
    const e = original.charCodeAt(i + 2);
    return d < 128 && e < 128 && ASCII_CLASS[d] === LETTER && ASCII_CLASS[e] === LETTER;
  }

  /**
   * Starts a text at the free end of the shared chunk (starting it again from
   * the beginning when `room` units do not fit), or in a chunk of its own when
   * the text is long.
   */
  private begin(room: number): void {
    const ring = this.ring;
    if (this.own) {
      this.use(new UnitChunk(room, false));
    } else if (room <= RING_UNITS >>> 2) {
      if (ring.used + room > ring.capacity) ring.recycle();
      if (this.chunk !== ring) this.use(ring);
    } else {
      // A long text takes the long-text chunk, which holds one text at a time
      // and is reused by the next (allocating megabytes per text made the
      // garbage collector's work grow with every check of a long document).
      let long = this.long;
      if (long === undefined || long.capacity < room) {
        long = new UnitChunk(Math.max(room, (long?.capacity ?? 0) + (room >>> 2)), true);
        this.long = long;
      } else {
        long.recycle();
      }
      this.use(long);
    }
    this.base = this.chunk.used;
    this.length = this.chunk.used;
    this.leetDirty = this.chunk.used;
  }

  /** Gives the long-text chunk up to the text in it (see {@link Renormaliser.release}). */
  release(chunk: UnitChunk): boolean {
    if (chunk !== this.long) return false;
    this.long = undefined;
    return true;
  }

  /** Normalises `original` again into a chunk of its own (see {@link PooledText.resident}). */
  again(original: string): PooledText {
    this.own = true;
    try {
      return this.normalise(original) as PooledText;
    } finally {
      this.own = false;
    }
  }

  private use(chunk: UnitChunk): void {
    this.chunk = chunk;
    this.code = chunk.code;
    this.start = chunk.start;
    this.end = chunk.end;
    this.leet = chunk.leet;
    if (this.cls.length < chunk.capacity) this.cls = new Uint8Array(chunk.capacity);
  }

  /**
   * Makes room for `extra` more units. When the chunk is full (folding made
   * the text longer than its original), the text so far moves to a chunk of
   * its own, twice as large as needed, and every index shifts with it.
   */
  private reserve(extra: number): void {
    if (this.length + extra <= this.chunk.capacity) return;
    const base = this.base;
    const units = this.length - base;
    const old = this.chunk;
    const oldClasses = this.cls;
    const bigger = new UnitChunk(Math.max(RING_UNITS >>> 2, 2 * (units + extra)), false);
    this.use(bigger);
    if (this.cls === oldClasses) this.cls = new Uint8Array(bigger.capacity);
    bigger.code.set(old.code.subarray(base, this.length));
    bigger.start.set(old.start.subarray(base, this.length));
    bigger.end.set(old.end.subarray(base, this.length));
    bigger.leet.set(old.leet.subarray(base, Math.max(this.length, this.leetDirty)));
    this.cls.set(oldClasses.subarray(base, this.length));
    // The old chunk's leet area past the texts handed out must stay zero for the next text there.
    old.leet.fill(0, base, this.leetDirty);
    this.length -= base;
    this.tokenStart -= base;
    this.groupStart -= base;
    this.leetDirty = Math.max(this.leetDirty - base, this.length);
    this.base = 0;
  }

  /** Takes one folded unit of class SEP, LETTER, DIGIT or LEET_SYMBOL. */
  private unit(code: number, cls: number, start: number, end: number): void {
    if (cls === SEP) {
      if (this.held) this.extendGroup();
      else if (this.inToken) this.endToken();
      this.inToken = false;
      if (this.gapCount === 0) {
        this.gapFirstCode = code;
        this.gapFirstEnd = end;
      }
      this.gapCount++;
      this.openGap(start, end);
      return;
    }
    if (this.held) {
      // A second unit: the held token is no one-letter token, so the group is over.
      this.closeGroup(this.heldGapFirstCode, this.heldGapFirstEnd);
      this.held = false;
      this.emitGap();
      this.tokenStart = this.length;
      this.tokenLetters = 0;
      this.tokenOthers = 0;
      this.push(this.heldCode, this.heldClass, this.heldStart, this.heldEnd);
    } else if (!this.inToken) {
      this.inToken = true;
      const gapCount = this.gapCount;
      this.gapCount = 0;
      if (this.groupCount > 0) {
        const continues =
          gapCount === 1 &&
          isSpacer(this.gapFirstCode) &&
          (this.groupCount === 1 || this.gapFirstCode === this.spacer);
        if (continues) {
          this.held = true;
          this.heldCode = code;
          this.heldClass = cls;
          this.heldStart = start;
          this.heldEnd = end;
          this.heldGapFirstCode = this.gapFirstCode;
          this.heldGapFirstEnd = this.gapFirstEnd;
          return;
        }
        this.closeGroup(gapCount > 0 ? this.gapFirstCode : -1, this.gapFirstEnd);
      }
      this.emitGap();
      this.tokenStart = this.length;
      this.tokenLetters = 0;
      this.tokenOthers = 0;
    }
    this.push(code, cls, start, end);
  }

  /** A combining mark widens the span of the unit just before it. */
  private mark(start: number, end: number): void {
    if (this.held) {
      if (this.heldEnd === start) this.heldEnd = end;
    } else if (this.inToken) {
      const last = this.length - 1;
      if (this.end[last] === start) this.end[last] = end;
    } else if (this.gapCount > 0) {
      if (this.gapEnd === start) this.gapEnd = end;
      if (this.gapCount === 1 && this.gapFirstEnd === start) this.gapFirstEnd = end;
    } else if (this.length > this.base && this.end[this.length - 1] === start) {
      this.end[this.length - 1] = end;
    }
  }

  private push(code: number, cls: number, start: number, end: number): void {
    if (this.length === this.chunk.capacity) this.reserve(1);
    const m = this.length;
    this.code[m] = code;
    this.cls[m] = cls;
    this.start[m] = start;
    this.end[m] = end;
    this.length = m + 1;
    if (cls === LETTER) this.tokenLetters++;
    else this.tokenOthers++;
  }

  /** Adds `[start, end)` to the pending separator span. */
  private openGap(start: number, end: number): void {
    if (this.gapStart < 0) {
      this.gapStart = start;
      this.gapEnd = end;
    } else {
      if (start < this.gapStart) this.gapStart = start;
      if (end > this.gapEnd) this.gapEnd = end;
    }
  }

  /** Writes the pending separator as one space, unless nothing precedes it. */
  private emitGap(): void {
    if (this.gapStart < 0) return;
    if (this.length > this.base) {
      if (this.length === this.chunk.capacity) this.reserve(1);
      const m = this.length;
      this.code[m] = SPACE;
      this.cls[m] = SEP;
      this.start[m] = this.gapStart;
      this.end[m] = this.gapEnd;
      this.length = m + 1;
    }
    this.gapStart = -1;
  }

  /** The token under way has ended (a separator came). */
  private endToken(): void {
    // Any group was closed when this token began (see `unit`).
    if (this.length - this.tokenStart === 1) {
      this.groupStart = this.tokenStart;
      this.groupCount = 1;
      this.groupLetters = this.cls[this.tokenStart] === LETTER ? 1 : 0;
      this.spacer = -1;
      return;
    }
    if (this.tokenOthers > 0) this.resolve(this.tokenStart, this.tokenLetters);
  }

  /** The held one-unit token ended: it joins the group, with the space before it. */
  private extendGroup(): void {
    this.held = false;
    if (this.groupCount === 1) this.spacer = this.heldGapFirstCode;
    this.emitGap();
    const tokenStart = this.length;
    this.push(this.heldCode, this.heldClass, this.heldStart, this.heldEnd);
    this.tokenStart = tokenStart;
    this.groupCount++;
    if (this.heldClass === LETTER) this.groupLetters++;
  }

  /**
   * Ends the group at the tail of the output: joins it into one word when it
   * qualifies, else resolves its members one by one. `afterCode` and
   * `afterEnd` describe the first separator after the group (-1: none known).
   */
  private closeGroup(afterCode: number, afterEnd: number): void {
    const count = this.groupCount;
    this.groupCount = 0;
    const start = this.groupStart;
    const acronym = count >= 2 && this.spacer === DOT && this.groupLetters === count && afterCode === DOT;
    if (!acronym && (count < 3 || this.groupLetters < 2)) {
      if (count === 1 && this.cls[start] === LEET_SYMBOL) this.resolve(start, 0);
      else if (count > 1) this.resolveMembers(start, count);
      return;
    }
    // Members sit at start, start + 2, …; the spaces between them go.
    for (let k = 1; k < count; k++) this.move(start + 2 * k, start + k);
    this.length = start + count;
    if (acronym) this.end[start + count - 1] = afterEnd;
    const letters = this.groupLetters;
    if (letters < count) this.resolve(start, letters);
  }

  /** Resolves the one-unit members of a group that did not join: a lone symbol is a separator. */
  private resolveMembers(start: number, count: number): void {
    const cls = this.cls;
    let symbols = false;
    for (let k = 0; k < count; k++) {
      if (cls[start + 2 * k] === LEET_SYMBOL) {
        cls[start + 2 * k] = SEP;
        symbols = true;
      }
    }
    if (symbols) this.sweep(start);
  }

  /** Resolves leetspeak in the token `[a, end of output)`, then sweeps out what became separators. */
  private resolve(a: number, letters: number): void {
    const b = this.length;
    if (resolveLeetToken(this, a, b, letters)) {
      this.anyLeet = true;
      if (b > this.leetDirty) this.leetDirty = b;
    }
    const cls = this.cls;
    for (let k = a; k < b; k++) {
      if (cls[k] === SEP) {
        this.sweep(a);
        return;
      }
    }
  }

  /**
   * Rewrites the output from `a` to its end so that every run of separator
   * units (spaces and units resolved to separators) is one space; a run at
   * the end becomes the pending gap instead, and a run at the very start of
   * the text disappears.
   */
  private sweep(a: number): void {
    const { code, cls, start, end, leet } = this;
    const base = this.base;
    const b = this.length;
    let w = a;
    // A space just before the region belongs to the first run.
    if (w > base && cls[w - 1] === SEP) w--;
    let r = w;
    let runStart = -1;
    let runEnd = 0;
    for (; r < b; r++) {
      if (cls[r] === SEP) {
        if (runStart < 0) runStart = start[r]!;
        runEnd = end[r]!;
        continue;
      }
      if (runStart >= 0) {
        if (w > base) {
          code[w] = SPACE;
          cls[w] = SEP;
          start[w] = runStart;
          end[w] = runEnd;
          leet[w] = 0;
          w++;
        }
        runStart = -1;
        runEnd = 0;
      }
      if (w !== r) this.move(r, w);
      w++;
    }
    if (runStart >= 0 && w > base) {
      // Trailing separators open the pending gap (or join it).
      this.openGap(runStart, runEnd);
    }
    for (let k = w; k < b; k++) leet[k] = 0;
    this.length = w;
  }

  /** Copies unit `from` of the output to position `to`. */
  private move(from: number, to: number): void {
    this.code[to] = this.code[from]!;
    this.cls[to] = this.cls[from]!;
    this.start[to] = this.start[from]!;
    this.end[to] = this.end[from]!;
    this.leet[to] = this.leet[from]!;
  }

  private finish(): void {
    if (this.held) this.extendGroup();
    else if (this.inToken) this.endToken();
    this.inToken = false;
    if (this.groupCount > 0) this.closeGroup(this.gapCount > 0 ? this.gapFirstCode : -1, this.gapFirstEnd);
  }

  private result(original: string): NormalisedText {
    const end = this.length;
    // Leet sources written past the end (units later swept out) must not leak into the next text.
    if (this.leetDirty > end) this.leet.fill(0, end, this.leetDirty);
    this.chunk.used = end;
    return new PooledText(original, this.chunk, this.base, end - this.base, this.anyLeet, this.chunk.generation, this);
  }
}

const normaliser = new Normaliser();


/**
 * Normalises `original` for matching: NFKC-style compatibility folding, case
 * folding, diacritics, format controls and invisible characters removed,
 * look-alike letters mapped to ASCII, leetspeak inside words read as letters,
 * spaced-out letters joined, and every run of non-word characters turned into
 * one space (none at either end). One streaming pass, linear in the length
 * of the text whatever it contains.
 *
 * @param original - the text as the user wrote it
 * @returns the normalised text with, for each of its UTF-16 units, the span of
 *   the original it came from
 */
export function normalise(original: string): NormalisedText {
  return normaliser.normalise(original);
}

