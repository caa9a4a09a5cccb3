import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/check/pipeline.js';
import type { Rendered } from '../../src/check/outcome.js';
import type { InputRecord } from '../../src/input/records.js';

async function* records(n: number, gaps: readonly number[]): AsyncGenerator<InputRecord> {
  for (let i = 0; i < n; i++) {
    const gap = gaps[i % Math.max(1, gaps.length)] ?? 0;
    if (gap > 0) await new Promise((resolve) => setTimeout(resolve, gap));
    yield { ref: { file: 'f', line: i + 1 }, kind: 'line', text: String(i) };
  }
}

describe('runPipeline', () => {
  it('emits every outcome once, in input order, with at most maxInFlight batches out', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 6 }),
        async (n, batchSize, maxInFlight, delays, gaps) => {
          let out = 0;
          let most = 0;
          let calls = 0;
          const emitted: number[] = [];
          await runPipeline(
            records(n, gaps.map((g) => (g > 2 ? 1 : 0))),
            async (batch) => {
              out++;
              most = Math.max(most, out);
              const delay = delays[calls++ % Math.max(1, delays.length)] ?? 0;
              await new Promise((resolve) => setTimeout(resolve, delay));
              out--;
              return batch.map((record): Rendered => ({ ref: record.ref, ok: true, text: record.kind === 'line' ? record.text : '' }));
            },
            async (batch) => {
              for (const rendered of batch) emitted.push(Number(rendered.text));
            },
            { batchSize, maxInFlight, flushAfterMs: 2 },
          );
          expect(emitted).toEqual([...Array(n).keys()]);
          // One more than the limit can be out while the oldest is awaited.
          expect(most).toBeLessThanOrEqual(maxInFlight + 1);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('raises the failure of a batch', async () => {
    const failing = runPipeline(records(5, [0]), async () => {
      throw new Error('worker died');
    }, async () => undefined, { batchSize: 2, maxInFlight: 2, flushAfterMs: 1 });
    await expect(failing).rejects.toThrow('worker died');
  });
});
