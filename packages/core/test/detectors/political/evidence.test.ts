import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { halfAmount, onePerFamily, prefixEvidence, WINDOW_WORDS } from '../../../src/detectors/political/evidence.js';

describe('prefixEvidence', () => {
  it('adds up any window as independent evidence, 1 - Π(1 - x)', () => {
    const item = fc.record({ word: fc.integer({ min: 0, max: 19 }), amount: fc.double({ min: 0, max: 0.9, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 15 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), (items, x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        const sums = prefixEvidence(20, items);
        const fromSums = 1 - Math.exp(-(sums[b]! - sums[a]!));
        const direct = 1 - items.filter((i) => i.word >= a && i.word < b).reduce((p, i) => p * (1 - i.amount), 1);
        expect(fromSums).toBeCloseTo(direct, 9);
      }),
      { numRuns: 300 },
    );
  });
});

describe('halfAmount', () => {
  it('is the amount whose evidence, counted twice, equals the whole', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.95, noNaN: true }), (c) => {
        const h = halfAmount(c);
        expect(h).toBeLessThanOrEqual(c + 1e-12);
        expect(1 - (1 - h) * (1 - h)).toBeCloseTo(c, 9);
      }),
      { numRuns: 300 },
    );
  });
});

describe('onePerFamily', () => {
  it('keeps one cue of a family per window, the strongest at a word', () => {
    const kept = onePerFamily([
      { word: 3, amount: 0.2, family: 'we' },
      { word: 3, amount: 0.5, family: 'we' },
      { word: 10, amount: 0.9, family: 'we' },
      { word: 4, amount: 0.3, family: '!' },
      { word: 3 + WINDOW_WORDS + 1, amount: 0.2, family: 'we' },
    ]);
    expect(kept).toEqual([
      { word: 3, amount: 0.5, family: 'we' },
      { word: 4, amount: 0.3, family: '!' },
      { word: 3 + WINDOW_WORDS + 1, amount: 0.2, family: 'we' },
    ]);
  });

  it('never keeps two cues of a family within a window of each other', () => {
    const item = fc.record({
      word: fc.integer({ min: 0, max: 200 }),
      amount: fc.double({ min: 0, max: 1, noNaN: true }),
      family: fc.constantFrom('a', 'b', 'c'),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), (items) => {
        const kept = onePerFamily([...items]);
        for (const f of ['a', 'b', 'c']) {
          const words = kept.filter((k) => k.family === f).map((k) => k.word);
          for (let i = 1; i < words.length; i++) expect(words[i]! - words[i - 1]!).toBeGreaterThan(WINDOW_WORDS);
          // The first cue of each family always survives.
          const first = items.filter((k) => k.family === f).map((k) => k.word).sort((x, y) => x - y)[0];
          if (first !== undefined) expect(words[0]).toBe(first);
        }
      }),
      { numRuns: 300 },
    );
  });
});
