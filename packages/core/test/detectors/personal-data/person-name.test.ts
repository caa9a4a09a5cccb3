import { describe, expect, it } from 'vitest';
import { personNameDetector } from '../../../src/detectors/personal-data/person-name.js';
import { confidenceOf, found } from './helpers.js';

describe('person-name', () => {
  it('finds names given with a relation or a casework role', () => {
    expect(found(personNameDetector, 'My neighbour John Smith keeps parking on the pavement')).toEqual(['John Smith']);
    expect(found(personNameDetector, 'The product is for my spouse, Anna Lee Brown, add her.')).toEqual(['Anna Lee Brown']);
    expect(found(personNameDetector, 'My child’s name is Sophie Ann White, age 8')).toEqual(['Sophie Ann White']);
    expect(found(personNameDetector, 'The claimant Mrs Patel called again')).toEqual(['Mrs Patel']);
  });

  it('finds a titled name followed by personal details, and keeps initials', () => {
    expect(found(personNameDetector, 'Mr J. Bloggs lives at the end of our road')).toEqual(['Mr J. Bloggs']);
    expect(found(personNameDetector, "It's under my partner's name John A. Leiva")).toEqual(['John A. Leiva']);
  });

  it('keeps a titled name on its own, and an introduction, below 0.5', () => {
    expect(found(personNameDetector, 'Mr Johnson said the policy works')).toEqual([]);
    expect(confidenceOf(personNameDetector, 'Mr Johnson said the policy works', 'Mr Johnson')).toBeGreaterThan(0);
    expect(found(personNameDetector, 'My name is Rubija')).toEqual([]);
    expect(found(personNameDetector, 'My full name is Robert Alan Johnson, please check')).toEqual(['Robert Alan Johnson']);
  });

  it('does not take descriptions, possessives, sentence starts or shouting for names', () => {
    expect(found(personNameDetector, 'If just your father is Jewish you are not Jewish')).toEqual([]);
    expect(found(personNameDetector, 'my son Caesar. Dawn of the apes is great')).toEqual(['Caesar']);
    expect(found(personNameDetector, "my friend John's car was stolen")).toEqual(['John']);
    expect(found(personNameDetector, 'MY FATHER WHO WAS BORN IN SICILY')).toEqual([]);
    expect(found(personNameDetector, 'I suspect Hillary’s Scooby Doo tour')).toEqual([]);
  });
});
