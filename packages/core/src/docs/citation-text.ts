import type { Citation } from '../ir/schema.js';

/**
 * A citation in words: `Social media guidance …, section 3, paragraph 4`. A
 * section or paragraph given by name rather than number reads as written,
 * so that `section "foreword" paragraph 1` reads `foreword, paragraph 1` and
 * `paragraph "top 5, item 3"` reads `top 5, item 3`.
 */
export function citationText(citation: Citation | undefined): string | undefined {
  if (citation === undefined) return undefined;
  const parts: string[] = [];
  if (citation.source !== undefined) parts.push(citation.source);
  if (citation.section !== undefined) parts.push(numbered('section', citation.section));
  if (citation.paragraph !== undefined) parts.push(numbered('paragraph', citation.paragraph));
  return parts.length === 0 ? undefined : parts.join(', ');
}

function numbered(word: string, value: string | number): string {
  return typeof value === 'number' || /^\d+(?:\.\d+)*$/.test(value) ? `${word} ${value}` : value;
}
