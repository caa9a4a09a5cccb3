import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/text/normalise.js';

const norm = (s: string): string => normalise(s).text;

describe('normalise', () => {
  it('lower-cases and turns every run of non-word characters into one space', () => {
    expect(norm('  Hello,   World!! ')).toBe('hello world');
    expect(norm('a\t\n\r b')).toBe('a b');
    expect(norm('🙂🙂 wow 🎉')).toBe('wow');
    expect(norm('')).toBe('');
    expect(norm('!!! ...')).toBe('');
  });

  it('folds compatibility forms: fullwidth, ligatures, mathematical and circled letters', () => {
    expect(norm('ＢＲＥＸＩＴ')).toBe('brexit');
    expect(norm('ﬁne')).toBe('fine');
    expect(norm('𝐁𝐫𝐞𝐱𝐢𝐭')).toBe('brexit');
    expect(norm('𝔟𝔯𝔢𝔵𝔦𝔱')).toBe('brexit');
    expect(norm('ⓑⓡⓔⓧⓘⓣ')).toBe('brexit');
  });

  it('case-folds beyond lower case', () => {
    expect(norm('Straße STRAẞE')).toBe('strasse strasse');
    expect(norm('ΟΔΟΣ')).not.toContain('Σ');
  });

  it('removes diacritics, precomposed or combining', () => {
    expect(norm('café')).toBe('cafe');
    expect(norm('cafe\u0301')).toBe('cafe');
    expect(norm('naïve Zürich')).toBe('naive zurich');
  });

  it('removes zero-width, bidi and format controls inside words', () => {
    expect(norm('bre\u200Bxit')).toBe('brexit');
    expect(norm('b\u200Cr\u200De\u2060x\uFEFFi\u00ADt')).toBe('brexit');
    expect(norm('\u202Ebrexit\u202C')).toBe('brexit');
    expect(norm('br\u2066ex\u2069it')).toBe('brexit');
  });

  it('maps confusable look-alikes from other scripts to ASCII letters', () => {
    expect(norm('Вrехit')).toBe('brexit');
    expect(norm('рarty')).toBe('party');
  });

  it('keeps trade mark and similar signs from gluing letters onto a word', () => {
    expect(norm('Brexit™ and Acme℠')).toBe('brexit and acme');
  });

  it('does not let the look-alike data rewrite currency signs or emoji', () => {
    expect(norm('£350m')).toBe('350m');
    expect(norm('I ❤ UK')).toBe('i uk');
  });

  it('reads leetspeak inside words but leaves numbers alone', () => {
    expect(norm('br3x1t')).toBe('brexit');
    expect(norm('h@te')).toBe('hate');
    expect(norm('$tupid')).toBe('stupid');
    expect(norm('5tupid')).toBe('stupid');
    expect(norm('£350m in 2024')).toBe('350m in 2024');
    expect(norm('covid19 1st 10k')).toBe('covid19 1st 10k');
  });

  it('treats @, # and trailing ! as separators, not letters', () => {
    expect(norm('@Brexit #Brexit stupid!!!')).toBe('brexit brexit stupid');
  });

  it('joins spaced-out letters but not ordinary short words', () => {
    expect(norm('b r e x i t')).toBe('brexit');
    expect(norm('b.r.e.x.i.t')).toBe('brexit');
    expect(norm('b-r-e-x-i-t vote')).toBe('brexit vote');
    expect(norm('b_r_e_x_i_t')).toBe('brexit');
    expect(norm('b*r*e*x*i*t')).toBe('brexit');
    expect(norm('I am a teacher')).toBe('i am a teacher');
    expect(norm('U.K.')).toBe('uk');
    expect(norm('b r.e x')).toBe('b r e x');
  });

  it('maps every normalised unit back to the original character it came from', () => {
    const n = normalise('Ｃafé, bre\u200Bxit');
    expect(n.text).toBe('cafe brexit');
    expect(n.starts.length).toBe(n.text.length);
    expect(n.ends.length).toBe(n.text.length);
    expect(Array.from(n.starts)).toEqual([0, 1, 2, 3, 4, 6, 7, 8, 10, 11, 12]);
    expect(Array.from(n.ends)).toEqual([1, 2, 3, 4, 6, 7, 8, 9, 11, 12, 13]);
  });

  it('gives combining marks to the letter before them', () => {
    const n = normalise('e\u0301\u0301x');
    expect(n.text).toBe('ex');
    expect(n.ends[0]).toBe(3);
    expect(n.starts[1]).toBe(3);
  });

  it('keeps astral letters whole and maps them to the surrogate pair', () => {
    const n = normalise('a 𠀀b');
    expect(n.text).toBe('a 𠀀b');
    expect(n.starts[2]).toBe(2);
    expect(n.ends[3]).toBe(4);
  });

  it('handles lone surrogates without throwing', () => {
    expect(norm('a\uD800b \uDC00c')).toBe('a b c');
  });
});
