/**
 * Regular-expression alternations of many words, grouped by their first
 * letter: `a(?:ccount|cct)|b(?:ank account|adge number)` rather than
 * `account|acct|bank account|badge number`. V8 tries the alternatives of a
 * flat list one after another at every position of the text, so a list of a
 * hundred cue phrases costs a hundred quick checks per character; grouped,
 * it costs one per distinct first letter.
 *
 * The grouping never changes what matches. Two different ASCII letters or
 * digits never match the same character, even case-insensitively, so at any
 * position only one group can get past its first character, and within a
 * group the phrases keep their order: the alternative that wins (and the
 * backtracking order after it) is the one the flat list would have chosen.
 * A list with a phrase that starts with anything else, or with phrases that
 * start with the same letter in both cases, stays flat.
 */

/** Escapes the characters that mean something in a pattern. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isAsciiAlnum(c: string): boolean {
  return /^[A-Za-z0-9]$/.test(c);
}

/**
 * The alternation of `phrases`, in the given order, each turned into pattern
 * source by `toSource` (which must work character by character, as escaping
 * and replacing spaces do), grouped by first letter where that is safe.
 */
export function groupedAlternation(phrases: readonly string[], toSource: (phrase: string) => string): string {
  const flat = (): string => phrases.map(toSource).join('|');
  if (phrases.some((p) => p.length === 0 || !isAsciiAlnum(p[0]!))) return flat();
  const groups = new Map<string, string[]>();
  for (const p of phrases) {
    const rests = groups.get(p[0]!);
    if (rests === undefined) groups.set(p[0]!, [p.slice(1)]);
    else rests.push(p.slice(1));
  }
  // `A…` and `a…` in one list would be two groups a case-insensitive pattern could both enter: keep it flat.
  if (new Set([...groups.keys()].map((c) => c.toLowerCase())).size !== groups.size) return flat();
  const out: string[] = [];
  for (const [first, rests] of groups) out.push(`${first}(?:${rests.map(toSource).join('|')})`);
  return out.join('|');
}
