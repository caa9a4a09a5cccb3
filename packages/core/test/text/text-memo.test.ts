import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/text/normalise.js';
import { TextMemo } from '../../src/text/text-memo.js';

describe('TextMemo', () => {
  it('remembers the last few short texts by identity and forgets the oldest first', () => {
    const memo = new TextMemo<number>();
    const texts = [0, 1, 2, 3, 4].map((k) => normalise(`text ${k}`));
    texts.forEach((text, k) => memo.set(text, k));
    expect(memo.get(texts[0]!)).toBeUndefined();
    expect(texts.slice(1).map((text) => memo.get(text))).toEqual([1, 2, 3, 4]);
    // Equal content is not the same text.
    expect(memo.get(normalise('text 4'))).toBeUndefined();
  });

  it('keeps long texts out of the slots, so short ones are not pushed out by them', () => {
    const memo = new TextMemo<string>();
    const short = normalise('short');
    memo.set(short, 'short');
    const longs = [0, 1, 2, 3, 4].map((k) => normalise(`${k}${'x'.repeat(20_000)}`));
    longs.forEach((text, k) => memo.set(text, `long ${k}`));
    expect(memo.get(short)).toBe('short');
    expect(longs.map((text) => memo.get(text))).toEqual(['long 0', 'long 1', 'long 2', 'long 3', 'long 4']);
  });
});
