import { LEET_SYMBOL, LETTER, MARK, SEP } from './char-class.js';
import { ASCII_CLASS, ASCII_FOLD, foldCodePoint } from './fold-code-point.js';
import type { NormalisedText } from './normalised-text.js';
import { resolveLeetToken } from './resolve-leet.js';
import { pooledUint32, pooledUint8 } from './typed-pool.js';
import { UnitBuffer } from './unit-buffer.js';

const SPACE = 32;
const DOT = 46;

/** Separators people put between letters to dodge filters: space . - _ * */
function isSpacer(code: number): boolean {
  return code === SPACE || code === DOT || code === 45 || code === 95 || code === 42;
}

interface Utf16Decoder {
  decode(input: Uint16Array): string;
}
const TextDecoderClass = (globalThis as { TextDecoder?: new (label: string) => Utf16Decoder }).TextDecoder;
/** Native UTF-16 decoding is about twice as fast as `String.fromCharCode.apply`; the output never holds lone surrogates, so it is lossless. */
const decoder = TextDecoderClass === undefined ? undefined : new TextDecoderClass('utf-16le');
const CHUNK = 4096;
/** Up to this many units, offset maps are copied element by element. */
const SHORT = 512;

function decode(codes: Uint16Array, length: number): string {
  if (decoder !== undefined && length > 24) return decoder.decode(codes.subarray(0, length));
  let text = '';
  for (let a = 0; a < length; a += CHUNK) {
    text += String.fromCharCode.apply(null, codes.subarray(a, Math.min(length, a + CHUNK)) as unknown as number[]);
  }
  return text;
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
 */
class Normaliser {
  private readonly out = new UnitBuffer();
  /** Bound on the positions of `out.leet` written since it was last cleared. */
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
    const out = this.out;
    out.length = 0;
    out.reserve(original.length + 8);
    // Leet sources are written only by `resolve`; clear what the last call left.
    if (this.leetDirty > 0) out.leet.fill(0, 0, this.leetDirty);
    this.leetDirty = 0;
    this.anyLeet = false;
    this.inToken = false;
    this.gapStart = -1;
    this.gapCount = 0;
    this.groupCount = 0;
    this.held = false;

    const len = original.length;
    let i = 0;
    while (i < len) {
      let c = original.charCodeAt(i);
      if (c < 128) {
        const cls = ASCII_CLASS[c]!;
        if (cls === LETTER && this.inToken && !this.held) {
          // The common case, kept free of calls and of field traffic: a run of
          // ASCII letters inside a word. Each takes one unit, so room for the
          // rest of the text is room for the run.
          out.reserve(len - i);
          const code = out.code;
          const classes = out.cls;
          const starts = out.start;
          const ends = out.end;
          const first = out.length;
          let m = first;
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
          out.length = m;
          this.tokenLetters += m - first;
          continue;
        }
        this.unit(ASCII_FOLD[c]!, cls, i, i + 1);
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
      if (text.length === 0) {
        if (folded.classes[0] === MARK) this.mark(i, i + size);
      } else {
        for (let k = 0; k < text.length; k++) this.unit(text.charCodeAt(k), folded.classes[k]!, i, i + size);
      }
      i += size;
    }
    this.finish();
    return this.result(original);
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
      this.tokenStart = this.out.length;
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
      this.tokenStart = this.out.length;
      this.tokenLetters = 0;
      this.tokenOthers = 0;
    }
    this.push(code, cls, start, end);
  }

  /** A combining mark widens the span of the unit just before it. */
  private mark(start: number, end: number): void {
    const out = this.out;
    if (this.held) {
      if (this.heldEnd === start) this.heldEnd = end;
    } else if (this.inToken) {
      const last = out.length - 1;
      if (out.end[last] === start) out.end[last] = end;
    } else if (this.gapCount > 0) {
      if (this.gapEnd === start) this.gapEnd = end;
      if (this.gapCount === 1 && this.gapFirstEnd === start) this.gapFirstEnd = end;
    } else if (out.length > 0 && out.end[out.length - 1] === start) {
      out.end[out.length - 1] = end;
    }
  }

  private push(code: number, cls: number, start: number, end: number): void {
    const out = this.out;
    const m = out.length;
    if (m === out.code.length) out.reserve(1);
    out.code[m] = code;
    out.cls[m] = cls;
    out.start[m] = start;
    out.end[m] = end;
    out.length = m + 1;
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
    const out = this.out;
    if (out.length > 0) {
      const m = out.length;
      if (m === out.code.length) out.reserve(1);
      out.code[m] = SPACE;
      out.cls[m] = SEP;
      out.start[m] = this.gapStart;
      out.end[m] = this.gapEnd;
      out.length = m + 1;
    }
    this.gapStart = -1;
  }

  /** The token under way has ended (a separator came). */
  private endToken(): void {
    // Any group was closed when this token began (see `unit`).
    if (this.out.length - this.tokenStart === 1) {
      this.groupStart = this.tokenStart;
      this.groupCount = 1;
      this.groupLetters = this.out.cls[this.tokenStart] === LETTER ? 1 : 0;
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
    const tokenStart = this.out.length;
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
    const out = this.out;
    const acronym = count >= 2 && this.spacer === DOT && this.groupLetters === count && afterCode === DOT;
    if (!acronym && (count < 3 || this.groupLetters < 2)) {
      if (count === 1 && out.cls[start] === LEET_SYMBOL) this.resolve(start, 0);
      else if (count > 1) this.resolveMembers(start, count);
      return;
    }
    // Members sit at start, start + 2, …; the spaces between them go.
    for (let k = 1; k < count; k++) move(out, start + 2 * k, start + k);
    out.length = start + count;
    if (acronym) out.end[start + count - 1] = afterEnd;
    const letters = this.groupLetters;
    if (letters < count) this.resolve(start, letters);
  }

  /** Resolves the one-unit members of a group that did not join: a lone symbol is a separator. */
  private resolveMembers(start: number, count: number): void {
    const out = this.out;
    let symbols = false;
    for (let k = 0; k < count; k++) {
      if (out.cls[start + 2 * k] === LEET_SYMBOL) {
        out.cls[start + 2 * k] = SEP;
        symbols = true;
      }
    }
    if (symbols) this.sweep(start);
  }

  /** Resolves leetspeak in the token `[a, end of output)`, then sweeps out what became separators. */
  private resolve(a: number, letters: number): void {
    const out = this.out;
    const b = out.length;
    if (resolveLeetToken(out, a, b, letters)) {
      this.anyLeet = true;
      if (b > this.leetDirty) this.leetDirty = b;
    }
    for (let k = a; k < b; k++) {
      if (out.cls[k] === SEP) {
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
    const out = this.out;
    const b = out.length;
    let w = a;
    // A space just before the region belongs to the first run.
    if (w > 0 && out.cls[w - 1] === SEP) w--;
    let r = w;
    let runStart = -1;
    let runEnd = 0;
    for (; r < b; r++) {
      if (out.cls[r] === SEP) {
        if (runStart < 0) runStart = out.start[r]!;
        runEnd = out.end[r]!;
        continue;
      }
      if (runStart >= 0) {
        if (w > 0) {
          out.code[w] = SPACE;
          out.cls[w] = SEP;
          out.start[w] = runStart;
          out.end[w] = runEnd;
          out.leet[w] = 0;
          w++;
        }
        runStart = -1;
        runEnd = 0;
      }
      if (w !== r) move(out, r, w);
      w++;
    }
    if (runStart >= 0 && w > 0) {
      // Trailing separators open the pending gap (or join it).
      this.openGap(runStart, runEnd);
    }
    for (let k = w; k < b; k++) out.leet[k] = 0;
    out.length = w;
  }

  private finish(): void {
    if (this.held) this.extendGroup();
    else if (this.inToken) this.endToken();
    this.inToken = false;
    if (this.groupCount > 0) this.closeGroup(this.gapCount > 0 ? this.gapFirstCode : -1, this.gapFirstEnd);
  }

  private result(original: string): NormalisedText {
    const out = this.out;
    const m = out.length;
    const starts = pooledUint32(m);
    const ends = pooledUint32(m);
    starts.set(out.start.subarray(0, m));
    ends.set(out.end.subarray(0, m));
    let leet: Uint8Array | undefined;
    if (this.anyLeet) {
      leet = pooledUint8(m);
      leet.set(out.leet.subarray(0, m));
    }
    return { original, text: decode(out.code, m), starts, ends, leet };
  }
}

/** Copies unit `from` of `buf` to position `to`. */
function move(buf: UnitBuffer, from: number, to: number): void {
  buf.code[to] = buf.code[from]!;
  buf.cls[to] = buf.cls[from]!;
  buf.start[to] = buf.start[from]!;
  buf.end[to] = buf.end[from]!;
  buf.leet[to] = buf.leet[from]!;
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

