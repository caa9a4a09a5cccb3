import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectAddresses, streetAddressDetector } from '../../../src/detectors/personal-data/street-address.js';
import { tokenise, tokeniseFrom, type Token } from '../../../src/detectors/personal-data/shared/tokens.js';
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

describe('street-address in blocks of tokens', () => {
  // Address-shaped material, so that pieces, extensions and merges fall across block edges.
  const part = fc.constantFrom(
    '14', '221B', '742', '3', '62704', '80896', '2906', '1999', 'Crown', 'Street', 'St', 'Road', 'Rd.', 'Lane', 'Evergreen', 'Terrace',
    'Kiannonkatu', 'Rue', 'de', 'Rivoli', 'Apt', 'Suite', 'Flat', 'PO', 'Box', 'P.O.', 'PSC', 'APO', 'AP', 'Springfield', 'IL', 'Leeds',
    'LS1', '4AP', 'SW1A', '1AA', 'Finland', 'United', 'Kingdom', 'and', '&', ',', '.', ';', '|', 'lives', 'at', 'the', 'corner', 'of',
    'address', 'Main', 'Joaquin', 'Suarez', 'e.g.', 'October', '15th', '24/7', 'Downing', '10',
  );
  const gap = fc.constantFrom(' ', ' ', ' ', '\n', ', ', '\n\n', ' \n ', '\t', ' , ', ' and ', ' & ', ' . ', ', , ,', ' , , , , ');
  const address = fc.constantFrom(
    'lives at 14 Crown Street, Leeds LS1 4AP', '742 Evergreen Terrace, Springfield, IL 62704', 'Flat 3, 12a Mill Lane, Bristol',
    'Kiannonkatu 98 Suite 464 OULU Finland 80896', 'Rue de Rivoli 12, Paris', 'PSC 2581, Box 0041 APO AP 32376', 'He lives on Joaquin Suarez 2906',
    'corner of Main St and 5th', 'PO Box 12', 'Springfield, IL 62704', '10 Downing Street', 'address: 3 4 Mill Road',
  );
  const text = fc
    .array(fc.tuple(fc.oneof(part, address), gap), { minLength: 0, maxLength: 1200 })
    .map((pairs) => pairs.map(([p, g]) => p + g).join(''));

  it('joins two parts of an address across at most three joiners', () => {
    expect(found(streetAddressDetector, 'She lives at 14 Crown Street and and and 9 Mill Lane today')).toEqual(['14 Crown Street and and and 9 Mill Lane']);
    expect(found(streetAddressDetector, 'She lives at 14 Crown Street and and and and 9 Mill Lane today')).toEqual(['14 Crown Street', '9 Mill Lane']);
    expect(found(streetAddressDetector, 'She lives at 14 Crown Street and & 9 Mill Lane today')).toEqual(['14 Crown Street and & 9 Mill Lane']);
  });

  it('finds the same addresses whatever the block size', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 150, max: 400 }), (t, block) => {
        expect(detectAddresses(t, 0, block)).toEqual(detectAddresses(t, 0, Number.MAX_SAFE_INTEGER));
      }),
      { numRuns: 150 },
    );
  });

  it('finds the same addresses in blocks when addresses and their joins sit on every block edge', () => {
    const line = 'She lives at 14 Crown Street , , , Leeds LS1 4AP and Flat 3, 12a Mill Lane, Bristol & PO Box 12 . Springfield, IL 62704\n';
    const t = line.repeat(120);
    const whole = detectAddresses(t, 0, Number.MAX_SAFE_INTEGER);
    expect(whole.length).toBeGreaterThan(100);
    for (let block = 150; block < 190; block++) expect(detectAddresses(t, 0, block)).toEqual(whole);
  });

  it('reads the tokens of a text in blocks as tokenise reads them whole', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.integer({ min: 1, max: 20 }), (t, block) => {
        const blocks: Token[] = [];
        let next = 0;
        for (;;) {
          const read = tokeniseFrom(t, next, block);
          if (read.tokens.length === 0) break;
          blocks.push(...read.tokens);
          next = read.next;
        }
        expect(blocks).toEqual(tokenise(t));
      }),
      { numRuns: 500 },
    );
  });
});
