import { parentPort } from 'node:worker_threads';
import { IRError, load, type Engine, type Issue, type PackIR } from '@propriety/core';
import { createRenderer, type RenderConfig } from '../formats/renderer.js';
import { packRendered, unpackRecords, type PackedRecords, type PackedRendered } from './batch-codec.js';
import { checkRecord, type CheckSettings } from './check-record.js';
import { renderOutcome } from './outcome.js';

/** What a worker loads once: the compiled pack, how to check and how to write. */
export interface WorkerInit {
  ir: PackIR;
  settings: CheckSettings;
  render: RenderConfig;
}

/** What the main thread sends: the pack to load (first, once), then batches. */
export type WorkerRequest = { kind: 'init'; init: WorkerInit } | { kind: 'batch'; id: number; records: PackedRecords };

/** What a worker says: loaded, could not load, or a batch done (outcomes in batch order). */
export type WorkerMessage =
  | { kind: 'ready' }
  | { kind: 'failed'; message: string; issues?: Issue[] | undefined }
  | { kind: 'done'; id: number; rendered: PackedRendered };

// The thread is started before the pack is known, so that importing core here overlaps the main thread's
// compiling; the pack comes in the first message. One engine per worker (the main thread loads none).
if (parentPort !== null) {
  const port = parentPort;
  let check: ((records: PackedRecords) => PackedRendered) | undefined;
  port.on('message', (request: WorkerRequest) => {
    if (request.kind === 'batch') {
      port.postMessage({ kind: 'done', id: request.id, rendered: check!(request.records) } satisfies WorkerMessage);
      return;
    }
    const { init } = request;
    let engine: Engine;
    try {
      engine = load(init.ir);
    } catch (error) {
      const failed: WorkerMessage = error instanceof IRError
        ? { kind: 'failed', message: error.message, issues: error.issues }
        : { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
      port.postMessage(failed);
      return;
    }
    const render = createRenderer(init.render, init.ir);
    check = (packed) => packRendered(unpackRecords(packed).map((record) => renderOutcome(checkRecord(engine, record, init.settings), render)));
    port.postMessage({ kind: 'ready' } satisfies WorkerMessage);
  });
}
