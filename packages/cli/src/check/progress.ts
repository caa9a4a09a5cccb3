import cliProgress from 'cli-progress';

/** What the progress bar shows. */
export interface ProgressSource {
  /** Activities checked so far. */
  readonly posts: number;
  /** Bytes of input read so far. */
  readonly bytes: number;
}

/**
 * A progress bar on standard error: posts checked, posts per second and,
 * when the size of the input is known, a bar and the time left. It redraws
 * a few times a second from counters, so checking pays nothing per post.
 */
export class Progress {
  private readonly bar: cliProgress.SingleBar;
  private readonly timer: NodeJS.Timeout;
  private readonly started = Date.now();

  constructor(private readonly source: ProgressSource, private readonly totalBytes: number | undefined, stream: NodeJS.WriteStream = process.stderr) {
    const sized = totalBytes !== undefined && totalBytes > 0;
    this.bar = new cliProgress.SingleBar({
      stream,
      format: sized
        ? '{bar} {percentage}% | {posts} posts | {rate} posts/s | ETA {eta_formatted}'
        : '{posts} posts | {rate} posts/s | {duration_formatted}',
      barCompleteChar: '\u2588',
      barIncompleteChar: '\u2591',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 10,
      noTTYOutput: false,
    });
    this.bar.start(sized ? totalBytes : 1, 0, { posts: 0, rate: 0 });
    this.timer = setInterval(() => this.tick(), 200);
    this.timer.unref();
  }

  /** Redraws with the current counts. */
  tick(): void {
    const seconds = Math.max((Date.now() - this.started) / 1000, 0.001);
    const posts = this.source.posts;
    const payload = { posts, rate: Math.round(posts / seconds) };
    if (this.totalBytes !== undefined && this.totalBytes > 0) {
      this.bar.update(Math.min(this.source.bytes, this.totalBytes), payload);
    } else {
      this.bar.update(0, payload);
    }
  }

  /** Removes the bar from the terminal. */
  stop(): void {
    clearInterval(this.timer);
    this.tick();
    this.bar.stop();
  }
}
