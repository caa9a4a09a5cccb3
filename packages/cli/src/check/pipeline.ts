import type { InputRecord } from '../input/records.js';
import type { Rendered } from './outcome.js';

/** Checks a batch of records, in the calling thread or elsewhere. */
export type BatchChecker = (records: InputRecord[]) => Rendered[] | Promise<Rendered[]>;

/** Options of {@link runPipeline}. */
export interface PipelineOptions {
  /** Records per batch. */
  batchSize: number;
  /** Batches being checked at once; more wait for the oldest to be written. */
  maxInFlight: number;
  /** A partly filled batch is sent after the input has been quiet this long, so slow streams still flow. */
  flushAfterMs: number;
}

interface InFlight {
  done: boolean;
  rendered: Rendered[];
  promise: Promise<void>;
}

/**
 * Feeds records to `check` in batches and hands every outcome to `emit` in
 * input order, however the batches finish. At most `maxInFlight` batches
 * are outstanding and `emit` is awaited, so a fast reader never runs ahead
 * of a slow writer: memory stays bounded whatever the size of the input.
 */
export async function runPipeline(
  records: AsyncIterable<InputRecord>,
  check: BatchChecker,
  emit: (rendered: Rendered[]) => Promise<void>,
  options: PipelineOptions,
): Promise<void> {
  const inFlight: InFlight[] = [];
  let batch: InputRecord[] = [];

  const send = (): void => {
    if (batch.length === 0) return;
    const records = batch;
    batch = [];
    const entry: InFlight = { done: false, rendered: [], promise: Promise.resolve() };
    entry.promise = Promise.resolve(check(records)).then((rendered) => {
      entry.rendered = rendered;
      entry.done = true;
    });
    // The failure is raised where the batch is awaited; this only keeps it from counting as unhandled meanwhile.
    entry.promise.catch(() => undefined);
    inFlight.push(entry);
  };
  // Writes every finished batch at the head of the line; waits for the head while too many are out.
  const drain = async (limit: number): Promise<void> => {
    while (inFlight.length > 0 && (inFlight[0]!.done || inFlight.length > limit)) {
      const head = inFlight[0]!;
      await head.promise;
      inFlight.shift();
      await emit(head.rendered);
    }
  };

  // Already-settled promises win `Promise.race` in argument order: racing `next` against this polls it.
  const NOT_YET = Promise.resolve(undefined);
  const iterator = records[Symbol.asyncIterator]();
  let next = iterator.next();
  for (;;) {
    let result: IteratorResult<InputRecord> | undefined;
    if (batch.length === 0 && inFlight.length === 0) {
      result = await next;
    } else {
      result = await Promise.race([next, NOT_YET]);
    }
    if (result === undefined) {
      // Quiet input: send what there is and write what is done, then keep waiting.
      let timer: NodeJS.Timeout | undefined;
      const quiet = new Promise<undefined>((resolve) => {
        timer = setTimeout(resolve, options.flushAfterMs, undefined);
      });
      result = await Promise.race([next, quiet]);
      clearTimeout(timer);
      if (result === undefined) {
        send();
        await drain(Number.POSITIVE_INFINITY);
        // Nothing done yet: wait for the oldest batch or the next record, whichever comes first.
        if (inFlight.length > 0) await Promise.race([next, inFlight[0]!.promise]);
        await drain(Number.POSITIVE_INFINITY);
        continue;
      }
    }
    if (result.done === true) break;
    next = iterator.next();
    batch.push(result.value);
    if (batch.length >= options.batchSize) send();
    await drain(options.maxInFlight);
  }
  send();
  await drain(0);
}
