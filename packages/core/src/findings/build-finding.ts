import type { Fact, Hit } from '../evaluator/conditions/outcome.js';
import type { RuleIR } from '../ir/schema.js';
import { compareFields } from './field-order.js';
import { interpolate, type MessageValues } from './interpolate.js';
import type { Evidence, Finding, Span, Suggestion } from './report.js';

/**
 * Builds the finding of a rule that fired from the evidence that made its
 * `when` true: one span per distinct place (sorted by field, then offset),
 * evidence pointing at its span, the message and suggestion with their
 * placeholders filled, and an edit suggestion for each detector match that
 * carries a replacement.
 *
 * @param spanOf - makes the span of a place in a field (with line and column)
 */
export function buildFinding(
  rule: RuleIR,
  hits: readonly Hit[],
  facts: readonly Fact[],
  spanOf: (field: string, start: number, end: number) => Span,
): Finding {
  // Sorting by place first lets one pass drop repeated evidence and share spans
  // without building keys; hits usually arrive in order already, which the sort handles in linear time.
  const sorted = [...hits].sort(compareHits);
  const spans: Span[] = [];
  const evidence: Evidence[] = [];
  const kept: Hit[] = [];
  const suggestions: Suggestion[] = [];
  let previous: Hit | undefined;
  let suggestedAt = -1;
  for (const hit of sorted) {
    const samePlace = previous !== undefined && previous.field === hit.field && previous.start === hit.start &&
      previous.end === hit.end;
    if (samePlace && previous!.kind === hit.kind && previous!.source === hit.source && previous!.matched === hit.matched) {
      continue;
    }
    if (!samePlace) spans.push(spanOf(hit.field, hit.start, hit.end));
    const span = spans.length - 1;
    const item: Evidence = { kind: hit.kind, source: hit.source, matched: hit.matched };
    if (hit.normalised !== undefined) item.normalised = hit.normalised;
    if (hit.confidence !== undefined) item.confidence = hit.confidence;
    item.span = span;
    evidence.push(item);
    kept.push(hit);
    if (hit.replacement !== undefined && suggestedAt !== span) {
      suggestedAt = span;
      const target = spans[span]!;
      suggestions.push({
        message: hit.replacement === ''
          ? `Remove \`${target.text}\``
          : `Replace \`${target.text}\` with \`${hit.replacement}\``,
        span: target,
        replacement: hit.replacement,
      });
    }
    previous = hit;
  }
  const uniqueFacts = dedupeFacts(facts);
  for (const fact of uniqueFacts) evidence.push({ kind: 'field', source: fact.field, matched: fact.value });

  const values = messageValues(spans, kept, uniqueFacts);
  if (rule.suggestion !== undefined) suggestions.unshift({ message: interpolate(rule.suggestion, values) });

  return {
    rule: rule.id,
    pack: rule.pack,
    severity: rule.severity === 'off' ? 'advice' : rule.severity,
    tags: [...rule.tags],
    message: interpolate(rule.message, values),
    ...(rule.advice !== undefined ? { advice: rule.advice } : {}),
    ...(rule.citation !== undefined ? { citation: { ...rule.citation } } : {}),
    spans,
    evidence,
    suggestions,
  };
}

function compareHits(a: Hit, b: Hit): number {
  return compareFields(a.field, b.field) || a.start - b.start || a.end - b.end ||
    compareText(a.kind, b.kind) || compareText(a.source, b.source) || compareText(a.matched, b.matched);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function messageValues(spans: readonly Span[], hits: readonly Hit[], facts: readonly Fact[]): MessageValues {
  const texts = spans.length > 0 ? spans.map((span) => span.text) : facts.map((fact) => fact.value);
  const distinct: string[] = [];
  const seen = new Set<string>();
  for (const text of texts) {
    const key = text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    distinct.push(text);
  }
  const firstTerm = hits.find((hit) => hit.kind === 'terms') ?? hits[0];
  return {
    match: texts[0] ?? '',
    matches: distinct.join(', '),
    count: spans.length,
    term: firstTerm?.matched ?? '',
  };
}

function dedupeFacts(facts: readonly Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((fact) => {
    const key = `${fact.field}\u0000${fact.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
