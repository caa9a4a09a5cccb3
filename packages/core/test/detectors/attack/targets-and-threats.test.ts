import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attackDetector } from '../../../src/detectors/attack/index.js';
import { findThreats } from '../../../src/detectors/attack/threats.js';
import { scanLanguage } from '../../../src/detectors/offensive/language-scan.js';
import { offensiveDetector } from '../../../src/detectors/offensive/index.js';
import { normalise } from '../../../src/text/normalise.js';
import { run, spans, wellFormed } from '../offensive/run-detector.js';

const attack = (text: string, options: Record<string, unknown> = {}) => run(attackDetector, text, options);
/** The surest attack match in `text`, with no threshold, or undefined. */
const surest = (text: string) =>
  attack(text, { minConfidence: 0 }).reduce<ReturnType<typeof attack>[number] | undefined>(
    (best, m) => (best === undefined || m.confidence > best.confidence ? m : best),
    undefined,
  );

describe('attack detector: insults the writer aims at themselves', () => {
  it.each([
    'What an idiot I am',
    'what a moron I was!',
    "What an idiot I've been",
    'I am an idiot',
    "I'm such a moron",
    'silly me',
    'stupid me.',
    'Such an idiot, me',
  ])('does not take %j as an attack', (text) => {
    expect(attack(text)).toEqual([]);
  });

  it('still reads the exclamation as aimed at someone when the sentence goes on', () => {
    expect(surest('What an idiot')!.confidence).toBeGreaterThanOrEqual(0.5);
    // `I'm on my way` is the writer's news, not their verdict on themselves.
    expect(attack("Bitch, I'm on my way", {}).length).toBe(attack('Bitch, he is on his way').length);
  });

  it('leaves a self-deprecating swear word to the offensive detector', () => {
    const text = "I'm such a fucking idiot";
    expect(attack(text)).toEqual([]);
    expect(run(offensiveDetector, text).length).toBeGreaterThan(0);
  });
});

describe('attack detector: people named by their role', () => {
  it.each([
    ['My manager is a total moron', 'He is a total moron'],
    ['my boss is an idiot', 'he is an idiot'],
    ['The minister is a total moron', 'She is a total moron'],
    ['Our MP is a liar', 'He is a liar'],
    ['the Home Secretary is a complete idiot', 'she is a complete idiot'],
    ['My neighbour is a disgusting pig', 'He is a disgusting pig'],
  ])('takes %j as a personal attack, as sure as %j', (text, pointed) => {
    const m = surest(text)!;
    expect(m.label).toBe('personal attack');
    expect(m.confidence).toBe(surest(pointed)!.confidence);
    expect(m.confidence).toBeGreaterThanOrEqual(0.75);
  });

  it('is as sure of a role noun with a strong insult as the brief asks', () => {
    expect(surest('My manager is a total moron')!.confidence).toBeGreaterThanOrEqual(0.85);
    expect(surest('The minister is a total moron')!.label).toBe('personal attack');
  });

  it('takes a role in the plural as a group', () => {
    expect(surest('The ministers are morons')!.label).toBe('attack on a group');
    expect(surest('managers are idiots')!.label).toBe('attack on a group');
    expect(surest('MPs are liars')!.label).toBe('attack on a group');
  });

  it('reads an insult before a role as aimed at that person', () => {
    expect(surest('what a stupid manager')!.label).toBe('personal attack');
    expect(surest('what a stupid manager')!.confidence).toBeGreaterThanOrEqual(0.5);
  });
});

describe('attack detector: threats in the writer’s own voice', () => {
  it.each([
    ['I will find you and hurt you', 'I will find you and hurt you'],
    ["I'm going to kill him", "I'm going to kill him"],
    ['gonna hurt @someone', 'gonna hurt @someone'],
    ["I'll fucking batter you", "I'll fucking batter you"],
    ['I will hunt you down', 'I will hunt you down'],
    ["I'll beat you up after school", "I'll beat you up"],
    ['We are going to strangle them', 'We are going to strangle them'],
    ["I'm gonna come and find you.", "I'm gonna come and find you"],
    ['I will destroy you', 'I will destroy you'],
    ['I will cut you.', 'I will cut you'],
    ["I'll hurt your family", "I'll hurt your family"],
  ])('flags %j as a threat', (text, span) => {
    const threats = attack(text).filter((m) => m.label === 'threat');
    expect(threats.length, text).toBeGreaterThan(0);
    expect(spans(text, threats)).toContain(span);
  });

  it('is sure of violence, less of ruin', () => {
    expect(surest('I will find you and hurt you')!.confidence).toBeGreaterThanOrEqual(0.85);
    const ruin = surest('I will destroy you')!.confidence;
    expect(ruin).toBeGreaterThanOrEqual(0.5);
    expect(ruin).toBeLessThan(surest('I will hurt you')!.confidence);
  });

  it.each([
    'I will find you a seat',
    "I'll get you a coffee",
    "I'll kick you out of the group chat",
    "I'll hit you up later",
    "It won't hurt you",
    'This will hurt him more than the fine',
    'I will not hurt you',
    "We're going to destroy them on Saturday",
    'I will cut you a slice of cake',
    'Will I hurt you?',
    'I will find the report',
  ])('does not flag %j', (text) => {
    expect(attack(text).filter((m) => m.label === 'threat')).toEqual([]);
  });
});

describe('threat finder: invariants', () => {
  const vocabulary = [
    'i', 'we', 'he', 'it', 'will', 'll', 'not', 'gonna', 'going', 'to', 'find', 'hurt', 'kill', 'destroy', 'beat',
    'you', 'him', 'them', 'a', 'seat', 'and', 'up', 'down', 'fucking', '@x', '.', ',',
  ];
  const threatsIn = (text: string) => findThreats(scanLanguage(normalise(text)));

  it('reports non-overlapping spans that start with the writer or their intent and end with a person', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { maxLength: 16 }), (words) => {
        const text = words.join(' ');
        const found = threatsIn(text);
        expect(wellFormed(text, found.map((t) => ({ ...t, label: 'threat' })))).toBe(true);
        for (let k = 0; k < found.length; k++) {
          const t = found[k]!;
          const said = text.slice(t.start, t.end);
          expect(said).toMatch(/^(?:i|we|gonna|going)\b/);
          expect(said).toMatch(/(?:you|him|them|@x|up|down)$/);
          if (k > 0) expect(t.start).toBeGreaterThanOrEqual(found[k - 1]!.end);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finds nothing without the writer’s intent', () => {
    const noIntent = vocabulary.filter((w) => !['i', 'we', 'will', 'll', 'gonna', 'going', 'to'].includes(w));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...noIntent), { maxLength: 16 }), (words) => {
        expect(threatsIn(words.join(' '))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('stays linear on long repetitive input', () => {
    const inputs = ['i will find you and '.repeat(2500), 'gonna '.repeat(8000), 'i will fucking '.repeat(3000) + 'kill you', 'i will find you. '.repeat(3000)];
    for (const text of inputs) {
      const started = performance.now();
      const found = threatsIn(text);
      expect(performance.now() - started).toBeLessThan(2000);
      for (const t of found) expect(t.end).toBeLessThanOrEqual(text.length);
    }
    expect(threatsIn('i will find you. '.repeat(3000))).toHaveLength(3000);
    // `and` leading nowhere is no threat: `find you and …` needs a second threat after it.
    expect(threatsIn('i will find you and '.repeat(2500))).toEqual([]);
  });
});
