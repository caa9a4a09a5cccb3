import { parentPort, workerData } from 'node:worker_threads';
import { load, type PackIR } from '@propriety/core';
import { createRenderer, type RenderConfig } from '../formats/renderer.js';
import type { InputRecord } from '../input/records.js';
import { checkRecord, type CheckSettings } from './check-record.js';
import { renderOutcome } from './outcome.js';

/** What a worker is started with: the compiled pack, how to check and how to write. */
export interface WorkerInit {
  ir: PackIR;
  settings: CheckSettings;
  render: RenderConfig;
}

/** A batch sent to a worker. */
export interface WorkerTask {
  id: number;
  records: InputRecord[];
}

// One engine per worker, loaded once from the IR the main thread compiled.
if (parentPort !== null) {
  const port = parentPort;
  const init = workerData as WorkerInit;
  const engine = load(init.ir);
  const render = createRenderer(init.render, init.ir);
  port.on('message', (task: WorkerTask) => {
    const rendered = task.records.map((record) => renderOutcome(checkRecord(engine, record, init.settings), render));
    port.postMessage({ id: task.id, rendered });
  });
}
