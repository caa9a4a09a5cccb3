import { ASCII_SKELETON, FIRST_EXTRA_SYMBOL, SEP_SYMBOL } from './skeleton.js';

/** A normalised term read the way the scanner reads text. */
export interface TermSkeleton {
  /** Squeezed skeleton symbols: runs of one symbol count once (`brexiiit` → b r e x i t). */
  symbols: number[];
  /** Where each symbol's run starts in the term text. */
  runs: number[];
}

/**
 * Squeezes a normalised term into skeleton symbols exactly as
 * `TermScanner` squeezes text. A non-ASCII character gets the id it has in
 * `extras`, or a fresh one that is added there, so that the scanner can
 * tell it from other non-ASCII characters.
 */
export function termSkeleton(text: string, extras: Map<number, number>): TermSkeleton {
  const symbols: number[] = [];
  const runs: number[] = [];
  let prev = SEP_SYMBOL;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    let s: number;
    if (cp < 128) s = ASCII_SKELETON[cp]!;
    else {
      const known = extras.get(cp);
      if (known !== undefined) s = known;
      else {
        s = FIRST_EXTRA_SYMBOL + extras.size;
        extras.set(cp, s);
      }
    }
    if (s !== prev) {
      symbols.push(s);
      runs.push(i);
      prev = s;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  return { symbols, runs };
}
