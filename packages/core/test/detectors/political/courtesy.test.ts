import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { politicalDetector, politicalTopicDetector } from '../../../src/detectors/political/index.js';
import { BACKING_CUES, COURTESY_CUES, PRAISE_CUES, STANCE_CUES } from '../../../src/detectors/political/terms/stance.js';
import { run } from '../offensive/run-detector.js';

/** The highest `political` confidence in `text` (no threshold), or 0. */
function stance(text: string): number {
  return run(politicalDetector, text, { minConfidence: 0 }).reduce((best, m) => Math.max(best, m.confidence), 0);
}

function topic(text: string): number {
  return run(politicalTopicDetector, text, { minConfidence: 0 }).reduce((best, m) => Math.max(best, m.confidence), 0);
}

describe('political: courtesy to an office is no stance', () => {
  it.each([
    'Congratulations to the new Home Secretary on her appointment',
    'Congratulations to the new Home Secretary on her appointment! 🎉',
    'Welcome to our new Secretary of State',
    'Welcome to our new Secretary of State!',
    'Delighted to welcome the Minister to our site today',
    'Thank you to the Chancellor for visiting',
    'Great to welcome the Minister today, thank you for a brilliant visit!',
    'Thanks to the Cabinet Office for hosting us',
  ])('keeps %j below 0.5, as a topic', (text) => {
    expect(stance(text)).toBeLessThan(0.5);
    expect(topic(text)).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    "the Chancellor's plan is a disgrace",
    'The Prime Minister is doing a brilliant job',
    'Congratulations on running for President! You have my full support',
    'Thank you to the Chancellor for his brave decision to cut taxes',
    'I support Labour',
  ])('still reads %j as a stance', (text) => {
    expect(stance(text)).toBeGreaterThanOrEqual(0.5);
  });
});

describe('political: backing the NHS is no stance', () => {
  it.each(['I support the NHS', 'Proud of our amazing NHS heroes', 'Thank you NHS! #ThankYouNHS', 'I love the National Health Service'])(
    'keeps %j below 0.5',
    (text) => {
      expect(stance(text)).toBeLessThan(0.5);
    },
  );

  it.each(['The NHS is a disgrace', 'NHS privatisation is a disgrace', 'Hands off our NHS!', 'Tories are selling off the NHS, shameful'])(
    'still reads %j as a stance',
    (text) => {
      expect(stance(text)).toBeGreaterThanOrEqual(0.5);
    },
  );
});

describe('political: courtesy and praise lists', () => {
  it('lists only words that are stance cues', () => {
    const cues = new Set(STANCE_CUES.flatMap((g) => g.terms));
    for (const term of [...COURTESY_CUES, ...PRAISE_CUES, ...BACKING_CUES]) expect(cues.has(term), term).toBe(true);
  });

  it('never reads a courtesy formula about an office as a stance', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Congratulations to', 'Thank you to', 'Thanks to', 'Welcome to', 'Delighted to welcome', 'Great to welcome', 'Well done to'),
        fc.constantFrom('the', 'our', 'the new', 'our new'),
        fc.constantFrom('Home Secretary', 'Secretary of State', 'Minister', 'Chancellor', 'Prime Minister', 'Cabinet Office', 'Treasury'),
        fc.constantFrom('', ' on her appointment', ' for visiting', ' to our site today', ' for a brilliant visit', ' and thank you'),
        fc.constantFrom('', '!', '! 🎉', '.', ' :)'),
        (opening, article, office, rest, end) => {
          expect(stance(`${opening} ${article} ${office}${rest}${end}`)).toBeLessThan(0.5);
        },
      ),
      { numRuns: 300 },
    );
  });
});
