import type { Writable } from 'node:stream';

/**
 * A text sink over a stream that respects backpressure: `write` never
 * waits, `ready` waits until the stream has drained what it was given, so a
 * producer that awaits `ready` between batches keeps memory bounded.
 */
export class Output {
  private blocked = false;

  constructor(readonly stream: Writable) {}

  /** Queues `text` on the stream. */
  write(text: string): void {
    if (text.length === 0) return;
    if (!this.stream.write(text)) this.blocked = true;
  }

  /** Resolves once the stream can take more. */
  async ready(): Promise<void> {
    if (!this.blocked) return;
    await new Promise<void>((resolve) => this.stream.once('drain', resolve));
    this.blocked = false;
  }

  /** Resolves once everything written has been handed to the operating system. */
  async flush(): Promise<void> {
    await this.ready();
    await new Promise<void>((resolve) => this.stream.write('', () => resolve()));
  }
}
