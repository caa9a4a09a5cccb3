// Side-by-side comparison of Propriety with the floor, its peers and a naive
// baseline, on the same inputs, one process per contender.
//
//   pnpm bench:compare        (from the repository root)
//
// Environment: PROPRIETY_CORPORA overrides the corpus folder (default
// ../shared/corpora beside the repository); BENCH_QUICK=1 runs a shortened
// version (fewer repetitions, smaller curves) to try the harness out;
// BENCH_CORE_SRC bundles core from another source folder and BENCH_OUT
// writes elsewhere, to measure the "before" of a change.
//
// Writes docs/performance/results.json, results.md and the SVG charts.

import { fork, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { CONTENDERS, loadContender } from './contender.mjs';
import { DOCUMENT_BYTES, makeDocument, pathologicalInputs, readCorpora } from './inputs.mjs';
import { packIR, packTerms, prepare } from './prepare.mjs';
import { machine, commit, packageVersion, median } from './environment.mjs';
import { writeReport } from './report.mjs';
import { measureCliJobs } from './cli-jobs.mjs';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const corpora = process.env.PROPRIETY_CORPORA ?? resolve(repo, '..', 'shared', 'corpora');
const outDir = process.env.BENCH_OUT ?? join(repo, 'docs', 'performance');
const work = join(here, 'dist');
const QUICK = process.env.BENCH_QUICK === '1';

const REPETITIONS = QUICK ? 2 : 5;
const COLD_ROUNDS = QUICK ? 3 : 5;
const LENGTHS = [1_000, 4_000, 16_000, 64_000, 256_000, 1_000_000, DOCUMENT_BYTES];
const TERM_COUNTS = QUICK ? [100, 2_000, 20_000] : [100, 1_000, 2_000, 10_000, 20_000, 100_000];
// The terms curve checks every 11th post (4,000 of them), the same for every contender and size.
const TERMS_STEP = 11;
const TERMS_SAMPLE = 4_000;
// Slow contenders get fewer posts or a shorter document, sized to about this long a repetition.
const REPETITION_MS = 1_500;
// No single measured call is allowed to take longer than this; longer ones are skipped and marked.
const MAX_CALL_MS = 4_000;

const log = (...args) => console.log(...args);

/** One contender in a forked child process, answering requests one at a time. */
class Worker {
  constructor(id, init) {
    this.id = id;
    this.init = init;
    this.child = undefined;
    this.pending = new Map();
    this.nextId = 1;
  }

  async start() {
    const child = fork(join(here, 'child.mjs'), [], { execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.child = child;
    await new Promise((resolveReady, reject) => {
      child.once('message', (message) => (message.ready ? resolveReady() : reject(new Error('unexpected first message'))));
      child.once('error', reject);
    });
    child.on('message', (message) => {
      const waiting = this.pending.get(message.id);
      if (waiting === undefined) return;
      this.pending.delete(message.id);
      clearTimeout(waiting.timer);
      if (message.ok) waiting.resolve(message.result);
      else waiting.reject(new Error(`${this.id}: ${message.error}`));
    });
    child.on('exit', () => {
      for (const waiting of this.pending.values()) {
        clearTimeout(waiting.timer);
        waiting.reject(new Error(`${this.id}: the process exited`));
      }
      this.pending.clear();
      if (this.child === child) this.child = undefined;
    });
    return this.request({ cmd: 'init', ...this.init }, 120_000);
  }

  /** Sends one request; past `timeoutMs` the process is ended and the request fails. */
  async request(message, timeoutMs = 60_000) {
    if (this.child === undefined) await this.start();
    const child = this.child;
    const id = this.nextId++;
    return new Promise((resolveResult, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new TimeoutError(`${this.id}: no answer within ${timeoutMs / 1000} s`));
        // The child is stuck in a synchronous call: only ending it frees the core.
        child.kill('SIGKILL');
      }, timeoutMs);
      this.pending.set(id, { resolve: resolveResult, reject, timer });
      child.send({ ...message, id });
    });
  }

  stop() {
    this.child?.disconnect();
    this.child = undefined;
  }
}

class TimeoutError extends Error {}

