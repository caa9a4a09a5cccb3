import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM module without type declarations
import { addCounts, addPost, emptyCounts, f1AgainstBest, scores, spanCounts, spanScores } from '../src/metrics.mjs';

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
    expect(scores({ tp: 0, fp: 0, fn: 0, tn: 5 })).toEqual({ precision: null, recall: null, f1: null, fpRate: 0, posts: 5 });
  });

  it('does not report a precision on a set with no negative posts, where it would be 1 whatever was flagged', () => {
    const s = scores({ tp: 80, fp: 0, fn: 20, tn: 0 });
    expect(s.precision).toBeNull();
    expect(s.f1).toBeNull();
    expect(s.fpRate).toBeNull();
    expect(s.recall).toBeCloseTo(0.8);
  });

  it('gives the false-positive rate as the share of negative posts flagged', () => {
    expect(scores({ tp: 3, fp: 5, fn: 1, tn: 95 }).fpRate).toBeCloseTo(0.05);
  });

  it('keeps every post in exactly one cell of the confusion table', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.boolean()), { maxLength: 200 }), (posts) => {
        const counts = emptyCounts();
        for (const [expected, flagged] of posts) addPost(counts, expected, flagged);
        expect(counts.tp + counts.fp + counts.fn + counts.tn).toBe(posts.length);
        expect(counts.tp + counts.fn).toBe(posts.filter(([e]) => e).length);
        expect(counts.tp + counts.fp).toBe(posts.filter(([, f]) => f).length);
        const s = scores(counts);
        for (const x of [s.precision, s.recall, s.f1, s.fpRate]) {
          if (x === null) continue;
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('adds confusion tables cell by cell', () => {
    expect(addCounts({ tp: 1, fp: 2, fn: 3, tn: 4 }, { tp: 10, fp: 20, fn: 30, tn: 40 })).toEqual({ tp: 11, fp: 22, fn: 33, tn: 44 });
  });

  it('compares F1 with the best baseline and names it', () => {
    const own = { tp: 8, fp: 2, fn: 2, tn: 88 }; // F1 0.8
    const baselines = [
      { name: 'weak', counts: { tp: 4, fp: 1, fn: 6, tn: 89 } },
      { name: 'strong', counts: { tp: 6, fp: 2, fn: 4, tn: 88 } }, // F1 0.667
      { name: 'silent', counts: { tp: 0, fp: 0, fn: 10, tn: 90 } }, // no F1
    ];
    const vs = f1AgainstBest(own, baselines);
    expect(vs.best.name).toBe('strong');
    expect(vs.best.f1).toBeCloseTo(2 / 3);
    expect(vs.delta).toBeCloseTo(0.8 - 2 / 3);
    expect(f1AgainstBest(own, [])).toEqual({ best: null, delta: null });
  });

  it('matches spans by overlap, per gold type', () => {
    const gold = [{ type: 'EMAIL_ADDRESS', start: 0, end: 10 }, { type: 'PHONE_NUMBER', start: 20, end: 30 }];
    const predicted = [{ start: 2, end: 5 }, { start: 40, end: 45 }];
    const c = spanCounts(gold, predicted);
    expect(c).toMatchObject({ predicted: 2, predictedCorrect: 1, gold: 2, goldFound: 1 });
    expect(c.foundByType).toEqual({ EMAIL_ADDRESS: 1 });
    expect(spanScores(c)).toMatchObject({ precision: 0.5, recall: 0.5 });
  });
});
