import { describe, expect, it } from 'vitest';
import { ukBankAccountDetector } from '../../../src/detectors/personal-data/uk-bank-account.js';
import { confidenceOf, found } from './helpers.js';

describe('uk-bank-account', () => {
  it('reports a sort code with a nearby account number as one span', () => {
    const text = 'Pay me: sort code 20-45-77, account 41526378. Thanks';
    expect(found(ukBankAccountDetector, text)).toEqual(['20-45-77, account 41526378']);
    expect(found(ukBankAccountDetector, 'acc 41526378 s/c 20 45 77')).toEqual(['41526378 s/c 20 45 77']);
  });

  it('needs banking words for a sort code or account number alone', () => {
    expect(found(ukBankAccountDetector, 'sort code 20-45-77')).toEqual(['20-45-77']);
    expect(found(ukBankAccountDetector, 'born 20-04-77 in Leeds')).toEqual([]);
    expect(found(ukBankAccountDetector, 'account number 41526378')).toEqual(['41526378']);
    expect(found(ukBankAccountDetector, 'population 41526378')).toEqual([]);
  });

  it('does not take dates or longer numbers for sort codes', () => {
    expect(found(ukBankAccountDetector, 'sort code 20-45-77-12')).toEqual([]);
    expect(found(ukBankAccountDetector, 'sort 2020-45-77 41526378')).toEqual([]);
  });

  it('scores placeholders and examples below 0.5', () => {
    expect(confidenceOf(ukBankAccountDetector, 'sort code 00-00-00 account 00000000', '00-00-00 account 00000000')).toBeLessThan(0.5);
    expect(confidenceOf(ukBankAccountDetector, 'e.g. sort code 20-45-77 account 41526378', '20-45-77 account 41526378')).toBeLessThan(0.5);
  });
});
