import type { Expectation } from './parser.generated.js';

/**
 * What the parser expected where it stopped, in the words of the DSL: the
 * phrases to list in the message and the keywords a misspelt word may have
 * meant.
 */
export interface FriendlyExpectations {
  /** Phrases such as "a rule clause (`severity`, …)", "`}`", "the end of the file", in display order. */
  phrases: string[];
  /** Every keyword that would have been accepted, for did-you-mean help. */
  keywords: string[];
}

// Named rules of the grammar carry their own wording (see propriety.peggy);
// the backticked words inside the parentheses of such a name are keywords.
const LISTED_KEYWORDS = /\(([^)]*)\)/;
const BACKTICKED_WORD = /`([A-Za-z][A-Za-z-]*)`/g;
const WORD = /^[A-Za-z][A-Za-z-]*$/;

/**
 * Turns Peggy's expectation set into phrases and keyword candidates.
 * Descriptions of named rules come first (they name whole constructs), then
 * literal tokens, then the end of the file.
 */
export function friendlyExpectations(expected: readonly Expectation[]): FriendlyExpectations {
  const named: string[] = [];
  const literals: string[] = [];
  const keywords = new Set<string>();
  let end = false;
  for (const expectation of expected) {
    switch (expectation.type) {
      case 'other': {
        const description = expectation.description;
        if (!named.includes(description)) named.push(description);
        const listed = LISTED_KEYWORDS.exec(description)?.[1] ?? (description.startsWith('`') ? description : '');
        for (const match of listed.matchAll(BACKTICKED_WORD)) keywords.add(match[1]!);
        if (description === 'a pack header') keywords.add('pack');
        break;
      }
      case 'literal': {
        const phrase = `\`${expectation.text}\``;
        if (!literals.includes(phrase)) literals.push(phrase);
        if (WORD.test(expectation.text)) keywords.add(expectation.text);
        break;
      }
      case 'end':
        end = true;
        break;
      case 'class':
        // Character classes only appear inside named tokens, which report by name.
        break;
      case 'any':
        break;
    }
  }
  const phrases = [...named, ...literals];
  if (end) phrases.push('the end of the file');
  return { phrases, keywords: [...keywords].sort() };
}

/** `a`, `a or b`, `a, b or c`. */
export function joinWithOr(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? 'something else';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]!}`;
}
