import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  politicalDetector, politicalTopicDetector, stanceConfidence,
} from '../../../src/detectors/political/index.js';
import { run, spans, wellFormed } from '../offensive/run-detector.js';

/** The labels the `political` detector reports at the default confidence. */
function stances(text: string): string[] {
  return run(politicalDetector, text).map((m) => m.label);
}

function topics(text: string): string[] {
  return run(politicalTopicDetector, text).map((m) => m.label);
}

describe('political stance', () => {
  it.each([
    ["the Chancellor's plan is a disgrace", 'political stance on the Chancellor'],
    ['I think Brexit was a mistake', 'political stance on brexit'],
    ['Keir Starmer is useless', 'political stance on Keir Starmer'],
    ['Sign the petition to scrap the Rwanda scheme', 'political stance on immigration'],
    ['Shameful that the MP voted against it', 'political stance on an MP'],
    ['I support Reform UK', 'political stance on Reform UK'],
    ['Net zero targets are a disaster for working families', 'political stance on climate change'],
    ['Abortion is murder and must be banned', 'political stance on abortion'],
    ["The Tories have wrecked the NHS, it's appalling", 'political stance on the Conservative Party'],
    ['Join the march for Scottish independence on Saturday', 'political stance on Scottish independence'],
    ['Trans rights are human rights, and I stand with them', 'political stance on trans rights'],
    ['Vote for Hillary!', 'political stance on Hillary Clinton'],
  ])('%j takes a stance', (text, label) => {
    expect(stances(text)).toContain(label);
  });

  it('reports the topic mention as the span, in original offsets', () => {
    const text = 'Honestly, the Home Secretary is a disgrace.';
    const matches = run(politicalDetector, text);
    expect(spans(text, matches)).toEqual(['Home Secretary']);
    expect(matches[0]!.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    "The Chancellor's statement is at 3pm",
    'The Prime Minister will speak at 5pm.',
    'The Home Secretary visited Dover today',
    'Brexit talks resume in Brussels today',
    'Our MP opened the new library today',
  ])('%j mentions politics without taking a side', (text) => {
    expect(stances(text)).toEqual([]);
    const all = run(politicalDetector, text, { minConfidence: 0 });
    expect(all.length).toBeGreaterThan(0);
    for (const m of all) {
      expect(m.confidence).toBeLessThan(0.5);
      expect(m.label).toMatch(/^political topic /);
    }
  });

  it.each([
    'Conservatory for sale, good condition',
    'party at mine tonight, bring snacks!',
    "She's in the labour ward at St Mary's",
    'labour ward at St Mary\'s was brilliant',
    'the secretary of the chess club is brilliant',
    'I have a conservative estimate of the cost',
    'Kate Bush is brilliant',
    'Eric Church was amazing last night!',
    "Thank God it's Friday!",
    'Trump card game night, it is great',
    'Great turnout at the careers fair today!',
    'Press the button to start the machine',
    'Woke up early, what a lovely morning',
    'Eat your greens, they are good for you',
  ])('%j is not a political stance', (text) => {
    expect(stances(text)).toEqual([]);
  });

  it('catches obfuscated politics through the shared normaliser', () => {
    expect(stances('B.r.e.x.i.t is a disaster')).toContain('political stance on brexit');
    expect(stances('T0ries are a disgrace')).toContain('political stance on the Conservative Party');
    expect(stances('b r e x i t is wrong')).toContain('political stance on brexit');
    expect(stances('Ｓｔａｒｍｅｒ is a liar')).toContain('political stance on Keir Starmer');
    expect(stances('Far\u200bage is a disgrace')).toContain('political stance on Nigel Farage');
  });

  it('reads campaign hashtags split at capitals, with digits or run together', () => {
    const text = '#StopBrexit #ToriesOut #nohillary2016';
    const matches = run(politicalDetector, text);
    expect(spans(text, matches)).toEqual(['#StopBrexit', '#ToriesOut', '#nohillary2016']);
    expect(matches.map((m) => m.label)).toEqual([
      'political stance on brexit', 'political stance on the Conservative Party', 'political stance on Hillary Clinton',
    ]);
  });

  it('reads a politician in a handle but not an ordinary word in one', () => {
    expect(topics('@realDonaldTrump what happened')).toEqual(['political topic Donald Trump']);
    expect(topics('@DanSanders123 nice goal')).toEqual([]);
    expect(topics('@josh_dobbs1 great game')).toEqual([]);
  });

  it('lets a cased word count only when written as a name', () => {
    const lower = run(politicalTopicDetector, 'My Mum is a Labour councillor and she went into labour', { minConfidence: 0 });
    expect(lower.map((m) => m.label)).toEqual(['political topic the Labour Party']);
    const plain = run(politicalTopicDetector, 'I need to trump that later. Nice work!', { minConfidence: 0 });
    const named = run(politicalTopicDetector, 'I need to ask Trump about that. Nice work!', { minConfidence: 0 });
    expect(named[0]!.confidence).toBeGreaterThan(plain[0]?.confidence ?? 0);
    expect(named[0]!.confidence).toBeGreaterThanOrEqual(0.5);
    expect(plain[0]?.confidence ?? 0).toBeLessThan(0.5);
  });

  it('needs a stronger cue for a faint topic than for a clear one', () => {
    // `good` is a weak cue: enough to turn a clear topic into a stance, not a faint one.
    expect(stances('Women are good')).toEqual([]);
    expect(stances('Feminism is good')).toEqual(['political stance on feminism']);
    expect(stances('Women are a disgrace')).toEqual(['political stance on feminism']);
  });

  it('counts a faint sign of voice only together with a real cue', () => {
    expect(stances('We will publish the Brexit figures at 3pm')).toEqual([]);
    expect(stances('We will publish the Brexit figures at 3pm, sadly')).toEqual(['political stance on brexit']);
  });

  it('keeps a stance cue to its neighbourhood in a long text', () => {
    const filler = ' and then we went for a walk by the river'.repeat(20);
    const text = `Brexit talks resumed today.${filler}. The food was a disgrace.`;
    expect(stances(text)).toEqual([]);
    expect(stances(`Brexit talks resumed today. It is a disgrace.${filler}.`)).toEqual(['political stance on brexit']);
  });

  it('honours minConfidence', () => {
    const text = 'Brexit talks resume in Brussels today';
    expect(run(politicalDetector, text)).toEqual([]);
    expect(run(politicalDetector, text, { minConfidence: 0.3 }).length).toBe(1);
    expect(run(politicalDetector, 'Brexit is a disaster', { minConfidence: 0.99 })).toEqual([]);
  });

  it('validates its options', () => {
    expect(() => politicalDetector.options.parse({ minConfidence: 2 })).toThrow();
    expect(politicalDetector.options.parse({})).toEqual({ minConfidence: 0.5 });
  });
});

describe('political topic', () => {
  it.each([
    ["The Chancellor's statement is at 3pm", 'political topic the Chancellor'],
    ['Keir Starmer visited Leeds', 'political topic Keir Starmer'],
    ['What does the Rwanda scheme cost?', 'political topic immigration'],
    ['The SNP conference starts today', 'political topic the SNP'],
    ['A new statement from the Department for Education', 'political topic a government department'],
  ])('%j mentions a political topic', (text, label) => {
    const found = run(politicalTopicDetector, text);
    expect(found.map((m) => m.label)).toContain(label);
    for (const m of found) expect(m.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it.each(['party at mine tonight', 'the secretary of the chess club', 'Conservatory for sale', 'God bless you, thanks'])(
    '%j mentions no political topic',
    (text) => {
      expect(topics(text)).toEqual([]);
    },
  );
});

describe('stance confidence', () => {
  it('keeps a topic alone below 0.5 and rises with the cue', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (t, s) => {
        const c = stanceConfidence(t, s);
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThanOrEqual(0.95);
        expect(stanceConfidence(t, 0)).toBeLessThan(0.5);
        expect(stanceConfidence(t, Math.min(1, s + 0.1))).toBeGreaterThanOrEqual(c);
      }),
      { numRuns: 500 },
    );
  });
});

describe('political detectors on any text', () => {
  const pieces = fc.constantFrom(
    'Brexit', 'Tories', 'labour', 'Labour', 'disgrace', 'I think', '#StopBrexit', '@realDonaldTrump', 'God', 'women',
    ' ', '. ', '!', '?', '\u200b', 'é', '\u0301', 'ß', '😀', '#', '@', 'vote', 'B.r.e.x.i.t', 'the Chancellor',
  );
  const texts = fc.oneof(fc.string({ maxLength: 80 }), fc.array(pieces, { maxLength: 25 }).map((a) => a.join('')));

  it('returns well-formed, sorted, deterministic matches', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const detector of [politicalDetector, politicalTopicDetector]) {
          const a = run(detector, text, { minConfidence: 0 });
          expect(wellFormed(text, a)).toBe(true);
          for (let i = 1; i < a.length; i++) expect(a[i]!.start).toBeGreaterThanOrEqual(a[i - 1]!.end);
          expect(run(detector, text, { minConfidence: 0 })).toEqual(a);
          const strict = run(detector, text, { minConfidence: 0.5 });
          expect(strict).toEqual(a.filter((m) => m.confidence >= 0.5));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('finishes on pathological 50k inputs', () => {
    const n = 50_000;
    const inputs = [
      'a'.repeat(n), '\u200d'.repeat(n), `e${'\u0301'.repeat(n)}`, '#'.repeat(n), '@a'.repeat(n / 2), '!?'.repeat(n / 2),
      '#StopBrexitNow '.repeat(n / 15), 'brexit is a disgrace '.repeat(n / 21), 'b r e x i t '.repeat(n / 12),
      `#${'Ab'.repeat(n / 2)}`, 'ABCD '.repeat(n / 5), '1'.repeat(n),
    ];
    for (const text of inputs) {
      expect(wellFormed(text, run(politicalDetector, text, { minConfidence: 0 }))).toBe(true);
      expect(wellFormed(text, run(politicalTopicDetector, text, { minConfidence: 0 }))).toBe(true);
    }
    expect(run(politicalDetector, 'brexit is a disgrace '.repeat(n / 21)).length).toBe(Math.floor(n / 21));
  });
});
