import { describe, expect, it } from 'vitest';
import { DIGIT, DROP, LETTER, MARK, SEP } from '../../src/text/char-class.js';
import { ASCII_CLASS, ASCII_FOLD, foldCodePoint } from '../../src/text/fold-code-point.js';

const fold = (ch: string) => {
  const f = foldCodePoint(ch.codePointAt(0)!);
  return [f.out, Array.from(f.classes)];
};

describe('foldCodePoint', () => {
  it('decomposes, strips marks and lower-cases', () => {
    expect(fold('É')).toEqual(['e', [LETTER]]);
    expect(fold('ﬃ')).toEqual(['ffi', [LETTER, LETTER, LETTER]]);
    expect(fold('ẞ')).toEqual(['ss', [LETTER, LETTER]]);
    expect(fold('𝒜')).toEqual(['a', [LETTER]]);
  });

  it('maps look-alike letters and letter-like symbols through the confusables data', () => {
    expect(fold('В')).toEqual(['b', [LETTER]]);
    expect(fold('🅱')).toEqual(['b', [LETTER]]);
    expect(fold('З')).toEqual(['3', [DIGIT]]);
  });

  it('keeps currency, emoji and flag letters as separators', () => {
    expect(fold('€')).toEqual(['€', [SEP]]);
    expect(fold('❤')).toEqual(['❤', [SEP]]);
    expect(fold('🇬')[1]).toEqual([SEP, SEP]);
  });

  it('drops format controls and invisible fillers; flags combining marks', () => {
    for (const ch of ['\u200B', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u202E', '\u3164', '\u{E0041}']) expect(fold(ch)).toEqual(['', [DROP]]);
    expect(fold('\u0301')).toEqual(['', [MARK]]);
    expect(fold('\uFE0F')).toEqual(['', [MARK]]);
  });

  it('keeps letters of other scripts as letters', () => {
    expect(fold('中')).toEqual(['中', [LETTER]]);
    expect(fold('ж')).toEqual(['ж', [LETTER]]);
  });

  it('caches one result per code point', () => {
    expect(foldCodePoint(0xe9)).toBe(foldCodePoint(0xe9));
  });

  it('has ASCII tables that lower-case letters and classify the rest', () => {
    expect(String.fromCharCode(ASCII_FOLD['Q'.charCodeAt(0)]!)).toBe('q');
    expect(ASCII_CLASS['7'.charCodeAt(0)]).toBe(DIGIT);
    expect(ASCII_CLASS[','.charCodeAt(0)]).toBe(SEP);
  });
});
