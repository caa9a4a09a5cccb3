import { describe, expect, it } from 'vitest';
import type { Hit } from '../../src/evaluator/conditions/outcome.js';
import { buildFinding } from '../../src/findings/build-finding.js';
import { makeSpan } from '../../src/findings/make-span.js';
import type { RuleIR } from '../../src/ir/schema.js';
import { lineColumn } from '../../src/text/locate.js';

const texts: Record<string, string> = { text: 'ab #Tag cd\nBrexit', title: 'Brexit' };
const spanOf = (field: string, start: number, end: number) =>
  makeSpan(field, texts[field]!, start, end, lineColumn(texts[field]!));

const rule: RuleIR = {
  id: 'r', severity: 'review', tags: ['t'], message: '{count}: {matches} ({term})', suggestion: 'Drop {match}',
  when: { op: 'exists', field: 'text' }, pack: 'p',
};

const hit = (field: string, start: number, end: number, extra: Partial<Hit> = {}): Hit =>
  ({ field, start, end, kind: 'terms', source: 'topics', matched: 'brexit', normalised: 'brexit', ...extra });

describe('buildFinding', () => {
  it('makes one span per place, sorted, with evidence pointing at it', () => {
    const finding = buildFinding(rule, [
      hit('title', 0, 6),
      hit('text', 11, 17),
      hit('text', 3, 7, { kind: 'detector', source: 'hashtag', matched: 'hashtag #Tag', normalised: undefined, confidence: 0.95, replacement: 'Tag' }),
      hit('text', 11, 17),
    ], [{ field: 'capacity', value: 'personal' }], spanOf);
    expect(finding.spans.map((s) => [s.field, s.text, s.line, s.column])).toEqual([
      ['text', '#Tag', 1, 4], ['text', 'Brexit', 2, 1], ['title', 'Brexit', 1, 1],
    ]);
    expect(finding.evidence).toEqual([
      { kind: 'detector', source: 'hashtag', matched: 'hashtag #Tag', confidence: 0.95, span: 0 },
      { kind: 'terms', source: 'topics', matched: 'brexit', normalised: 'brexit', span: 1 },
      { kind: 'terms', source: 'topics', matched: 'brexit', normalised: 'brexit', span: 2 },
      { kind: 'field', source: 'capacity', matched: 'personal' },
    ]);
    expect(finding.message).toBe('3: #Tag, Brexit (brexit)');
    expect(finding.suggestions).toEqual([
      { message: 'Drop #Tag' },
      { message: 'Replace `#Tag` with `Tag`', span: finding.spans[0], replacement: 'Tag' },
    ]);
  });

  it('suggests removing when the replacement is empty', () => {
    const finding = buildFinding({ ...rule, suggestion: undefined }, [hit('text', 3, 7, { kind: 'detector', replacement: '' })], [], spanOf);
    expect(finding.suggestions).toEqual([{ message: 'Remove `#Tag`', span: finding.spans[0], replacement: '' }]);
  });
});
