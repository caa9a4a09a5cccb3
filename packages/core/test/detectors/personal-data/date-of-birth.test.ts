import { describe, expect, it } from 'vitest';
import { dateOfBirthDetector } from '../../../src/detectors/personal-data/date-of-birth.js';
import { dateAt } from '../../../src/detectors/personal-data/shared/dates.js';
import { confidenceOf, found } from './helpers.js';

describe('date-of-birth', () => {
  it('reads dates in the usual written forms', () => {
    for (const date of ['01/02/1990', '1.2.90', '1990-02-01', '3 March 1985', '3rd of March, 1985', 'March 3rd, 1985', '12-31-1999']) {
      expect(dateAt(date, 0), date).toBe(date.length);
    }
    for (const notDate of ['32/13/1990', '1990-13-01', '12/12', 'March 1985']) expect(dateAt(notDate, 0), notDate).toBe(0);
  });

  it('finds a date right after birth words', () => {
    expect(found(dateOfBirthDetector, 'DOB: 01/02/1990, NI number to follow')).toEqual(['01/02/1990']);
    expect(found(dateOfBirthDetector, 'She was born on 3 March 1985 in Leeds')).toEqual(['3 March 1985']);
    expect(found(dateOfBirthDetector, 'My date of birth is 1990-02-01.')).toEqual(['1990-02-01']);
  });

  it('ignores dates without birth words', () => {
    expect(found(dateOfBirthDetector, 'The meeting is on 01/02/1990.')).toEqual([]);
    expect(found(dateOfBirthDetector, 'born in the 1990s')).toEqual([]);
  });

  it('scores example dates below 0.5', () => {
    expect(confidenceOf(dateOfBirthDetector, 'Enter your date of birth, e.g. 01/02/1990', '01/02/1990')).toBeLessThan(0.5);
  });
});
