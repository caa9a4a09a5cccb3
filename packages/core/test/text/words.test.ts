import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/text/normalise.js';
import { wordIndexAt } from '../../src/text/words.js';

describe('wordIndexAt', () => {
  const text = normalise('Hello, big  world!');

  it('gives the word containing the offset', () => {
    expect(wordIndexAt(text, 0)).toBe(0);
    expect(wordIndexAt(text, 4)).toBe(0);
    expect(wordIndexAt(text, 7)).toBe(1);
    expect(wordIndexAt(text, 13)).toBe(2);
  });

  it('gives the next word for an offset between words', () => {
    expect(wordIndexAt(text, 5)).toBe(1);
    expect(wordIndexAt(text, 10)).toBe(2);
  });

  it('gives the word count past the last word', () => {
    expect(wordIndexAt(text, 17)).toBe(3);
    expect(wordIndexAt(normalise(''), 0)).toBe(0);
  });
});
