import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markingDetector } from '../../../src/detectors/markings/index.js';
import { run } from '../offensive/run-detector.js';

/** The highest confidence of any marking match in `text` (no threshold), or 0. */
function confidence(text: string, field = 'text'): number {
  return run(markingDetector, text, { minConfidence: 0 }, field).reduce((best, m) => Math.max(best, m.confidence), 0);
}

describe('marking detector: jokes are not markings', () => {
  it.each([
    'TOP SECRET: what I got mum for Christmas',
    'TOP SECRET\nWhat I got mum for Christmas',
    'TOP SECRET: my birthday party plans lol',
    'TOP SECRET: my weekend plans',
    "SECRET: the recipe for my mum's lasagne 😂",
    'Happy birthday Jo! TOP SECRET plans for the party 🎉',
    'CONFIDENTIAL: what we got the boss for Christmas haha',
    'DRAFT: my Christmas list lol',
  ])('gives %j less than 0.5', (text) => {
    expect(confidence(text)).toBeLessThan(0.5);
  });

  it('does not take a post that is only `Draft` as a marking', () => {
    expect(confidence('Draft')).toBeLessThan(0.5);
    expect(confidence('draft')).toBeLessThan(0.5);
  });
});

describe('marking detector: real markings stay strong', () => {
  it.each([
    'OFFICIAL-SENSITIVE',
    'Please treat this as OFFICIAL-SENSITIVE, thanks',
    'OFFICIAL-SENSITIVE: the Christmas rota lol',
    'SECRET\nMinutes of the meeting on 3 May',
    'TOP SECRET: brief for the minister attached',
    'SECRET: the attached report',
    'TOP SECRET UK EYES ONLY',
    'SECRET - PERSONAL: the staff list',
    '[SECRET] the new plan',
    '[SECRET] my birthday plans lol',
    'SECRET: the plans for the Christmas reshuffle',
  ])('gives %j at least 0.8', (text) => {
    expect(confidence(text)).toBeGreaterThanOrEqual(0.8);
  });

  it.each(['SECRET_minutes_v2.docx', 'TOP-SECRET-christmas-party.pdf', 'Budget_DRAFT_v3.docx', 'draft-policy-paper.docx'])(
    'keeps the marking in the file name %j',
    (name) => {
      expect(confidence(name, 'attachments.name')).toBeGreaterThanOrEqual(0.8);
    },
  );

  it.each([
    'Here is the draft policy on flexible working',
    'The draft paper goes to the board on Friday',
    'Draft minutes of the last meeting attached',
    'Comments on the draft report by Monday please',
    'I have sent the draft letter to legal',
    'Our draft submission to the committee',
    'DRAFT – not for circulation',
    'DRAFT',
    'Draft\nThe minutes of the board meeting follow',
  ])('flags the draft document in %j', (text) => {
    expect(confidence(text)).toBeGreaterThanOrEqual(0.5);
  });
});

describe('marking detector: a joke never makes a marking surer', () => {
  const markings = ['TOP SECRET', 'SECRET', 'CONFIDENTIAL', 'RESTRICTED', 'DRAFT', 'OFFICIAL-SENSITIVE', '[SECRET]'];
  const continuations = ['', ': the plans', ': minutes attached', '\nWhat I got', ': my notes', ' brief'];
  const jokes = ['', ' lol', ' for Christmas', ' 😂', ' for mum', ' haha 🎉'];

  it('scores the same marking with a joke at most as high as without it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...markings), fc.constantFrom(...continuations), fc.constantFrom(...jokes), (marking, rest, joke) => {
        const plain = `${marking}${rest}`;
        expect(confidence(`${plain}${joke}`)).toBeLessThanOrEqual(confidence(plain));
      }),
      { numRuns: 300 },
    );
  });

  it('never lowers OFFICIAL-SENSITIVE in capitals for a joke', () => {
    // Each joke beside a plain ending of the same shape: only the joke differs.
    const pairs: [string, string][] = [[' lol', ' now'], [' for Christmas', ' for Tuesday'], [' 😂 ok', ' ok ok'], [' for mum', ' for Sam'], [' haha 🎉', ' ok']];
    fc.assert(
      fc.property(fc.constantFrom(...continuations), fc.constantFrom(...pairs), (rest, [joke, plain]) => {
        const jokey = confidence(`OFFICIAL-SENSITIVE${rest}${joke}`);
        expect(jokey).toBe(confidence(`OFFICIAL-SENSITIVE${rest}${plain}`));
        expect(jokey).toBeGreaterThanOrEqual(0.75);
      }),
      { numRuns: 100 },
    );
  });
});
