import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { builtinDetectors } from '../../src/detectors/builtin.js';
import type { Detector, DetectorMatch } from '../../src/detectors/detector.js';
import { load } from '../../src/evaluator/load.js';
import { activitySchema } from '../../src/schema/activity.js';
import { normalise } from '../../src/text/normalise.js';
import { plainText } from '../../src/text/pooled-text.js';
import { has, packWith } from '../fixtures/ir.js';
import { readFileSync } from 'node:fs';
import { attackDetector } from '../../src/detectors/attack/index.js';
import { heatDetector } from '../../src/detectors/heat/index.js';
import { markingDetector } from '../../src/detectors/markings/index.js';
import { compile } from '../../src/compiler/compile.js';

/** Texts that make the threshold-only detectors fire at several confidences. */
const TEXTS = [
  'OFFICIAL-SENSITIVE: do not forward this draft. Not for publication until Monday.',
  'You are a complete idiot and everyone at the council knows it!!!',
  'I will never vote Tory again. #ToriesOut Brexit has been a disaster',
  'Thank you to the Secretary of State for visiting the NHS trust today',
  'Any journalists want the real story? DM me, happy to talk to the press off the record.',
  'WHY DOES NOBODY LISTEN??? This is an absolute disgrace, I am furious',
  'Labour and the Conservatives are both mentioned here, with no view at all.',
  'Lovely walk in the park this morning.',
];

function detect(detector: Detector<any>, text: string, minConfidence: number): DetectorMatch[] {
  const options = detector.options.parse({ minConfidence });
  return detector.detect(
    { text, normalised: plainText(normalise(text)), field: 'text', activity: activitySchema.parse({ text, kind: 'reply' }) },
    options,
  );
}

describe('detectors that only filter by confidence', () => {
  const thresholdOnly = [...builtinDetectors.values()].filter((d) => d.thresholdOnly === true);

  it('include the language and context detectors the standard pack configures twice', () => {
    expect(thresholdOnly.map((d) => d.name).sort()).toEqual(
      ['attack', 'heat', 'marking', 'media-contact', 'political', 'political-topic'],
    );
  });

  it('give at a threshold exactly the matches they give at a lower one that reach it', () => {
    const text = fc.oneof(
      fc.constantFrom(...TEXTS),
      fc.tuple(fc.constantFrom(...TEXTS), fc.constantFrom(...TEXTS), fc.string({ maxLength: 20 })).map(([a, b, c]) => `${a} ${c} ${b}`),
    );
    fc.assert(
      fc.property(fc.constantFrom(...thresholdOnly), text, fc.integer({ min: 0, max: 100 }), (detector, t, percent) => {
        const threshold = percent / 100;
        const all = detect(detector, t, 0).filter((m) => m.confidence >= threshold);
        expect(detect(detector, t, threshold)).toEqual(all);
      }),
      { numRuns: 300 },
    );
  });
});

describe('sharing one run between configurations of a detector', () => {
  function counting(thresholdOnly: boolean) {
    const calls: number[] = [];
    const detector: Detector<{ minConfidence: number; label: string }> = {
      name: 'graded',
      description: 'test detector with matches at three confidences',
      options: z.object({ minConfidence: z.number().default(0.5), label: z.string().default('x') }),
      detect: (input, options) => {
        calls.push(options.minConfidence);
        return [0.3, 0.6, 0.9]
          .map((confidence, k) => ({ start: k, end: k + 1, confidence, label: `${options.label} ${confidence}` }))
          .filter((m) => m.confidence >= options.minConfidence && m.end <= input.text.length);
      },
      thresholdOnly,
    };
    const ir = packWith(
      { id: 'low', when: has('low', 'text', 'detector'), message: 'low {matches}' },
      { id: 'high', when: has('high', 'text', 'detector'), message: 'high {matches}' },
      { id: 'other', when: has('other', 'text', 'detector'), message: 'other {matches}' },
    );
    ir.detectors = {
      low: { uses: 'graded', options: { minConfidence: 0.2 } },
      high: { uses: 'graded', options: { minConfidence: 0.8 } },
      other: { uses: 'graded', options: { minConfidence: 0.5, label: 'y' } },
    };
    return { engine: load(ir, { detectors: [detector] }), calls };
  }

  it('runs the detector once for configurations that differ only in minConfidence, and each keeps its own matches', () => {
    const shared = counting(true);
    const separate = counting(false);
    const a = shared.engine.check({ text: 'abc' });
    const b = separate.engine.check({ text: 'abc' });
    expect(a.findings).toEqual(b.findings);
    expect(a.findings.map((f) => f.message).sort()).toEqual(['high c', 'low a, b, c', 'other b, c']);
    // low and high share a run at the lower threshold; other has other options.
    expect(shared.calls.sort()).toEqual([0.2, 0.5]);
    expect(separate.calls.sort()).toEqual([0.2, 0.5, 0.8]);
  });

  it('reports a shared run that throws for every configuration that needed it', () => {
    const boom: Detector<{ minConfidence: number }> = {
      name: 'boom',
      description: 'throws',
      options: z.object({ minConfidence: z.number().default(0.5) }),
      detect: () => {
        throw new Error('kaboom');
      },
      thresholdOnly: true,
    };
    const ir = packWith({ id: 'a', when: has('one', 'text', 'detector') }, { id: 'b', when: has('two', 'text', 'detector') });
    ir.detectors = { one: { uses: 'boom', options: { minConfidence: 0.2 } }, two: { uses: 'boom', options: { minConfidence: 0.9 } } };
    const report = load(ir, { detectors: [boom] }).check({ text: 'x' });
    const messages = report.findings.map((f) => f.message).join('\n');
    expect(messages).toContain('detector `one` failed on `text` (kaboom)');
    expect(messages).toContain('detector `two` failed on `text` (kaboom)');
  });
});

