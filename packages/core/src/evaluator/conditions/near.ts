import type { SourceMatch } from '../field-scan.js';

/**
 * For each match of `primary`, a match of `other` at most `within` words
 * away, or undefined. Two matches are `d` words apart when `d` is the gap
 * between their word indices (adjacent words are 1 apart; overlapping
 * matches 0). When both lists are the same source, a match is not its own
 * partner.
 *
 * Word indices must already be filled in. Runs in O((p + o) log o): `other`
 * is sorted by first word once, and for each prefix the two matches reaching
 * furthest are kept, so each primary match needs one binary search.
 */
export function nearPartners(
  primary: readonly SourceMatch[],
  other: readonly SourceMatch[],
  within: number,
): (SourceMatch | undefined)[] {
  const sorted = [...other].sort((a, b) => a.firstWord - b.firstWord);
  const best: (SourceMatch | undefined)[] = new Array(sorted.length);
  const second: (SourceMatch | undefined)[] = new Array(sorted.length);
  let b1: SourceMatch | undefined;
  let b2: SourceMatch | undefined;
  for (let k = 0; k < sorted.length; k++) {
    const m = sorted[k]!;
    if (b1 === undefined || m.lastWord > b1.lastWord) {
      b2 = b1;
      b1 = m;
    } else if (b2 === undefined || m.lastWord > b2.lastWord) {
      b2 = m;
    }
    best[k] = b1;
    second[k] = b2;
  }
  return primary.map((a) => {
    const limit = a.lastWord + within;
    // Number of `other` matches whose first word is at most `limit`.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]!.firstWord <= limit) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return undefined;
    let candidate = best[lo - 1];
    if (candidate === a) candidate = second[lo - 1];
    if (candidate === undefined || candidate.lastWord < a.firstWord - within) return undefined;
    return candidate;
  });
}
