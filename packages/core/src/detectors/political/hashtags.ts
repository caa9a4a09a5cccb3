/**
 * Hashtags and handles run words together (`#StopBrexit`, `#nohillary2016`,
 * `@UKLabour`), so the word-boundary scan cannot see the topic inside them.
 * This module finds them in the original text and offers two readings:
 * the tag split at capitals, digits and underscores (`Stop Brexit`), and
 * its letters without digits (`nohillary`) for whole-tag lookups.
 */

/** A hashtag or handle in the original text. */
export interface Tag {
  /** Offset of the `#` or `@`. */
  start: number;
  /** Exclusive end of the tag. */
  end: number;
  /** A handle (`@…`) names an account; it can name a topic but takes no side. */
  handle: boolean;
  /** The tag split into words at case changes, digits and underscores, or `undefined` when it has no such break. */
  split: string | undefined;
  /** The tag's letters in lower case, digits and underscores removed. */
  letters: string;
  /** The tag ends in a year or number (`#Hillary2016`), as campaign tags often do. */
  numbered: boolean;
}

/** Tags longer than this are not read: no real hashtag is, and it keeps the work per tag bounded. */
const MAX_TAG = 100;

function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** Letters, digits, `_`, and any non-ASCII character except general punctuation (`’`, `…`). */
function isTagChar(c: number): boolean {
  if (isAsciiUpper(c) || isAsciiLower(c) || isDigit(c) || c === 95) return true;
  return c > 127 && !(c >= 0x2000 && c <= 0x206f);
}

/**
 * A tag's body (or any run-together name) split into words:
 * `StopHillaryClinton2016` → `Stop Hillary Clinton 2016`, `NHSCrisis` →
 * `NHS Crisis`, `vote_leave` → `vote leave`; `undefined` when nothing splits.
 */
export function splitTagWords(body: string): string | undefined {
  let out = '';
  let breaks = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    const p = i > 0 ? body.charCodeAt(i - 1) : -1;
    const n = i + 1 < body.length ? body.charCodeAt(i + 1) : -1;
    if (c === 95) {
      out += ' ';
      breaks++;
      continue;
    }
    const boundary =
      i > 0 &&
      ((isAsciiUpper(c) && isAsciiLower(p)) ||
        (isAsciiUpper(c) && isAsciiUpper(p) && isAsciiLower(n)) ||
        (isDigit(c) && !isDigit(p) && p !== 95) ||
        (!isDigit(c) && isDigit(p)));
    if (boundary) {
      out += ' ';
      breaks++;
    }
    out += body[i];
  }
  return breaks > 0 ? out : undefined;
}

/**
 * Finds the hashtags and handles of a text in one pass. A tag starts with
 * `#` or `@` that does not follow a word character (so an email address is
 * no handle) and runs over letters, digits and underscores.
 */
export function findTags(text: string): Tag[] {
  const tags: Tag[] = [];
  const len = text.length;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if ((c !== 35 && c !== 64 && c !== 0xff03) || (i > 0 && isTagChar(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < len && isTagChar(text.charCodeAt(j))) j++;
    if (j - i - 1 >= 2 && j - i - 1 <= MAX_TAG) {
      const body = text.slice(i + 1, j);
      let letters = '';
      for (let k = 0; k < body.length; k++) {
        const d = body.charCodeAt(k);
        if (!isDigit(d) && d !== 95) letters += body[k]!;
      }
      tags.push({
        start: i,
        end: j,
        handle: c === 64,
        split: splitTagWords(body),
        letters: letters.toLowerCase(),
        numbered: isDigit(body.charCodeAt(body.length - 1)),
      });
    }
    i = j;
  }
  return tags;
}

/** Words a campaign tag starts with: `#StopX`, `#NoToX`, `#VoteX`, `#SaveX`. */
export const TAG_PREFIXES: readonly string[] = [
  'stop', 'no', 'noto', 'yes', 'yesto', 'vote', 'votefor', 'ban', 'save', 'defund', 'abolish', 'never', 'end',
  'fight', 'standwith', 'istandwith', 'imwith', 'iamwith', 'notmy', 'fire', 'impeach', 'repeal', 'scrap', 'protect',
  'justicefor', 'remain', 'leave', 'back', 'ditch', 'dump', 'anti', 'pro', 'free', 'keep', 'support', 'boycott',
  'sack', 'oust', 'kickout', 'votenot', 'dontvote', 'notvoting', 'whyimvoting', 'whyimnotvotingfor', 'lockup',
  'ready', 'readyfor', 'go', 'love', 'hate', 'thanks', 'thank', 'shameon', 'blame', 'unite', 'saynoto', 'bad', 'proud',
  'real', 'true', 'fake',
];

/** Words a campaign tag ends with: `#ToriesOut`, `#XMustGo`, `#X2016`. */
export const TAG_SUFFIXES: readonly string[] = [
  'out', 'mustgo', 'mustfall', 'mustresign', 'resign', 'lies', 'lied', 'fail', 'failed', 'failure', 'now', 'matters',
  'forpm', 'forpresident', 'forprison', 'isover', 'outnow', 'nomore', 'sucks', 'shame', 'isajoke', 'liar', 'scum',
  'train', 'nation', 'army', 'lovers', 'haters', 'must', 'isacrime', 'kills', 'forall', 'rights', 'bad', 'good',
  'scam', 'hoax', 'fraud', 'myth', 'lie', 'islie', 'isreal', 'isajoke', 'denier', 'deniers',
];
