import { Worker } from 'node:worker_threads';
import type { Issue } from '@propriety/core';
import type { InputRecord } from '../input/records.js';
import type { Rendered } from './outcome.js';
import { packRecords, unpackRendered } from './batch-codec.js';
import type { WorkerInit, WorkerMessage, WorkerRequest } from './worker.js';

interface Job {
  id: number;
  records: InputRecord[];
  resolve: (rendered: Rendered[]) => void;
  reject: (error: Error) => void;
}

/** A worker thread could not load the pack; `issues` when the IR itself is at fault. */
export class WorkerLoadError extends Error {
  constructor(message: string, readonly issues?: Issue[] | undefined) {
    super(message);
  }
}

/**
 * A fixed set of worker threads, each with its own engine. Batches go to
 * whichever worker is free; `run` resolves with each batch's outcomes, so
 * the caller decides the order in which they are written.
 */
export class WorkerPool {
  /** Settles once every worker has loaded the pack, or fails with the first that could not. */
  readonly ready: Promise<void>;
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly queue: Job[] = [];
  private readonly workers: Worker[] = [];
  private failure: Error | undefined;
  private closing = false;
  private nextId = 0;
  private onReady!: () => void;
  private onFailure!: (error: Error) => void;

  /**
   * Starts `size` threads at once, before the pack is known, so that they
   * import the engine while the main thread compiles; {@link WorkerPool.load}
   * then gives them the pack.
   */
  constructor(size: number, script: URL = new URL('./worker.js', import.meta.url)) {
    this.ready = new Promise((resolve, reject) => {
      this.onReady = resolve;
      this.onFailure = reject;
    });
    // Awaited by the caller; meanwhile a failure must not count as unhandled.
    this.ready.catch(() => undefined);
    let loading = size;
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script);
      worker.on('message', (message: WorkerMessage) => {
        if (message.kind === 'ready') {
          this.idle.push(worker);
          if (--loading === 0) this.onReady();
          this.dispatch();
          return;
        }
        if (message.kind === 'failed') {
          this.fail(new WorkerLoadError(message.message, message.issues));
          return;
        }
        const job = this.busy.get(worker);
        this.busy.delete(worker);
        this.idle.push(worker);
        // The worker leaves out each outcome's `ref`: the records sent carry it.
        job?.resolve(unpackRendered(message.rendered, job.records.map((record) => record.ref)));
        this.dispatch();
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`a worker thread stopped with code ${code}`));
      });
      this.workers.push(worker);
    }
  }

  /** Gives every worker the pack to load; {@link WorkerPool.ready} settles once they have. */
  load(init: WorkerInit): void {
    for (const worker of this.workers) worker.postMessage({ kind: 'init', init } satisfies WorkerRequest);
  }

  /** Checks and renders a batch on the next free worker. */
  run(records: InputRecord[]): Promise<Rendered[]> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, records, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.busy.set(worker, job);
      worker.postMessage({ kind: 'batch', id: job.id, records: packRecords(job.records) } satisfies WorkerRequest);
    }
  }

  private fail(error: Error): void {
    if (this.failure !== undefined) return;
    this.failure = error;
    this.onFailure(error);
    for (const job of [...this.busy.values(), ...this.queue]) job.reject(error);
    this.busy.clear();
    this.queue.length = 0;
  }
}
