import type { SourceSymbol } from './context.js';

/** What a kind of source is called in messages. */
export function sourceNoun(kind: SourceSymbol['kind']): string {
  switch (kind) {
    case 'terms':
      return 'term list';
    case 'pattern':
      return 'pattern';
    case 'detector':
      return 'detector';
  }
}
