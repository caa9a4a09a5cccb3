import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attackDetector } from '../../src/detectors/attack/index.js';
import type { Detector, DetectorInput } from '../../src/detectors/detector.js';
import { heatDetector } from '../../src/detectors/heat/index.js';
import { markingDetector } from '../../src/detectors/markings/index.js';
import { load } from '../../src/evaluator/load.js';
import { normalise } from '../../src/text/normalise.js';
import { plainText } from '../../src/text/pooled-text.js';
import { activitySchema } from '../../src/schema/activity.js';
import { compile } from '../../src/compiler/compile.js';

// The standard pack, which declares `marking-certain`, `attack-clear` and `heat-clear` beside the built-ins.
const ir = compile(readFileSync(new URL('../../../rules-civil-service-2014/src/civil-service-2014.prop', import.meta.url), 'utf8'));

// Words that set off markings, attacks and heat, at every confidence, mixed with plain ones.
const WORDS = [
  'OFFICIAL-SENSITIVE', 'official sensitive', 'SECRET', 'embargoed', 'until', 'draft', 'leaked', 'off the record', 'not for publication',
  'you', 'are', 'an', 'idiot', 'moron', 'scum', 'useless', 'councillors', 'he', 'is', 'I', 'will', 'kill', 'hurt', 'shut up',
  'STOP', 'THIS', 'NOW', '!!!', '!!', 'disgusting', 'furious', 'hate', 'angry', 'the', 'minister', 'said', 'today', 'lovely', 'weather',
  'damn', 'bloody', 'F***', '@someone', '.', ',', '\n',
];
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((words) => words.join(' '));
const kind = fc.constantFrom('post', 'reply', 'comment');

const THRESHOLD_ONLY: Detector<{ minConfidence: number }>[] = [markingDetector, attackDetector, heatDetector];

function input(t: string, k: string): DetectorInput {
  return { text: t, normalised: plainText(normalise(t)), field: 'text', activity: activitySchema.parse({ text: t, kind: k }) };
}

describe('detectors whose threshold only filters', () => {
  it('find at a threshold what they find at a lower one, less what falls below it', () => {
    for (const detector of THRESHOLD_ONLY) {
      expect(detector.thresholdOnly).toBe(true);
      fc.assert(
        fc.property(text, kind, fc.double({ min: 0, max: 1, noNaN: true }), (t, k, threshold) => {
          const all = detector.detect(input(t, k), detector.options.parse({ minConfidence: 0 }));
          const some = detector.detect(input(t, k), detector.options.parse({ minConfidence: threshold }));
          expect(some).toEqual(all.filter((m) => m.confidence >= threshold));
        }),
        { numRuns: 200 },
      );
    }
  });
});

describe('shared detector runs', () => {
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
      fc.property(text, kind, (t, k) => {
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
