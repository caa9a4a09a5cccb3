import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimDetector } from '../../../src/detectors/claims/index.js';
import { run, spans, wellFormed } from '../offensive/run-detector.js';

function labels(text: string, options: Record<string, unknown> = {}, activity = {}): string[] {
  return run(claimDetector, text, options, 'text', activity)
    .filter((m) => m.confidence >= 0.5)
    .map((m) => m.label);
}

describe('claim', () => {
  it.each([
    ['unemployment rose 40%', 'percentage'],
    ['We send the EU £350m a week', 'money amount'],
    ['3 in 4 nurses are thinking of leaving', 'proportion'],
    ['one in five children live in poverty', 'proportion'],
    ['Crime has doubled since 2010', 'statistical change'],
    ['Knife crime is at a record high', 'record claim'],
    ['Studies show that remote work is better', 'appeal to evidence'],
    ["It's been proven that masks work", 'appeal to evidence'],
    ['Experts agree this policy works', 'appeal to evidence'],
    ['Statistics prove the scheme failed', 'appeal to evidence'],
    ['Over 10,000 jobs were lost', 'large number'],
    ['Inflation fell by 2 points', 'statistical change'],
    ['The vast majority of people agree', 'claim about most people'],
  ])('%j is an unsourced claim (%s)', (text, label) => {
    expect(labels(text)).toContain(label);
  });

  it.each([
    "I've got 99 problems",
    'See you at 3pm on the 4th',
    'In 2019 we moved to Leeds',
    'The coffee was £3',
    'Meeting at 10:30 in room 4B',
    'Happy 40th birthday!',
  ])('%j makes no claim', (text) => {
    expect(labels(text)).toEqual([]);
  });

  it('reports the figure itself as the span', () => {
    const text = 'Waiting lists grew by 40% last year';
    expect(spans(text, run(claimDetector, text))).toEqual(['40%']);
  });

  it.each([
    'Unemployment rose 40%, according to the ONS',
    'Unemployment rose 40% https://www.ons.gov.uk/employment',
    'Source: ONS. Unemployment rose 40%',
    'Unemployment rose 40% (source: Labour Force Survey)',
    'Studies show remote work is better, as reported in the BMJ',
  ])('%j is sourced, so it scores below 0.5', (text) => {
    const all = run(claimDetector, text, { minConfidence: 0 });
    expect(all.length).toBeGreaterThan(0);
    for (const m of all) {
      expect(m.confidence).toBeLessThan(0.5);
      expect(m.label).toMatch(/\(sourced\)$/);
    }
    expect(labels(text)).toEqual([]);
  });

  it('reports sourced claims at full confidence when requireUnsourced is false', () => {
    const text = 'Unemployment rose 40%, according to the ONS';
    expect(labels(text, { requireUnsourced: false })).toEqual(['percentage (sourced)']);
  });

  it('counts a link attached to the post as a source', () => {
    const attachments = [{ kind: 'link', url: 'https://www.ons.gov.uk/' }];
    expect(labels('Unemployment rose 40%', {}, { attachments })).toEqual([]);
    expect(labels('Unemployment rose 40%', {}, { attachments: [{ kind: 'image', name: 'cat.jpg' }] })).toEqual(['percentage']);
  });

  it('only counts a source nearby in a long text', () => {
    const filler = ' and then we went for a walk by the river'.repeat(10);
    expect(labels(`According to the ONS, exports fell.${filler}. Unemployment rose 40%.`)).toEqual(['percentage']);
  });

  it('does not read a word like `source` as a source unless it is written as a label', () => {
    expect(labels('A source of pride: unemployment rose 40%')).toEqual(['percentage']);
  });

  it('ignores numbers inside links', () => {
    expect(labels('Read https://example.org/report-2024/40%25')).toEqual([]);
  });

  it('validates its options', () => {
    expect(claimDetector.options.parse({})).toEqual({ minConfidence: 0.5, requireUnsourced: true });
    expect(() => claimDetector.options.parse({ requireUnsourced: 'yes' })).toThrow();
  });

  it('returns well-formed, sorted, deterministic matches for any text', () => {
    const pieces = fc.constantFrom(
      '40%', '£350m', '3 in 4', 'doubled', 'record high', 'studies show', 'according to', 'source:', 'https://a.org/1',
      '99', ' ', '. ', '1,000', 'per cent', 'é', '\u200b', '😀', '10:30', '#1', '@2',
    );
    const texts = fc.oneof(fc.string({ maxLength: 80 }), fc.array(pieces, { maxLength: 20 }).map((a) => a.join('')));
    fc.assert(
      fc.property(texts, fc.boolean(), (text, requireUnsourced) => {
        const a = run(claimDetector, text, { minConfidence: 0, requireUnsourced });
        expect(wellFormed(text, a)).toBe(true);
        for (let i = 1; i < a.length; i++) expect(a[i]!.start).toBeGreaterThanOrEqual(a[i - 1]!.end);
        expect(run(claimDetector, text, { minConfidence: 0, requireUnsourced })).toEqual(a);
      }),
      { numRuns: 400 },
    );
  });

  it('finishes on pathological 50k inputs', () => {
    const n = 50_000;
    for (const text of [
      '1'.repeat(n), '1,'.repeat(n / 2), '£'.repeat(n), '%'.repeat(n), '1 in '.repeat(n / 5), '40% '.repeat(n / 4),
      '1 a.co '.repeat(n / 7), 'a'.repeat(n), '\u200d'.repeat(n), `e${'\u0301'.repeat(n)}`, 'studies show '.repeat(n / 13),
    ]) {
      expect(wellFormed(text, run(claimDetector, text, { minConfidence: 0 }))).toBe(true);
    }
  });
});
