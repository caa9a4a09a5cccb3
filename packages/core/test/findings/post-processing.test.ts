import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dedupeFindings } from '../../src/findings/dedupe.js';
import { compareFields } from '../../src/findings/field-order.js';
import { finishFindings } from '../../src/findings/finish.js';
import type { Finding, Severity, Span } from '../../src/findings/report.js';
import { sortFindings } from '../../src/findings/sort.js';
import { verdictOf, worseVerdict } from '../../src/findings/verdict.js';

function span(field: string, start: number): Span {
  return { field, start, end: start + 1, line: 1, column: start + 1, endLine: 1, endColumn: start + 2, text: 'x' };
}

function finding(rule: string, spans: Span[], severity: Severity = 'review', message = `m-${rule}`): Finding {
  return { rule, pack: 'p', severity, tags: [], message, spans, evidence: [], suggestions: [] };
}

describe('field order', () => {
  it('puts text first, then the field table order, attachments by index', () => {
    const fields = ['inReplyTo.bio', 'attachments.10.name', 'title', 'attachments.2.name', 'text', 'attachments.2.alt'];
    expect([...fields].sort(compareFields)).toEqual([
      'text', 'title', 'attachments.2.name', 'attachments.10.name', 'attachments.2.alt', 'inReplyTo.bio',
    ]);
  });
});

describe('dedupe', () => {
  it('drops a finding that repeats the rule, message and places of an earlier one', () => {
    const a = finding('a', [span('text', 1)]);
    const again = finding('a', [span('text', 1)]);
    const elsewhere = finding('a', [span('text', 2)]);
    const otherMessage = finding('a', [span('text', 1)], 'review', 'different');
    expect(dedupeFindings([a, again, elsewhere, otherMessage])).toEqual([a, elsewhere, otherMessage]);
  });
});

describe('sort', () => {
  it('orders by field of the first span, then start, then rule id, with span-less findings last', () => {
    const sorted = sortFindings([
      finding('none-b', []),
      finding('title', [span('title', 0)]),
      finding('late', [span('text', 9)]),
      finding('none-a', []),
      finding('b-early', [span('text', 2)]),
      finding('a-early', [span('text', 2)]),
    ]);
    expect(sorted.map((f) => f.rule)).toEqual(['a-early', 'b-early', 'late', 'title', 'none-a', 'none-b']);
  });

  it('is a permutation that does not depend on the input order', () => {
    const arbitraryFinding = fc.record({
      rule: fc.constantFrom('a', 'b', 'c'),
      field: fc.constantFrom('text', 'title', 'attachments.0.name', ''),
      start: fc.nat(5),
    }).map(({ rule, field, start }) => finding(rule, field === '' ? [] : [span(field, start)], 'review', `${rule}${field}${start}`));
    fc.assert(fc.property(fc.uniqueArray(arbitraryFinding, { selector: (f) => f.message }), (findings) => {
      const sorted = finishFindings(findings);
      expect(sorted).toHaveLength(findings.length);
      expect(finishFindings([...findings].reverse())).toEqual(sorted);
    }), { numRuns: 300 });
  });
});

describe('verdict', () => {
  it('is the worst severity, ok for none', () => {
    expect(verdictOf([])).toBe('ok');
    expect(verdictOf([{ severity: 'advice' }])).toBe('advice');
    expect(verdictOf([{ severity: 'advice' }, { severity: 'review' }])).toBe('review');
    expect(verdictOf([{ severity: 'block' }, { severity: 'review' }, { severity: 'advice' }])).toBe('block');
    expect(worseVerdict('ok', 'advice')).toBe('advice');
    expect(worseVerdict('block', 'review')).toBe('block');
  });
});
