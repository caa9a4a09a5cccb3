import { fstatSync } from 'node:fs';
import { validateActivityFlags, type ActivityFlags } from '../input/activity-flags.js';
import { expandInputs, type InputSource } from '../input/expand-inputs.js';
import { ByteMeter, readInputs, type StdinFormat } from '../input/read-inputs.js';
import { describeRef } from '../input/records.js';
import { exitCodeFor } from '../exit-codes.js';
import { createReporter } from '../formats/create-reporter.js';
import type { Format } from '../formats/reporter.js';
import { createRenderer, type RenderConfig } from '../formats/renderer.js';
import { loadPack, packLoadError } from '../packs/compile-pack.js';
import { selectPackIR } from '../packs/select-pack.js';
import { colorsFor, wantsColor } from '../terminal/colors.js';
import { Output } from '../terminal/output.js';
import { UsageError } from '../usage-error.js';
import { VERSION } from '../version.js';
import { checkRecord, type CheckSettings } from './check-record.js';
import { renderOutcome, type Rendered } from './outcome.js';
import { runPipeline } from './pipeline.js';
import { Progress } from './progress.js';
import { describeSummary, Summary } from './summary.js';
import { activityValidator } from './activity-validator.js';
import { WorkerLoadError, WorkerPool } from './worker-pool.js';

/** The options of `propriety check` and `propriety explain`. */
export interface CheckCommandOptions extends ActivityFlags {
  pack: string[];
  format: Format;
  explain: boolean;
  jobs: number;
  ndjson?: boolean | undefined;
  text?: boolean | undefined;
  now?: string | undefined;
  color?: boolean | undefined;
  progress: boolean;
  quiet?: boolean | undefined;
}

/** The streams a run talks to; tests and embedders may pass their own. */
export interface CheckIO {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  cwd: string;
}

/** How many problems with inputs are printed; the summary counts all of them. */
const MAX_PRINTED_PROBLEMS = 1000;

/**
 * Runs `propriety check` (and `explain`, which is the same with
 * `explain: true`): picks the pack, reads every input in order, checks it
 * in this thread or in `jobs` worker threads, writes each outcome as it
 * comes in the chosen format and returns the exit code (see `exitCodeFor`).
 */
export async function runCheck(paths: readonly string[], options: CheckCommandOptions, io: CheckIO): Promise<number> {
  // Worker threads start first: they import the engine while this thread compiles the pack.
  const pool = options.jobs > 1 ? new WorkerPool(options.jobs) : undefined;
  try {
    return await check(paths, options, io, pool);
  } finally {
    await pool?.close();
  }
}

async function check(paths: readonly string[], options: CheckCommandOptions, io: CheckIO, pool: WorkerPool | undefined): Promise<number> {
  const err = colorsFor(io.stderr, options.color);
  const pack = await selectPackIR(options.pack, err);
  if (pack.warnings !== '' && options.quiet !== true) io.stderr.write(`${pack.warnings}\n\n`);
  // With worker threads, each loads the pack and the main thread only reads and writes: loading it here too
  // would hold up the workers' start by as long as a load takes. Flags are checked without the rules.
  const engine = pool === undefined ? loadPack(pack.ir, pack.label).engine : undefined;
  const validator = engine ?? activityValidator(pack);
  validateActivityFlags(options, validator);
  if (options.now !== undefined && Number.isNaN(Date.parse(options.now))) {
    throw new UsageError(`\`--now\` must be an ISO 8601 date or date-time such as \`2026-04-10\` (got \`${options.now}\`)`);
  }
  if (options.ndjson === true && options.text === true) throw new UsageError('`--ndjson` and `--text` cannot be used together');

  const sources = await inputSources(paths, io);
  const out = new Output(io.stdout);
  const ctx = { out, colors: colorsFor(io.stdout, options.color), engine: validator, cwd: io.cwd, version: VERSION };
  const reporter = createReporter(options.format, ctx, pack.ir);
  const settings: CheckSettings = { explain: options.explain, now: options.now };
  const render: RenderConfig = { format: options.format, color: wantsColor(io.stdout, options.color), explain: options.explain, cwd: io.cwd };
  const meter = new ByteMeter();
  const stdinFormat: StdinFormat = options.ndjson === true ? 'ndjson' : options.text === true ? 'text' : 'auto';
  const records = readInputs(sources, { flags: options, stdinFormat, meter, stdin: io.stdin });
  const summary = new Summary();

  const showProgress = options.progress && options.quiet !== true && io.stderr.isTTY === true && io.stdout.isTTY !== true;
  const progress = showProgress
    ? new Progress({ get posts() { return summary.checked + summary.invalid; }, get bytes() { return meter.bytes; } }, totalBytes(sources, io), io.stderr)
    : undefined;

  let printed = 0;
  const handle = (rendered: Rendered): void => {
    summary.add(rendered);
    reporter.write(rendered);
    if (!rendered.ok && printed++ < MAX_PRINTED_PROBLEMS) {
      io.stderr.write(`${err.red('error')}: ${err.bold(describeRef(rendered.ref))}: ${rendered.problem}\n`);
    }
  };
  if (pool !== undefined) {
    // A pack that does not load is a usage error, raised before anything is written.
    pool.load({ ir: pack.ir, settings, render });
    await pool.ready.catch((error: unknown) => {
      throw error instanceof WorkerLoadError && error.issues !== undefined ? packLoadError(pack.label, error.issues) : error;
    });
  }
  reporter.begin();
  try {
    if (pool !== undefined) {
      await runPipeline(records, (batch) => pool.run(batch), async (batch) => {
        for (const rendered of batch) handle(rendered);
        await out.ready();
      }, { batchSize: 256, maxInFlight: options.jobs * 4, flushAfterMs: 50 });
    } else if (engine !== undefined) {
      const write = createRenderer(render, pack.ir);
      for await (const record of records) {
        handle(renderOutcome(checkRecord(engine, record, settings), write));
        await out.ready();
      }
    }
  } finally {
    progress?.stop();
  }
  summary.finish();
  reporter.end(summary);
  await out.flush();
  if (summary.invalid > MAX_PRINTED_PROBLEMS) {
    io.stderr.write(`${err.red('error')}: ${summary.invalid - MAX_PRINTED_PROBLEMS} more inputs could not be checked\n`);
  }
  if (!reporter.printsSummary && options.quiet !== true) io.stderr.write(`${describeSummary(summary)}\n`);
  return exitCodeFor(summary);
}

async function inputSources(paths: readonly string[], io: CheckIO): Promise<InputSource[]> {
  if (paths.length > 0) return expandInputs(paths);
  if (io.stdin.isTTY === true) {
    throw new UsageError('nothing to check: name files or folders, or pipe a post into `propriety check -`');
  }
  return [{ kind: 'stdin' }];
}

function totalBytes(sources: readonly InputSource[], io: CheckIO): number | undefined {
  let total = 0;
  for (const source of sources) {
    if (source.kind === 'file') {
      total += source.size;
    } else if (source.kind === 'stdin') {
      // Redirected from a file, standard input has a size; a pipe has none.
      try {
        const fd = (io.stdin as { fd?: number }).fd ?? 0;
        const info = fstatSync(fd);
        if (!info.isFile()) return undefined;
        total += info.size;
      } catch {
        return undefined;
      }
    }
  }
  return total;
}
