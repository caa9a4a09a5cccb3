import { describe, expect, it } from 'vitest';
import { idNumberDetector } from '../../../src/detectors/personal-data/id-number.js';
import { confidenceOf, found } from './helpers.js';

describe('id-number', () => {
  it('finds identity and reference numbers right after their names', () => {
    expect(found(idNumberDetector, 'My employee ID is EMP5694, for the work device setup.')).toEqual(['EMP5694']);
    expect(found(idNumberDetector, 'My purchase history includes order #ORD12345 from last month')).toEqual(['ORD12345']);
    expect(found(idNumberDetector, 'The transaction ID is TXN-456789, check the status.')).toEqual(['TXN-456789']);
    expect(found(idNumberDetector, 'My tax ID is 98-157845411.')).toEqual(['98-157845411']);
  });

  it('ignores the names of identifiers without a value, years, dates and short numbers', () => {
    for (const text of ['What is the ID for tracking the order status?', 'The order of 2019 was better', 'claim on 01/02/2020', 'my account has 12 items', 'case 123']) {
      expect(found(idNumberDetector, text), text).toEqual([]);
    }
  });

  it('scores placeholder values below 0.5', () => {
    expect(confidenceOf(idNumberDetector, 'policy number 0000000', '0000000')).toBeLessThan(0.5);
    expect(confidenceOf(idNumberDetector, 'your reference looks like REF123456', 'REF123456')).toBeLessThan(0.5);
  });
});
