import { describe, expect, it } from 'vitest';
import { streetAddressDetector } from '../../../src/detectors/personal-data/street-address.js';
import { tokenise } from '../../../src/detectors/personal-data/shared/tokens.js';
import { confidenceOf, found } from './helpers.js';

describe('street-address', () => {
  it('tokenises words, numbers, codes and punctuation with offsets', () => {
    const tokens = tokenise("12a O'Brien St., SW1A\n\nUK");
    expect(tokens.map((t) => [t.kind, t.low])).toEqual([
      ['number', '12a'], ['word', "o'brien"], ['word', 'st'], ['punct', '.'], ['punct', ','], ['alnum', 'sw1a'], ['break', '\n'], ['word', 'uk'],
    ]);
    expect(tokens[1]!.start).toBe(4);
  });

  it('finds British and American addresses with town, postcode, state and ZIP', () => {
    expect(found(streetAddressDetector, 'My neighbour lives at 14 Crown Street, Leeds LS1 4AP and is lovely.')).toEqual(['14 Crown Street, Leeds LS1 4AP']);
    expect(found(streetAddressDetector, 'Ship the replacement to 742 Evergreen Terrace, Springfield, IL 62704, attention to me.')).toEqual([
      '742 Evergreen Terrace, Springfield, IL 62704',
    ]);
    expect(found(streetAddressDetector, 'Flat 3, 12a Mill Lane, Bristol')).toEqual(['Flat 3, 12a Mill Lane, Bristol']);
  });

  it('finds international shapes: street words of other languages, units and military addresses', () => {
    expect(found(streetAddressDetector, 'I once lived in 41086 Kiannonkatu 98 Suite 464 OULU Finland 80896.')).toEqual(['41086 Kiannonkatu 98 Suite 464 OULU Finland 80896']);
    expect(found(streetAddressDetector, 'The office is at Rue de Rivoli 12, Paris')).toEqual(['Rue de Rivoli 12, Paris']);
    expect(found(streetAddressDetector, 'We met at Király u. 15.')).toEqual(['Király u. 15']);
    expect(found(streetAddressDetector, 'Please return to PSC 2581, Box 0041 APO AP 32376 in case of an issue.')).toEqual(['PSC 2581, Box 0041 APO AP 32376']);
    expect(found(streetAddressDetector, 'Send it to 26 rue de Tanger, Tunis')).toEqual(['26 rue de Tanger, Tunis']);
  });

  it('needs address words for a bare name and number', () => {
    expect(found(streetAddressDetector, 'He lives on Joaquin Suarez 2906.')).toEqual(['Joaquin Suarez 2906']);
    expect(found(streetAddressDetector, 'Joaquin Suarez 2906 scored twice')).toEqual([]);
  });

  it('does not take dates, ranks, verses, scores or amounts for addresses', () => {
    for (const text of [
      'See you on October 15th at the match', 'Psalm 118:26 says', 'Top 5 excuses #1 Racism #2 Sexism #3 Russia',
      'Est 32,000 people', 'Windows 10 is out', 'Jurassic Park 3 was bad', 'We walked 5 miles down the road', 'It is open 24/7 Wall St style',
      'The 2nd Jurassic Park film',
    ]) {
      expect(found(streetAddressDetector, text), text).toEqual([]);
    }
  });

  it('scores well-known public addresses and examples below 0.5', () => {
    expect(confidenceOf(streetAddressDetector, 'Meeting at 10 Downing Street today', '10 Downing Street')).toBeLessThan(0.5);
    expect(found(streetAddressDetector, 'Write your address, e.g. 1 High Street, Anytown')).toEqual([]);
    expect(found(streetAddressDetector, 'Meeting at 10 Dowling Street today')).toEqual(['10 Dowling Street']);
  });
});
