import { describe, expect, it } from 'vitest';
import { inflections } from '../../src/text/inflect.js';

describe('inflections', () => {
  it('starts with the word itself', () => {
    expect(inflections('campaign')[0]).toBe('campaign');
  });

  it('adds -s, -ed and -ing', () => {
    expect(inflections('campaign')).toEqual(expect.arrayContaining(['campaigns', 'campaigned', 'campaigning']));
  });

  it('uses -es after sibilants and o', () => {
    expect(inflections('tax')).toEqual(expect.arrayContaining(['taxes', 'taxed', 'taxing']));
    expect(inflections('veto')).toContain('vetoes');
    expect(inflections('plan')).not.toContain('planes');
  });

  it('turns a consonant + y into ies and ied', () => {
    expect(inflections('party')).toEqual(expect.arrayContaining(['parties', 'partied', 'partying']));
    expect(inflections('party')).not.toContain('partys');
    expect(inflections('delay')).toEqual(expect.arrayContaining(['delays', 'delayed']));
  });

  it('handles a final e', () => {
    expect(inflections('hike')).toEqual(expect.arrayContaining(['hikes', 'hiked', 'hiking']));
    expect(inflections('lie')).toContain('lying');
    expect(inflections('see')).toEqual(expect.arrayContaining(['sees', 'seeing']));
  });

  it('doubles a final consonant after a short vowel', () => {
    expect(inflections('plan')).toEqual(expect.arrayContaining(['planned', 'planning']));
    expect(inflections('tax')).not.toContain('taxxed');
    expect(inflections('show')).not.toContain('showwed');
  });

  it('leaves numbers, one-letter words and non-ASCII words alone', () => {
    expect(inflections('2024')).toEqual(['2024']);
    expect(inflections('a')).toEqual(['a']);
    expect(inflections('中文')).toEqual(['中文']);
  });
});
