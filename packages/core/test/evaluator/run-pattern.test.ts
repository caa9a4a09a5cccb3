import { describe, expect, it } from 'vitest';
import { runPattern } from '../../src/evaluator/run-pattern.js';
import { MAX_PATTERN_MATCHES } from '../../src/evaluator/limits.js';

describe('runPattern', () => {
  it('finds every match over the original text and keeps no state between runs', () => {
    const regex = /ref-[0-9]+/gi;
    const first = runPattern(regex, 'REF-1 and ref-22');
    expect(first.matches.map((m) => [m.start, m.end, m.matched])).toEqual([[0, 5, 'REF-1'], [10, 16, 'ref-22']]);
    expect(runPattern(regex, 'REF-1 and ref-22')).toEqual(first);
    expect(regex.lastIndex).toBe(0);
  });

  it('moves past empty matches, by whole code points with the u flag', () => {
    expect(runPattern(/x*/g, 'ab xx c').matches.map((m) => m.matched)).toEqual(['xx']);
    expect(runPattern(/(?:)/gu, '🙂🙂').matches).toEqual([]);
  });

  it('stops at the match limit and says so', () => {
    const result = runPattern(/a/g, 'a'.repeat(MAX_PATTERN_MATCHES + 5));
    expect(result.matches).toHaveLength(MAX_PATTERN_MATCHES);
    expect(result.truncated).toBe(true);
    expect(runPattern(/a/g, 'aaa').truncated).toBe(false);
  });
});
