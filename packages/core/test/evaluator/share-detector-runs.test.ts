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
