import { describe, expect, it } from 'vitest';
import { ASCII_SKELETON, FIRST_EXTRA_SYMBOL, SEP_SYMBOL } from '../../src/text/skeleton.js';
import { termSkeleton } from '../../src/text/term-skeleton.js';

const sym = (ch: string) => ASCII_SKELETON[ch.charCodeAt(0)]!;

describe('termSkeleton', () => {
  it('squeezes runs of one symbol and records where each starts', () => {
    expect(termSkeleton('good god', new Map())).toEqual({
      symbols: [sym('g'), sym('o'), sym('d'), SEP_SYMBOL, sym('g'), sym('o'), sym('d')],
      runs: [0, 1, 3, 4, 5, 6, 7],
    });
  });

  it('puts look-alike leet characters in one class', () => {
    expect(sym('i')).toBe(sym('l'));
    expect(sym('1')).toBe(sym('i'));
    expect(sym('0')).toBe(sym('o'));
    expect(sym('2')).not.toBe(sym('z'));
    expect(termSkeleton('ill', new Map()).symbols).toEqual([sym('i')]);
  });

  it('gives each non-ASCII character its own id, shared through extras', () => {
    const extras = new Map<number, number>();
    const a = termSkeleton('中文中', extras);
    const b = termSkeleton('文𠀀', extras);
    expect(a.symbols).toEqual([FIRST_EXTRA_SYMBOL, FIRST_EXTRA_SYMBOL + 1, FIRST_EXTRA_SYMBOL]);
    expect(b).toEqual({ symbols: [FIRST_EXTRA_SYMBOL + 1, FIRST_EXTRA_SYMBOL + 2], runs: [0, 1] });
  });
});
