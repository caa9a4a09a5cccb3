import { compareFields } from './field-order.js';
import type { Finding } from './report.js';

/**
 * Sorts findings as a reader meets them: by the field of their first span
 * (`text` first), then its start offset, then rule id. Findings without a
 * place in the text (rules on fields only, and checks that could not be
 * completed) come after those with one, by rule id.
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => {
    const spanA = a.spans[0];
    const spanB = b.spans[0];
    if (spanA !== undefined && spanB !== undefined) {
      const order = compareFields(spanA.field, spanB.field) || spanA.start - spanB.start;
      if (order !== 0) return order;
    } else if (spanA !== undefined) {
      return -1;
    } else if (spanB !== undefined) {
      return 1;
    }
    // The message breaks the last ties (several `propriety/incomplete` findings) so the order never depends on input order.
    return compareText(a.rule, b.rule) || compareText(a.message, b.message);
  });
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