// The standard pack, which declares `marking-certain`, `attack-clear` and `heat-clear` beside the built-ins.
const ir = compile(readFileSync(new URL('../../../rules-civil-service-2014/src/civil-service-2014.prop', import.meta.url), 'utf8'));

// Words that set off markings, attacks and heat, at every confidence, mixed with plain ones.
const WORDS = [
  'OFFICIAL-SENSITIVE', 'official sensitive', 'SECRET', 'embargoed', 'until', 'draft', 'leaked', 'off the record', 'not for publication',
  'you', 'are', 'an', 'idiot', 'moron', 'scum', 'useless', 'councillors', 'he', 'is', 'I', 'will', 'kill', 'hurt', 'shut up',
  'STOP', 'THIS', 'NOW', '!!!', '!!', 'disgusting', 'furious', 'hate', 'angry', 'the', 'minister', 'said', 'today', 'lovely', 'weather',
  'damn', 'bloody', 'F***', '@someone', '.', ',', '\n',
];
const packText = fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((words) => words.join(' '));
const packKind = fc.constantFrom('post', 'reply', 'comment');

const THRESHOLD_ONLY: Detector<{ minConfidence: number }>[] = [markingDetector, attackDetector, heatDetector];


describe('sharing runs in the standard pack', () => {
  // The same detectors, counted, with or without the promise that lets the engine share runs.
  function counted(shared: boolean): { detectors: Detector<any>[]; calls: Map<string, number> } {
    const calls = new Map<string, number>();
    const detectors = THRESHOLD_ONLY.map((detector): Detector<any> => ({
      ...detector,
      thresholdOnly: shared,
      detect(detectorInput, options) {
        calls.set(detector.name, (calls.get(detector.name) ?? 0) + 1);
        return detector.detect(detectorInput, options);
      },
    }));
    return { detectors, calls };
  }

  it('give the standard pack the same reports as one run per declaration', () => {
    const sharing = counted(true);
    const separate = counted(false);
    const a = load(ir, { detectors: sharing.detectors });
    const b = load(ir, { detectors: separate.detectors });
    fc.assert(
      fc.property(packText, packKind, (t, k) => {
        expect(a.check({ text: t, kind: k, at: '2026-01-01' })).toEqual(b.check({ text: t, kind: k, at: '2026-01-01' }));
      }),
      { numRuns: 300 },
    );
  });

  it('run a detector declared with two thresholds once per field', () => {
    const sharing = counted(true);
    const separate = counted(false);
    const post = { text: 'OFFICIAL-SENSITIVE draft: you are an idiot and I am FURIOUS!!!', kind: 'reply' };
    load(ir, { detectors: sharing.detectors }).check(post);
    load(ir, { detectors: separate.detectors }).check(post);
    // The rules of this post ask for `marking` and `marking-certain`, `attack` and `attack-clear`.
    expect(separate.calls.get('marking')).toBe(2);
    expect(separate.calls.get('attack')).toBe(2);
    expect(sharing.calls.get('marking')).toBe(1);
    expect(sharing.calls.get('attack')).toBe(1);
  });
});
