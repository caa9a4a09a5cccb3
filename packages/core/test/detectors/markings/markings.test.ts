import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markingDetector } from '../../../src/detectors/markings/index.js';
import { run, spans, wellFormed } from '../offensive/run-detector.js';

const mark = (text: string, options: Record<string, unknown> = {}) => run(markingDetector, text, options);
const labels = (text: string) => mark(text).map((m) => m.label);

describe('marking detector: classifications', () => {
  it.each([
    ['OFFICIAL-SENSITIVE', 'marking OFFICIAL-SENSITIVE'],
    ['OFFICIAL–SENSITIVE', 'marking OFFICIAL-SENSITIVE'],
    ['Official-Sensitive', 'marking OFFICIAL-SENSITIVE'],
    ['OFFICIAL SENSITIVE', 'marking OFFICIAL-SENSITIVE'],
    ['OFFICIAL-SENSITIVE COMMERCIAL\nThe bids came in at…', 'marking OFFICIAL-SENSITIVE COMMERCIAL'],
    ['OFFICIAL-SENSITIVE PERSONAL: staff list attached', 'marking OFFICIAL-SENSITIVE PERSONAL'],
    ['OFFICIAL-SENSITIVE LOCSEN', 'marking OFFICIAL-SENSITIVE LOCSEN'],
    ['SECRET\nMinutes of the meeting', 'marking SECRET'],
    ['[SECRET] the new plan', 'marking SECRET'],
    ['TOP SECRET', 'marking TOP SECRET'],
    ['SECRET UK EYES ONLY', 'marking SECRET UK EYES ONLY'],
    ['OFFICIAL\nDear colleagues, the rota is below', 'marking OFFICIAL'],
    ['RESTRICTED', 'marking RESTRICTED'],
    ['CONFIDENTIAL: the new pay offer', 'marking CONFIDENTIAL'],
    ['PROTECT - PERSONAL', 'marking PROTECT'],
  ])('flags %j as %s', (text, label) => {
    expect(labels(text)).toContain(label);
  });

  it('reports the marking with its original offsets, descriptor included', () => {
    const text = 'Heads up: OFFICIAL-SENSITIVE COMMERCIAL figures follow';
    const [m] = mark(text);
    expect(text.slice(m!.start, m!.end)).toBe('OFFICIAL-SENSITIVE COMMERCIAL');
    expect(m!.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    'secretary of the chess club',
    'an official visit to Leeds',
    'the secret to a good sponge is patience',
    'My top secret recipe for scones',
    'it is now official: we won',
    "IT'S OFFICIAL! WE WON THE LEAGUE",
    'TOP SECRET RECIPE INSIDE',
    'The OFFICIAL SECRETS ACT applies to all staff',
    'restricted access to the car park',
    'a confidential helpline for staff',
    'We must PROTECT our NHS',
    'Please protect your passwords',
    'the official opening of the bridge',
  ])('does not flag the ordinary use in %j', (text) => {
    expect(mark(text)).toEqual([]);
  });

  it('keeps ordinary uses below the default but still reports them when asked', () => {
    const [m] = mark('the secret to a good sponge', { minConfidence: 0 });
    expect(m?.label).toBe('marking SECRET');
    expect(m!.confidence).toBeLessThan(0.5);
  });

  it('is more sure of capitals on their own line than of capitals in a sentence', () => {
    const alone = mark('SECRET', { minConfidence: 0 })[0]!;
    const inline = mark('Reminder that this is SECRET so be careful', { minConfidence: 0 })[0]!;
    expect(alone.confidence).toBeGreaterThan(inline.confidence);
    expect(inline.confidence).toBeGreaterThanOrEqual(0.5);
  });
});

describe('marking detector: attachment file names', () => {
  const file = (name: string) => run(markingDetector, name, {}, 'attachments.name');

  it.each([
    ['OFFICIAL-SENSITIVE_brief.pdf', 'marking OFFICIAL-SENSITIVE'],
    ['official-sensitive-brief.pdf', 'marking OFFICIAL-SENSITIVE'],
    ['Budget_DRAFT_v3.docx', 'draft document'],
    ['budget-draft-v3.docx', 'draft document'],
    ['TOP_SECRET_plans.pptx', 'marking TOP SECRET'],
    ['embargoed-press-release.docx', 'embargo'],
  ])('flags %j', (name, label) => {
    expect(file(name).map((m) => m.label)).toContain(label);
  });

  it.each(['holiday-photos.jpg', 'secret-santa-list.xlsx', 'official_visit_photos.jpg', 'team-lunch.png'])(
    'does not flag %j',
    (name) => {
      expect(file(name)).toEqual([]);
    },
  );

  it('reads a file-name word in lower case as a marking there but not in prose', () => {
    expect(file('budget_draft_v3.docx')).toHaveLength(1);
    expect(mark('we should draft a reply')).toEqual([]);
  });
});

describe('marking detector: handling caveats, embargoes, drafts, leaks and confidences', () => {
  it.each([
    ['UK EYES ONLY', 'handling caveat UK EYES ONLY'],
    ['Not for publication: the attached figures', 'handling caveat NOT FOR PUBLICATION'],
    ['NOT FOR ONWARD CIRCULATION', 'handling caveat NOT FOR CIRCULATION'],
    ['Embargoed until 00:01 Tuesday 4 March', 'embargo'],
    ['This is under embargo until Thursday', 'embargo'],
    ['EMBARGO: 10:00 Monday', 'embargo'],
    ['Here is the draft report for comment', 'draft document'],
    ['DRAFT - not for circulation', 'draft document'],
    ['Attached is the latest draft strategy', 'draft document'],
    ['See the leaked memo for details', 'leak'],
    ['Off the record, the minister hates it', 'off the record'],
    ["Between you and me, it's going ahead", 'off the record'],
    ["Please don't share this yet", 'do not share'],
    ['Keep this to yourself but the restructure is happening', 'do not share'],
    ['Strictly confidential: redundancy list', 'confidential'],
    ['commercial in confidence', 'confidential'],
  ])('flags %j as %s', (text, label) => {
    expect(labels(text)).toContain(label);
  });

  it.each([
    'The trade embargo on Cuba was eased',
    'an arms embargo',
    'Draft beer festival this weekend',
    'the NFL draft is on tonight',
    'I need a draft excluder for the door',
    'a gas leak on the high street',
    'the roof leak is fixed',
    'I will draft a reply tomorrow',
    'he kept a record of every meeting',
  ])('does not flag %j', (text) => {
    expect(mark(text)).toEqual([]);
  });

  it('merges overlapping phrases into one match', () => {
    const text = "Please don't share this yet";
    expect(spans(text, mark(text))).toEqual(["Please don't share this"]);
  });
});

describe('marking detector: options and robustness', () => {
  it('applies minConfidence', () => {
    expect(mark('SECRET', { minConfidence: 0.99 })).toEqual([]);
    expect(mark('SECRET', { minConfidence: 0.5 })).toHaveLength(1);
  });

  it('refuses an out-of-range minConfidence', () => {
    expect(() => markingDetector.options.parse({ minConfidence: 2 })).toThrow();
  });

  it('gives well-formed matches, with ORIGINAL offsets, on any text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.constantFrom('OFFICIAL-SENSITIVE', '[SECRET]', 'Embargoed until 9am', 'DRAFT', 'off the record'),
        fc.string({ maxLength: 60 }),
        (before, marking, after) => {
          const text = `${before}\n${marking}\n${after}`;
          const matches = mark(text, { minConfidence: 0 });
          expect(wellFormed(text, matches)).toBe(true);
          // Every marking placed on its own line is found, whatever surrounds it.
          const at = before.length + 1;
          expect(matches.some((m) => m.start < at + marking.length && m.end > at && m.confidence >= 0.5)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finishes on pathological 50k inputs with sane output', () => {
    const inputs = [
      'SECRET '.repeat(7000),
      'a'.repeat(50_000),
      '\u200d'.repeat(50_000),
      `e${'\u0301'.repeat(50_000)}`,
      '-'.repeat(50_000) + 'SECRET',
      '[OFFICIAL] '.repeat(4500),
      'draft '.repeat(8000),
    ];
    for (const text of inputs) {
      const matches = mark(text, { minConfidence: 0 });
      expect(wellFormed(text, matches)).toBe(true);
    }
    expect(mark('SECRET '.repeat(7000)).length).toBeGreaterThan(0);
  });
});
