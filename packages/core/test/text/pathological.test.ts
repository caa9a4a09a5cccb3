import { describe, expect, it } from 'vitest';
import { compileTermMatcher } from '../../src/text/compile-term-matcher.js';
import { normalise } from '../../src/text/normalise.js';
import { wordIndexAt } from '../../src/text/words.js';

const N = 50_000;

const matcher = compileTermMatcher([
  {
    id: 'p',
    inflect: true,
    terms: ['a', 'aa', 'a a', 'ill', 'il', 'oil', 'brexit', 'i l i', '111', 'ab'].map((text) => ({ text, prefix: false })),
  },
  { id: 'q', inflect: false, terms: [{ text: 'aaa*', prefix: true }, { text: 'abab*', prefix: true }] },
]);

/** Normalises and scans, checking the offset map stays consistent. */
function run(original: string) {
  const n = normalise(original);
  expect(n.starts.length).toBe(n.text.length);
  let monotone = true;
  for (let i = 1; i < n.starts.length; i++) if (n.starts[i]! < n.starts[i - 1]! || n.ends[i]! < n.ends[i - 1]!) monotone = false;
  expect(monotone).toBe(true);
  const matches = matcher.scan(n);
  expect(matches.every((m) => m.start < m.end && m.end <= original.length)).toBe(true);
  return { n, matches };
}

describe('pathological inputs of 50,000 characters', () => {
  it('one letter repeated is one stretched word', () => {
    const { n, matches } = run('a'.repeat(N));
    expect(n.text).toBe('a'.repeat(N));
    expect(matches.map((m) => [m.term, m.start, m.end])).toEqual([
      ['a', 0, N],
      ['aa', 0, N],
      ['aaa*', 0, N],
    ]);
  });

  it('digits stay one number and match no letters', () => {
    const { n, matches } = run('1'.repeat(N));
    expect(n.text).toBe('1'.repeat(N));
    expect(n.leet).toBeUndefined();
    expect(matches).toEqual([]);
  });

  it('a.a.a. joins into one word', () => {
    const { n, matches } = run('a.'.repeat(N / 2));
    expect(n.text).toBe('a'.repeat(N / 2));
    expect(matches.map((m) => m.term)).toEqual(['a', 'aa', 'aaa*']);
  });

  it('spaced single letters join; alternating ones do not match a stretched term', () => {
    const { n, matches } = run('a b '.repeat(N / 4));
    expect(n.text).toBe('ab'.repeat(N / 4));
    expect(matches.map((m) => m.term)).toEqual(['abab*']);
  });

  it('two-letter words stay separate and are all found', () => {
    const count = Math.floor(N / 3);
    const original = 'ab '.repeat(count);
    const { n, matches } = run(original);
    expect(n.text.split(' ').length).toBe(count);
    expect(matches.filter((m) => m.term === 'ab').length).toBe(count);
    expect(wordIndexAt(n, original.length - 2)).toBe(count - 1);
  });

  it('runs of spaces, zero-width joiners and combining marks vanish', () => {
    expect(run(' '.repeat(N)).n.text).toBe('');
    expect(run('\u200D'.repeat(N)).n.text).toBe('');
    const marks = run(`a${'\u0301'.repeat(N)}b`);
    expect(marks.n.text).toBe('ab');
    expect(marks.n.ends[0]).toBe(N + 1);
  });

  it('a word of alternating look-alike i and l, and of leet ones, is handled', () => {
    expect(run(`o${'il'.repeat(N / 2)}`).matches).toEqual([]);
    const leet = run(`b${'1'.repeat(N)}t`);
    expect(leet.n.text.length).toBe(N + 2);
    expect(run(`i ${'l '.repeat(N / 2)}`).n.text).toBe(`i${'l'.repeat(N / 2)}`);
  });

  it('long runs of leet symbols and emoji are separators', () => {
    expect(run('@'.repeat(N)).n.text).toBe('');
    expect(run('😀'.repeat(N / 2)).n.text).toBe('');
    expect(run(`a${'@'.repeat(N)}b`).n.text).toBe(`a${'a'.repeat(N)}b`);
  });
});
