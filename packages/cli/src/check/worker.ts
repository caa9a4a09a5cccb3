import { parentPort, workerData } from 'node:worker_threads';
import { load } from '@propriety/core';
import type { InputRecord } from '../input/records.js';
import { checkRecord, type CheckSettings } from './check-record.js';

/** What a worker is started with: the compiled pack and how to check. */
export interface WorkerInit {
  ir: unknown;
  settings: CheckSettings;
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
  port.on('message', (task: WorkerTask) => {
    const outcomes = task.records.map((record) => checkRecord(engine, record, init.settings));
    port.postMessage({ id: task.id, outcomes });
  });
}
