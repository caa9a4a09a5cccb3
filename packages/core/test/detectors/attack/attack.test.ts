import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attackDetector } from '../../../src/detectors/attack/index.js';
import { offensiveDetector } from '../../../src/detectors/offensive/index.js';
import { run, spans, wellFormed } from '../offensive/run-detector.js';

const attack = (text: string, options: Record<string, unknown> = {}, activity = {}) =>
  run(attackDetector, text, options, 'text', activity);

describe('attack detector: targeted insults', () => {
  it.each([
    ['you are an idiot', 'idiot'],
    ['You absolute moron', 'moron'],
    ["you're pathetic", 'pathetic'],
    ['@x is a disgrace', 'disgrace'],
    ['Smith is a liar', 'liar'],
    ['he is a complete waste of space', 'waste of space'],
    ["She's a disgusting pig", 'pig'],
    ['all liberals are idiots', 'idiots'],
    ['Tories are scum', 'scum'],
    ['typical lefty morons', 'morons'],
    ['these clowns are useless', 'useless'],
    ['stupid people everywhere', 'stupid'],
    ['idiots like you', 'idiots'],
    ['you are a fucking disgrace', 'fucking'],
  ])('flags %j', (text, word) => {
    const found = attack(text);
    expect(found.length, text).toBeGreaterThan(0);
    expect(spans(text, found).join(' ')).toContain(word);
  });

  it('labels an attack on a group as such', () => {
    expect(attack('all liberals are idiots')[0]?.label).toBe('attack on a group');
    expect(attack('you are an idiot')[0]?.label).toBe('personal attack');
  });

  it.each([
    ['fuck you', 'personal attack'],
    ['oh just shut up', 'personal attack'],
    ['go to hell', 'personal attack'],
    ['I will kill you', 'threat'],
    ['he should be shot', 'threat'],
  ])('flags the directed phrase %j', (text, label) => {
    expect(attack(text).map((m) => m.label)).toContain(label);
  });

  it('treats a slur as an attack on a group whatever its context', () => {
    expect(attack('what a load of faggots')).toHaveLength(1);
  });
});

describe('attack detector: untargeted language', () => {
  it.each([
    'this traffic is f***ing awful',
    'this traffic is fucking awful',
    'oh shit, I missed the bus',
    'what the hell happened to the weather',
    'this plan is stupid',
    'a pathetic performance from the buses today',
    'I felt like such an idiot',
    "I'm an idiot, I left my badge at home",
    'the rubbish goes out on Tuesdays',
    'take out the trash',
    'the secret to a good sponge',
  ])('does not flag %j', (text) => {
    expect(attack(text)).toEqual([]);
  });

  it('keeps untargeted swearing offensive but not an attack', () => {
    const text = 'this traffic is f***ing awful';
    expect(run(offensiveDetector, text)).toHaveLength(1);
    expect(attack(text)).toEqual([]);
  });

  it('takes a bare insult in a reply as aimed at whoever is answered', () => {
    expect(attack('Idiot.')).toEqual([]);
    expect(attack('Idiot.', {}, { kind: 'reply' })).toHaveLength(1);
    expect(attack('@someone idiot')).toHaveLength(1);
  });
});

describe('attack detector: invariants', () => {
  it('applies minConfidence and gives well-formed, non-overlapping matches', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('you', 'are', 'a', 'he', 'is', 'idiot', 'fucking', 'shut', 'up', 'liberals', 'all', 'stupid', 'the', 'day', '@x', '.'),
          { maxLength: 14 },
        ),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (words, minConfidence) => {
          const text = words.join(' ');
          const matches = attack(text, { minConfidence });
          expect(wellFormed(text, matches)).toBe(true);
          for (let i = 0; i < matches.length; i++) {
            expect(matches[i]!.confidence).toBeGreaterThanOrEqual(minConfidence);
            if (i > 0) expect(matches[i]!.start).toBeGreaterThanOrEqual(matches[i - 1]!.end);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finishes on pathological 50k inputs with sane output', () => {
    const inputs = [
      'you '.repeat(12_500),
      'idiot '.repeat(8000),
      'you are a '.repeat(5000),
      'a'.repeat(50_000),
      '\u200d'.repeat(50_000),
      `e${'\u0301'.repeat(50_000)}`,
      '@x '.repeat(16_000),
      `${'all '.repeat(12_000)}are idiots`,
      'all are idiots '.repeat(3000),
    ];
    for (const text of inputs) expect(wellFormed(text, attack(text, { minConfidence: 0 }))).toBe(true);
    expect(attack('you are an idiot. '.repeat(2500))).toHaveLength(2500);
  });
});
