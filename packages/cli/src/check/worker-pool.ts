import { Worker } from 'node:worker_threads';
import type { InputRecord } from '../input/records.js';
import type { Rendered } from './outcome.js';
import type { WorkerInit, WorkerTask } from './worker.js';

interface Job {
  task: WorkerTask;
  resolve: (rendered: Rendered[]) => void;
  reject: (error: Error) => void;
}

/**
 * A fixed set of worker threads, each with its own engine. Batches go to
 * whichever worker is free; `run` resolves with each batch's outcomes, so
 * the caller decides the order in which they are written.
 */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly queue: Job[] = [];
  private readonly workers: Worker[] = [];
  private failure: Error | undefined;
  private closing = false;
  private nextId = 0;

  constructor(size: number, init: WorkerInit, script: URL = new URL('./worker.js', import.meta.url)) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { workerData: init });
      worker.on('message', (message: { id: number; rendered: Rendered[] }) => {
        const job = this.busy.get(worker);
        this.busy.delete(worker);
        this.idle.push(worker);
        job?.resolve(message.rendered);
        this.dispatch();
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`a worker thread stopped with code ${code}`));
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** Checks and renders a batch on the next free worker. */
  run(records: InputRecord[]): Promise<Rendered[]> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ task: { id: this.nextId++, records }, resolve, reject });
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
      worker.postMessage(job.task);
    }
  }

  private fail(error: Error): void {
    if (this.failure !== undefined) return;
    this.failure = error;
    for (const job of [...this.busy.values(), ...this.queue]) job.reject(error);
    this.busy.clear();
    this.queue.length = 0;
  }
}
