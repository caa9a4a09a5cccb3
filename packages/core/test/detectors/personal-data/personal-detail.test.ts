import { describe, expect, it } from 'vitest';
import { personalDetailDetector } from '../../../src/detectors/personal-data/personal-detail.js';
import { found, run } from './helpers.js';

describe('personal-detail', () => {
  it('finds stated personal attributes with their values', () => {
    expect(found(personalDetailDetector, 'My salary is $85,000 per year, for the eligibility.')).toEqual(['$85,000']);
    expect(found(personalDetailDetector, 'For the form, my place of birth is New York City, USA.')).toEqual(['New York City']);
    expect(run(personalDetailDetector, 'Her diagnosis is type 2 diabetes.')[0]!.label).toBe('health information');
    expect(found(personalDetailDetector, "My mother's maiden name is Davis, as per the setup.")).toEqual(['Davis']);
  });

  it('ignores questions, refusals and attributes without a possessor', () => {
    for (const text of [
      'What is the salary requirement for eligibility?', 'My salary is not your business', 'Is my credit score 750?',
      'The salary is 30000', 'My rent is due on Friday', 'my age is showing',
    ]) {
      expect(found(personalDetailDetector, text), text).toEqual([]);
    }
  });
});
