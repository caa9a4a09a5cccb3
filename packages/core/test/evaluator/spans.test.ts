import { describe, expect, it } from 'vitest';
import { load } from '../../src/evaluator/load.js';
import { basicPack, has, packWith } from '../fixtures/ir.js';

describe('findings', () => {
  it('point into the original text with lines and columns, across lines', () => {
    const engine = load(packWith({ id: 'r', when: has('topics') }));
    const text = 'First line\r\nabout 🙂 Brexit\nand then\n  Scottish\n  Independence!';
    const [finding] = engine.check({ text }).findings;
    expect(finding!.spans).toHaveLength(2);
    for (const span of finding!.spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    const [brexit, independence] = finding!.spans;
    // Columns count UTF-16 units: the emoji takes two.
    expect(brexit).toMatchObject({ text: 'Brexit', start: 21, line: 2, column: 10, endLine: 2, endColumn: 16 });
    expect(independence).toMatchObject({ text: 'Scottish\n  Independence', line: 4, column: 3, endLine: 5, endColumn: 15 });
  });

  it('carry the evidence: source, term, normalised form, and the span it belongs to', () => {
    const engine = load(packWith({ id: 'r', when: has('topics') }));
    const finding = engine.check({ text: 'Well, BREXIT…' }).findings[0]!;
    expect(finding.evidence).toEqual([
      { kind: 'terms', source: 'topics', matched: 'brexit', normalised: 'brexit', span: 0 },
    ]);
    expect(finding.spans[0]!.text).toBe('BREXIT');
  });

  it('fill in {match}, {matches}, {count} and {term}', () => {
    const engine = load(packWith({
      id: 'r',
      when: has('topics'),
      message: 'First {match}; all {matches}; {count} places; term {term}; {unknown} stays',
      suggestion: 'Remove {match}',
    }));
    const finding = engine.check({ text: 'BREXIT, abortion and brexit again' }).findings[0]!;
    expect(finding.message).toBe('First BREXIT; all BREXIT, abortion; 3 places; term brexit; {unknown} stays');
    expect(finding.suggestions).toEqual([{ message: 'Remove BREXIT' }]);
  });

  it('fill {match} from the field value for rules on fields only', () => {
    const finding = load(basicPack()).check({ text: 'Thanks', inReplyTo: { kind: 'journalist' } }).findings[0]!;
    expect(finding.rule).toBe('media-enquiry');
    expect(finding.message).toBe('Refer journalists to the media team');
    expect(finding.spans).toEqual([]);
    expect(finding.evidence).toEqual([{ kind: 'field', source: 'inReplyTo.kind', matched: 'journalist' }]);
  });

  it('turn a detector replacement into an edit suggestion', () => {
    const engine = load(packWith({ id: 'r', when: has('hashtag', 'text', 'detector') }));
    const finding = engine.check({ text: 'Go\n#TeamGB' }).findings[0]!;
    expect(finding.suggestions).toEqual([{
      message: 'Replace `#TeamGB` with `TeamGB`',
      span: finding.spans[0],
      replacement: 'TeamGB',
    }]);
    expect(finding.evidence[0]).toEqual({ kind: 'detector', source: 'hashtag', matched: 'hashtag #TeamGB', confidence: 0.95, span: 0 });
  });

  it('copy the rule: pack, severity, tags, advice and citation', () => {
    const finding = load(basicPack()).check({ text: 'Brexit' }).findings.find((f) => f.rule === 'political-controversy')!;
    expect(finding).toMatchObject({
      pack: 'test.basic',
      severity: 'review',
      tags: ['political'],
      advice: 'Leave politically controversial issues alone',
      citation: { source: 'Test guidance', section: 3, paragraph: 4 },
    });
  });

  it('are sorted by field (text first), then start, then rule id', () => {
    const engine = load(packWith(
      { id: 'z-title', when: has('topics', 'title') },
      { id: 'y-late', when: has('leaks') },
      { id: 'b-early', when: has('topics') },
      { id: 'a-early', when: has('topics') },
      { id: 'field-only', when: { op: 'is', field: 'capacity', value: 'personal' } },
    ));
    const report = engine.check({ title: 'Brexit', text: 'Brexit then a leak' });
    expect(report.findings.map((f) => f.rule)).toEqual(['a-early', 'b-early', 'y-late', 'z-title', 'field-only']);
  });
});