async function main() {
  const started = performance.now();
  log('preparing: bundling core from source, compiling the pack, writing the inputs');
  const bundles = prepare(repo, work, process.env.BENCH_CORE_SRC);
  const { ir, pack, note } = await packIR(repo, bundles.coreBundleUrl);
  if (note !== undefined) log(`note: ${note}`);
  log(`pack: ${pack}`);
  const terms = packTerms(ir);
  const { texts, files } = readCorpora(corpora);
  const document = makeDocument(texts);
  const documentBytes = Buffer.byteLength(document, 'utf8');
  const { profaneWords } = await import('@2toad/profanity');
  // Real words first for the terms curve: the pack's terms, then a public profanity list.
  const realTerms = [...new Set([...terms.map((t) => t.text.toLowerCase()), ...profaneWords.get('en')])];

  const inputs = {
    posts: join(work, 'posts.json'),
    document: join(work, 'document.txt'),
    realTerms: join(work, 'real-terms.json'),
  };
  const context = {
    ir: join(work, 'ir.json'),
    packTerms: join(work, 'pack-terms.json'),
    coreBundleUrl: bundles.coreBundleUrl,
    textBundleUrl: bundles.textBundleUrl,
  };
  writeFileSync(inputs.posts, JSON.stringify(texts));
  writeFileSync(inputs.document, document);
  writeFileSync(inputs.realTerms, JSON.stringify(realTerms));
  writeFileSync(context.ir, JSON.stringify(ir));
  writeFileSync(context.packTerms, JSON.stringify(terms));
  const contextFile = join(work, 'context.json');
  writeFileSync(contextFile, JSON.stringify(context));

  const contenders = [];
  for (const id of CONTENDERS) {
    const contender = await loadContender(id);
    contenders.push({
      id,
      label: contender.label,
      kind: contender.kind,
      version: contender.package === undefined ? undefined : packageVersion(repo, contender.package),
      curves: typeof contender.buildWithTerms === 'function',
    });
  }

  const results = {
    machine: machine(),
    node: process.version,
    commit: commit(repo),
    coreSource: process.env.BENCH_CORE_SRC ?? 'packages/core/src',
    date: new Date().toISOString(),
    quick: QUICK,
    pack: {
      description: pack,
      name: ir.name,
      version: ir.version,
      rules: ir.rules.filter((rule) => rule.severity !== 'off').length,
      termLists: Object.keys(ir.termLists).length,
      terms: terms.length,
      patterns: Object.keys(ir.patterns ?? {}).length,
      detectors: Object.keys(ir.detectors ?? {}).length,
    },
    corpus: {
      files,
      posts: texts.length,
      meanPostLength: round(texts.reduce((sum, text) => sum + text.length, 0) / texts.length, 1),
      documentBytes,
      documentChars: document.length,
    },
    contenders,
    coldStart: {},
    throughput: {},
    lengthCurve: {},
    termsCurve: {},
    pathological: { length: 0, inputs: [], times: {} },
    memory: {},
  };

  // 1. Cold start: a fresh process per measurement, interleaved across contenders.
  log('\ncold start');
  const bare = { ms: [], rss: [] };
  const cold = Object.fromEntries(CONTENDERS.map((id) => [id, { ms: [], rss: [], first: [], error: undefined }]));
  for (let round = 0; round < COLD_ROUNDS; round++) {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.resourceUsage().maxRSS))'], { encoding: 'utf8' });
    bare.ms.push(performance.now() - t0);
    bare.rss.push(Number(run.stdout));
    for (const id of CONTENDERS) {
      const t1 = performance.now();
      const child = spawnSync(process.execPath, [join(here, 'cold.mjs'), id, contextFile, '--first-check'], { encoding: 'utf8', timeout: 60_000 });
      const ms = performance.now() - t1;
      if (child.status !== 0) {
        cold[id].error = (child.stderr || `exit ${child.status}`).trim().split('\n').slice(-3).join(' ');
        continue;
      }
      const measured = JSON.parse(child.stdout);
      // The first check is timed inside the process and shown on its own, not as start-up.
      cold[id].ms.push(ms - measured.firstCheckMs);
      cold[id].first.push(measured.firstCheckMs);
      cold[id].rss.push(measured.maxRssKiB);
    }
  }
  const bareMs = median(bare.ms);
  const bareRss = median(bare.rss);
  results.coldStart = { bareNodeMs: round(bareMs, 1), bareNodeRssMiB: round(bareRss / 1024, 1), contenders: {} };
  for (const id of CONTENDERS) {
    const c = cold[id];
    results.coldStart.contenders[id] = c.ms.length === 0
      ? { error: c.error }
      : { ms: round(median(c.ms) - bareMs, 1), extraRssMiB: round((median(c.rss) - bareRss) / 1024, 1), firstCheckMs: round(median(c.first), 1) };
    log(`  ${id.padEnd(18)} ${c.ms.length === 0 ? c.error : `+${(median(c.ms) - bareMs).toFixed(1)} ms, +${((median(c.rss) - bareRss) / 1024).toFixed(1)} MiB, first check ${median(c.first).toFixed(1)} ms`}`);
  }

  // 2. Throughput: one long-lived process per contender, repetitions interleaved.
  log('\nthroughput');
  const workers = new Map(CONTENDERS.map((id) => [id, new Worker(id, { contender: id, context, inputs })]));
  const plan = new Map();
  for (const [id, worker] of workers) {
    const { buildMs } = await worker.start();
    const calibration = await worker.request({ cmd: 'calibratePosts', budgetMs: REPETITION_MS }, 120_000);
    const postRate = calibration.count / calibration.ms;
    const allPosts = calibration.count === texts.length && calibration.ms <= 4_000;
    const posts = allPosts ? texts.length : Math.max(200, Math.min(texts.length, Math.floor(postRate * REPETITION_MS)));
    // A slow contender checks a sample spread over every corpus, not just the first file.
    const step = allPosts ? 1 : Math.max(1, Math.floor(texts.length / posts));
    const probe = 65_536;
    const { ms: probeMs } = await worker.request({ cmd: 'once', length: probe }, 120_000);
    const fullMs = (probeMs * document.length) / probe;
    const chars = fullMs <= 3_000 ? document.length : Math.max(16_384, Math.floor((probe * REPETITION_MS) / Math.max(probeMs, 1e-3)));
    plan.set(id, { posts, step, chars: Math.min(chars, document.length) });
    // Warm-up of the document path at its measured size.
    await worker.request({ cmd: 'once', length: plan.get(id).chars }, 180_000);
    log(`  ${id.padEnd(18)} built in ${buildMs.toFixed(1)} ms; ${posts} posts and ${plan.get(id).chars} characters per repetition`);
  }
  const perRep = Object.fromEntries(CONTENDERS.map((id) => [id, { posts: [], doc: [] }]));
  for (let rep = 0; rep < REPETITIONS; rep++) {
    // Rotating the order spreads any drift of the machine over every contender.
    const order = CONTENDERS.map((_, k) => CONTENDERS[(k + rep) % CONTENDERS.length]);
    for (const id of order) {
      const worker = workers.get(id);
      const { posts, step, chars } = plan.get(id);
      const { ms: postMs } = await worker.request({ cmd: 'posts', count: posts, step }, 120_000);
      const { ms: docMs } = await worker.request({ cmd: 'once', length: chars }, 180_000);
      perRep[id].posts.push(posts / (postMs / 1000));
      const bytes = chars >= document.length ? documentBytes : Buffer.byteLength(document.slice(0, chars), 'utf8');
      perRep[id].doc.push(bytes / 1e6 / (docMs / 1000));
    }
    log(`  repetition ${rep + 1}/${REPETITIONS} done`);
  }
  for (const id of CONTENDERS) {
    const rates = perRep[id];
    const ratio = (reference, key) => median(rates[key].map((rate, k) => rate / perRep[reference][key][k]));
    const { posts, step, chars } = plan.get(id);
    results.throughput[id] = {
      postsPerSecond: Math.round(median(rates.posts)),
      megabytesPerSecond: round(median(rates.doc), 2),
      posts,
      postStep: step,
      documentChars: chars,
      documentPartial: chars < document.length,
      vsTermScan: { posts: round(ratio('propriety-terms', 'posts'), 3), document: round(ratio('propriety-terms', 'doc'), 3) },
      vsFullPack: { posts: round(ratio('propriety-pack', 'posts'), 3), document: round(ratio('propriety-pack', 'doc'), 3) },
    };
    const t = results.throughput[id];
    log(`  ${id.padEnd(18)} ${t.postsPerSecond.toLocaleString('en-GB').padStart(11)} posts/s  ${String(t.megabytesPerSecond).padStart(8)} MB/s${t.documentPartial ? ` (first ${chars} chars)` : ''}`);
  }

  // 3. Time against text length: prefixes of the long document.
  log('\ntime against text length');
  for (const [id, worker] of workers) {
    const points = [];
    let last;
    for (const size of LENGTHS) {
      const length = Math.min(size, document.length);
      if (last !== undefined && (last.ms * length) / last.length > MAX_CALL_MS) break;
      try {
        const { ms } = await worker.request({ cmd: 'prefix', length, samples: 3, minBatchMs: 20, maxMs: MAX_CALL_MS }, 120_000);
        const bytes = Buffer.byteLength(document.slice(0, length), 'utf8');
        points.push({ bytes, chars: length, ms: round(ms, 4) });
        last = { ms, length };
      } catch (error) {
        if (!(error instanceof TimeoutError)) throw error;
        break;
      }
    }
    results.lengthCurve[id] = points;
    log(`  ${id.padEnd(18)} ${points.map((p) => `${p.bytes}:${p.ms}ms`).join(' ')}`);
  }

  // 4. Pathological inputs (before the terms curve, which rebuilds the checkers).
  log('\npathological inputs');
  const pathological = pathologicalInputs();
  results.pathological.length = pathological[0].text.length;
  results.pathological.inputs = pathological.map(({ id, label }) => ({ id, label }));
  // Two rounds, interleaved across contenders; each cell keeps the better median, so
  // that a burst of other work on a shared machine does not decide a figure.
  for (const id of CONTENDERS) results.pathological.times[id] = {};
  for (let round = 0; round < 2; round++) {
    for (const [id, worker] of workers) {
      const times = results.pathological.times[id];
      for (const input of pathological) {
        // A call that took over half a second is not measured again: noise does not decide it.
        if (times[input.id] === null || times[input.id] > 500) continue;
        try {
          const { ms } = await worker.request({ cmd: 'text', text: input.text, samples: 5, minBatchMs: 10, maxMs: MAX_CALL_MS }, 60_000);
          times[input.id] = Math.min(times[input.id] ?? Infinity, round4(ms));
        } catch (error) {
          if (!(error instanceof TimeoutError)) throw error;
          times[input.id] = null;
        }
      }
      if (round === 1) log(`  ${id.padEnd(18)} ${pathological.map((p) => `${p.id}:${times[p.id]}`).join(' ')}`);
    }
  }

  // 5. Time against the number of terms, for the contenders that take a term list.
  log('\ntime against number of terms');
  for (const { id, curves } of contenders) {
    if (!curves) continue;
    const worker = workers.get(id);
    const points = [];
    let last;
    for (const count of TERM_COUNTS) {
      // Stop before a size that would take minutes: builds and scans grow at least linearly with the list.
      if (last !== undefined && last.buildMs * (count / last.count) > 90_000) break;
      if (last !== undefined && last.msPerPost * (count / last.count) * 200 > 10_000) break;
      try {
        const { buildMs } = await worker.request({ cmd: 'withTerms', count }, 180_000);
        // Size the sample to about a second, from a short first run (which also warms up).
        const probe = await worker.request({ cmd: 'posts', count: 200, step: TERMS_STEP }, 120_000);
        const sample = Math.max(200, Math.min(TERMS_SAMPLE, Math.floor((200 * 1000) / Math.max(probe.ms, 1e-3))));
        const times = [];
        for (let rep = 0; rep < 3; rep++) times.push((await worker.request({ cmd: 'posts', count: sample, step: TERMS_STEP }, 120_000)).ms / sample);
        points.push({ terms: count, msPerPost: round(median(times), 6), buildMs: round(buildMs, 1), posts: sample });
        last = { buildMs, count, msPerPost: median(times) };
      } catch (error) {
        if (!(error instanceof TimeoutError)) throw error;
        points.push({ terms: count, msPerPost: null, buildMs: null, timedOut: true });
        break;
      }
    }
    results.termsCurve[id] = points;
    log(`  ${id.padEnd(18)} ${points.map((p) => `${p.terms}:${p.msPerPost === null ? 'timeout' : `${(p.msPerPost * 1000).toFixed(2)}µs/post (build ${p.buildMs}ms)`}`).join(' ')}`);
  }
  for (const worker of workers.values()) worker.stop();

  // 6. Peak memory checking the long document, each in a fresh process.
  log('\npeak memory on the long document');
  for (const id of CONTENDERS) {
    // One check of the whole document, unless the contender's measured speed says it would take over 15 s.
    const { chars } = plan.get(id);
    const documentSeconds = documentBytes / 1e6 / results.throughput[id].megabytesPerSecond;
    if (chars < document.length && documentSeconds > 15) {
      results.memory[id] = { skipped: `too slow for the whole document (about ${Math.round(documentSeconds)} s)` };
      continue;
    }
    const child = spawnSync(process.execPath, ['--max-old-space-size=4096', join(here, 'cold.mjs'), id, contextFile, '--document', inputs.document], { encoding: 'utf8', timeout: 120_000 });
    results.memory[id] = child.status === 0
      ? { peakRssMiB: round(JSON.parse(child.stdout).maxRssKiB / 1024, 1) }
      : { error: (child.stderr || `exit ${child.status}`).trim().split('\n').slice(-1)[0] };
    log(`  ${id.padEnd(18)} ${JSON.stringify(results.memory[id])}`);
  }

  // 7. Batch checking with the built CLI: `--jobs 1` against `--jobs 2` (see cli-jobs.mjs).
  log('\nCLI: --jobs 1 against --jobs 2');
  results.cliJobs = await measureCliJobs({ repo, work, texts, repetitions: QUICK ? 1 : 3, log });

  results.elapsedSeconds = Math.round((performance.now() - started) / 1000);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  writeReport(results, outDir);
  log(`\nwrote results.json, results.md and the charts into ${outDir} in ${results.elapsedSeconds} s`);
  return 0;
}

const round4 = (value) => round(value, 4);

function round(value, digits) {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
