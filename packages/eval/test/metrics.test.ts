import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM module without type declarations
import { addPost, emptyCounts, scores, spanCounts, spanScores } from '../src/metrics.mjs';
// @ts-expect-error: plain ESM module without type declarations
import { buildScorers } from '../src/scorers.mjs';
// @ts-expect-error: plain ESM module without type declarations
import { renderMarkdown } from '../src/report.mjs';

describe('evaluation metrics', () => {
  it('counts posts into a confusion table and derives precision, recall and F1', () => {
    const counts = emptyCounts();
    for (const [expected, flagged] of [[true, true], [true, true], [true, false], [false, true], [false, false], [false, false]] as const) addPost(counts, expected, flagged);
    expect(counts).toEqual({ tp: 2, fp: 1, fn: 1, tn: 2 });
    const s = scores(counts);
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo(2 / 3);
    expect(s.posts).toBe(6);
  });

  it('reports n/a (null) rather than 0 when a score has no denominator', () => {
    expect(scores({ tp: 0, fp: 0, fn: 0, tn: 5 })).toEqual({ precision: null, recall: null, f1: null, posts: 5 });
  });

  it('matches spans by overlap, per gold type', () => {
    const gold = [{ type: 'EMAIL_ADDRESS', start: 0, end: 10 }, { type: 'PHONE_NUMBER', start: 20, end: 30 }];
    const predicted = [{ start: 2, end: 5 }, { start: 40, end: 45 }];
    const c = spanCounts(gold, predicted);
    expect(c).toMatchObject({ predicted: 2, predictedCorrect: 1, gold: 2, goldFound: 1 });
    expect(c.foundByType).toEqual({ EMAIL_ADDRESS: 1 });
    expect(spanScores(c)).toMatchObject({ precision: 0.5, recall: 0.5 });
  });

  it('builds a scorer per category from a detector registry and reports missing detectors', () => {
    const detector = {
      name: 'digits',
      options: { parse: (o: { minConfidence: number }) => o },
      detect: (input: { text: string }) => (/\d/.test(input.text) ? [{ start: 0, end: 1, confidence: 0.7, label: 'digit' }, { start: 1, end: 2, confidence: 0.3, label: 'weak' }] : []),
    };
    const { scorers, missing } = buildScorers(new Map([['digits', detector]]), {
      numbers: { detectors: ['digits'], minConfidence: 0.5 },
      offensive: { detectors: ['profanity'], minConfidence: 0.5 },
    });
    expect(scorers.get('numbers').run({ text: '42' }).map((m: { label: string }) => m.label)).toEqual(['digit']);
    expect(scorers.get('numbers').run({ text: 'none' })).toEqual([]);
    expect(missing).toEqual([{ category: 'offensive', detectors: ['profanity'] }]);
  });

  it('renders tables with the commit, date and counts', () => {
    const md = renderMarkdown({
      corpora: '../shared/corpora', commit: 'abc123', dirty: false, date: '2025-01-01', detectorSource: '@propriety/core',
      categories: [{ category: 'personal_data', detectors: ['personal-data'], minConfidence: 0.5, files: [{ file: 'x', counts: { tp: 1, fp: 0, fn: 1, tn: 2 } }], total: { tp: 1, fp: 0, fn: 1, tn: 2 } }],
      notScored: [], spans: undefined, timing: [{ file: 'x', posts: 4, chars: 40, seconds: 0.01 }],
    });
    expect(md).toContain('`abc123`');
    expect(md).toContain('2025-01-01');
    expect(md).toContain('| `x` | 4 | 1.000 | 0.500 | 0.667 | 1 | 0 | 1 | 2 |');
  });
});
