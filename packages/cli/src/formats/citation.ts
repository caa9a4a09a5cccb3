import type { CitationIR } from '@propriety/core';

/** A citation in words: `Social media guidance …, section 3, paragraph 4`. */
export function describeCitation(citation: CitationIR | undefined): string | undefined {
  if (citation === undefined) return undefined;
  const parts: string[] = [];
  if (citation.source !== undefined) parts.push(citation.source);
  if (citation.section !== undefined) parts.push(`section ${citation.section}`);
  if (citation.paragraph !== undefined) parts.push(`paragraph ${citation.paragraph}`);
  return parts.length === 0 ? undefined : parts.join(', ');
}
