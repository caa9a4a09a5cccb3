import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectMarkings, markingsIn, markingOptionsSchema } from '../../../src/detectors/markings/index.js';
import { activitySchema } from '../../../src/schema/activity.js';
import { normalise } from '../../../src/text/normalise.js';

/** Markings and near misses from the tests, in the ways they are written. */
const POSITIVES = [
  'OFFICIAL-SENSITIVE', 'Official-Sensitive', 'SECRET\nMinutes of the meeting', '[SECRET] the new plan', 'TOP SECRET',
  'SECRET UK EYES ONLY', 'RESTRICTED', 'CONFIDENTIAL: the new pay offer', 'PROTECT - PERSONAL', 'DRAFT', 'draft report',
  'leaked memo', 'EMBARGOED UNTIL 00:01', 'off the record', "please don't share", 'not for publication',
  'TOP SECRET: my birthday party plans lol', 's3cr3t', 'T0P SECRET', 'c o n f i d e n t i a l', 'the secret to a good sponge',
];
const NOISE = ['a', 'Z', '1', ' ', '-', '.', ':', '\n', '\u200d', '\u0301', 'é', '😂', '[', ']', 'lol ', 'the ', 'report '];
const noise = fc.array(fc.constantFrom(...NOISE), { maxLength: 8 }).map((parts) => parts.join(''));
const text = fc.tuple(fc.constantFrom(...POSITIVES), noise, noise, noise, fc.nat()).map(([base, before, inside, after, at]) => {
  const cut = at % (base.length + 1);
  return `${before}${base.slice(0, cut)}${inside}${base.slice(cut)}${after}`;
});

describe('marking: the pre-filter on reported terms', () => {
  it('never skips a text the full detector would flag, at any threshold or field', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(0, 0.5, 0.8), fc.constantFrom('text', 'attachments.name'), (t, minConfidence, field) => {
        const input = { text: t, normalised: normalise(t), field, activity: activitySchema.parse({ text: t }) };
        const options = markingOptionsSchema.parse({ minConfidence });
        expect(detectMarkings(input, options)).toEqual(markingsIn(input, options));
      }),
      { numRuns: 400 },
    );
  });

  it('finds the markings of the generator, so the property is not empty', () => {
    const t = 'OFFICIAL-SENSITIVE';
    const input = { text: t, normalised: normalise(t), field: 'text', activity: activitySchema.parse({ text: t }) };
    expect(detectMarkings(input, markingOptionsSchema.parse({})).length).toBe(1);
  });
});
