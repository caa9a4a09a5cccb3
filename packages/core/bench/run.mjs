// Benchmarks of the built `@propriety/core`, through its public API only.
//
//   pnpm bench            (builds first, then runs this file with --expose-gc)
//
// Measures, on real text from the OLID corpus (`shared/corpora/olid.dev.jsonl`,
// found beside the repository or through PROPRIETY_CORPORA):
//   1. posts/s: the example department pack on ~2,000 tweet-length posts;
//   2. MB/s: the same pack on one ~5 MB document made by joining corpus texts;
//   3. IR load time: median of many `load()` calls on the pack's JSON;
//   4. term scan scaling: one rule over one term list of 100, 1,000 and 10,000
//      synthetic distinct words, posts/s and the ratio to 100 terms;
//   5. in headless Chromium (Debian's, when installed): the standard pack's cold
//      start in a page and the latency of a check after every keystroke.
// Writes docs/benchmarks/results.json and docs/benchmarks/README.md.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, platform, arch, release } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import { compile, load } from '@propriety/core';
import { measureInBrowser } from './browser.mjs';
import { termList } from './compare/inputs.mjs';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const corpora = process.env.PROPRIETY_CORPORA ?? resolve(repo, '..', 'shared', 'corpora');
const corpusFile = join(corpora, 'olid.dev.jsonl');
const packFile = join(repo, 'examples', 'packs', 'example-department.prop');
const standardPackFile = join(repo, 'packages', 'rules-civil-service-2014', 'src', 'civil-service-2014.prop');
/** Posts typed one keystroke at a time in the browser. */
const TYPED_POSTS = 40;
const outDir = join(repo, 'docs', 'benchmarks');

const POSTS = 2_000;
const DOCUMENT_BYTES = 5 * 1024 * 1024;
const TERM_COUNTS = [100, 1_000, 10_000];
// No check of this size should come near the engine's time budget; raise it so a
// slow machine measures throughput instead of the fail-closed `review`.
const CHECK = { budgetMs: 120_000 };

async function main() {
  if (!existsSync(corpusFile)) {
    console.error(`cannot find the corpus at ${corpusFile}: set PROPRIETY_CORPORA to the folder that holds olid.dev.jsonl`);
    return 1;
  }
  const texts = readFileSync(corpusFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line).text)
    .filter((text) => typeof text === 'string');
  const posts = texts.slice(0, POSTS).map((text) => ({ text }));
  const meanPostLength = posts.reduce((sum, post) => sum + post.text.length, 0) / posts.length;
  const document = makeDocument(texts, DOCUMENT_BYTES);
  const documentBytes = Buffer.byteLength(document, 'utf8');

  const ir = compile(readFileSync(packFile, 'utf8'), { file: 'example-department.prop' });
  const irJson = JSON.stringify(ir);
  const engine = load(ir);

  // Every measured call must give a real report, not a budget finding or an error.
  const sample = engine.check({ text: document }, CHECK);
  if (sample.findings.some((finding) => finding.rule === 'propriety/incomplete')) {
    console.error('the ~5 MB check did not finish within its budget; the MB/s figure would be meaningless');
    return 1;
  }

  const results = {
    machine: machine(),
    node: process.version,
    commit: commit(),
    date: new Date().toISOString(),
    corpus: { file: 'olid.dev.jsonl', posts: posts.length, meanPostLength: round(meanPostLength, 1), documentBytes },
    pack: { name: ir.name, version: ir.version, rules: ir.rules.length, termLists: Object.keys(ir.termLists).length },
    postsPerSecond: 0,
    megabytesPerSecond: 0,
    loadMedianMs: 0,
    loadIrBytes: irJson.length,
    termScan: [],
  };

  // 1. Posts per second: one task checks all the posts once.
  const postsTask = measure('posts', () => {
    for (const post of posts) engine.check(post, CHECK);
  }, { time: 3_000 });
  results.postsPerSecond = Math.round(posts.length / (postsTask.p50 / 1_000));

  // 2. MB/s on one large document.
  const documentTask = measure('document', () => engine.check({ text: document }, CHECK), { time: 3_000, iterations: 5 });
  results.megabytesPerSecond = round(documentBytes / 1e6 / (documentTask.p50 / 1_000), 1);

  // 3. Loading the pack from its JSON, as a browser or edge runtime would.
  const loadTask = measure('load', () => load(JSON.parse(irJson)), { time: 2_000, iterations: 200 });
  results.loadMedianMs = round(loadTask.p50, 3);

  // 4. The term scan as one list grows. Each size is measured in two rounds and
  // keeps its better median, so that the order of the sizes does not decide
  // which one pays for the JIT and the garbage collector.
  const scanEngines = TERM_COUNTS.map((count) => load(compile(termPack(count), { file: `terms-${count}.prop` })));
  const best = TERM_COUNTS.map(() => Infinity);
  for (let round = 0; round < 2; round++) {
    for (const [index, count] of TERM_COUNTS.entries()) {
      const scanEngine = scanEngines[index];
      const task = measure(`terms ${count}`, () => {
        for (const post of posts) scanEngine.check(post, CHECK);
      }, { time: 2_000 });
      best[index] = Math.min(best[index], task.p50);
    }
  }
  for (const [index, count] of TERM_COUNTS.entries()) {
    results.termScan.push({ terms: count, postsPerSecond: Math.round(posts.length / (best[index] / 1_000)) });
  }
  const base = results.termScan[0].postsPerSecond;
  for (const row of results.termScan) row.ratioToSmallest = round(row.postsPerSecond / base, 2);

  // 5. In the browser.
  const standardIr = compile(readFileSync(standardPackFile, 'utf8'), { file: 'civil-service-2014.prop' });
  results.browser = await measureInBrowser(repo, standardIr, texts.slice(0, TYPED_POSTS));

  print(results);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(join(outDir, 'README.md'), readme(results));
  console.log(`\nwrote ${join('docs', 'benchmarks', 'results.json')} and ${join('docs', 'benchmarks', 'README.md')}`);
  return 0;
}

/** Runs one function under tinybench and returns its median latency in ms. */
function measure(name, fn, options) {
  globalThis.gc?.();
  const bench = new Bench({ warmupIterations: 3, warmupTime: 200, ...options });
  bench.add(name, fn);
  bench.runSync();
  const result = bench.tasks[0].result;
  if (!result || result.error) throw result?.error ?? new Error(`benchmark ${name} did not run`);
  const p50 = result.latency.p50 ?? result.latency.mean;
  console.log(`${name.padEnd(12)} median ${p50.toFixed(3)} ms over ${result.latency.samples.length} runs`);
  return { p50 };
}

/** Joins corpus texts, one per line, until the document holds `bytes` bytes of UTF-8. */
function makeDocument(texts, bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i = (i + 1) % texts.length) {
    parts.push(texts[i]);
    size += Buffer.byteLength(texts[i], 'utf8') + 1;
  }
  return parts.join('\n');
}

/**
 * A pack with one rule over one list of `count` distinct made-up words. The
 * words come from a fixed generator, so every run scans for the same terms.
 */
function termPack(count) {
  const words = termList([], count);
  const list = [...words].map((word) => JSON.stringify(word)).join(', ');
  return [
    `pack "bench.terms-${count}" version "1.0.0"`,
    `terms made-up { ${list} }`,
    'rule made-up-word {',
    '  severity review',
    '  when text has made-up',
    '  say "Found {match}"',
    '}',
    '',
  ].join('\n');
}

function machine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: round(totalmem() / 2 ** 30, 1),
    os: `${platform()} ${release()} ${arch()}`,
  };
}

function commit() {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: repo, encoding: 'utf8' }).trim();
    return dirty ? `${sha} (with uncommitted changes)` : sha;
  } catch {
    return 'unknown';
  }
}

function round(value, digits) {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

const number = (value) => value.toLocaleString('en-GB');

function print(results) {
  console.log('');
  console.log(`posts/s (example pack, ${results.corpus.posts} posts): ${number(results.postsPerSecond)}`);
  console.log(`MB/s (example pack, ${number(results.corpus.documentBytes)}-byte document): ${results.megabytesPerSecond}`);
  console.log(`IR load, median: ${results.loadMedianMs} ms`);
  for (const row of results.termScan) {
    console.log(`term scan, ${number(row.terms).padStart(6)} terms: ${number(row.postsPerSecond)} posts/s (${row.ratioToSmallest}× the 100-term rate)`);
  }
  const b = results.browser;
  if (b.skipped !== undefined) console.log(`browser: skipped (${b.skipped})`);
  else console.log(`browser (Chromium ${b.chromium}): load ${b.loadMs} ms, first check ${b.firstCheckMs} ms, keystroke mean ${b.keystrokeMeanMs} ms, p99 ${b.keystrokeP99Ms} ms`);
}

function browserSection(b) {
  if (b.skipped !== undefined) return `Skipped in this run: ${b.skipped}.`;
  return `The standard pack (\`packages/rules-civil-service-2014\`) in headless Chromium ${b.chromium}
(Debian's): \`@propriety/core\` bundled for the browser with esbuild (minified,
${number(b.bundleBytes)} bytes), evaluated in a fresh page; then the first
${b.posts} posts of the corpus typed one character at a time, with a full check
after every keystroke (${number(b.keystrokes)} checks), as an editor would run it.
Cold-start figures are medians of five fresh pages. The page's clock ticks
in steps of 0.1 ms (the page is not cross-origin isolated), so a single
check under that reads as 0; the mean is the total time over the number of
checks.

| measure | result |
| --- | --- |
| evaluate the bundle | ${b.scriptMs} ms |
| load the pack's IR | ${b.loadMs} ms |
| first check after load | ${b.firstCheckMs} ms |
| check per keystroke: mean (total time ÷ checks) | ${b.keystrokeMeanMs} ms |
| check per keystroke: median | ${b.keystrokeMedianMs === 0 ? 'under 0.1 ms' : `${b.keystrokeMedianMs} ms`} |
| check per keystroke: 95th percentile | ${b.keystrokeP95Ms} ms |
| check per keystroke: 99th percentile | ${b.keystrokeP99Ms} ms |
| check per keystroke: slowest | ${b.keystrokeMaxMs} ms |`;
}

function readme(results) {
  const rows = results.termScan
    .map((row) => `| ${number(row.terms)} | ${number(row.postsPerSecond)} | ${row.ratioToSmallest} |`)
    .join('\n');
  return `# Benchmarks

Generated by \`pnpm bench\` (\`packages/core/bench/run.mjs\`); do not edit by
hand. It builds \`@propriety/core\` and measures the built package through its
public API (\`compile\`, \`load\`, \`engine.check\`), with
[tinybench](https://github.com/tinylibs/tinybench); every figure is the median
of the runs (for the term scan, the better of two rounds). The raw numbers are in [results.json](results.json).

| | |
| --- | --- |
| machine | ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGiB} GiB, ${results.machine.os} |
| Node.js | ${results.node} |
| commit | ${results.commit} |
| date | ${results.date} |

## The example pack

The pack is \`examples/packs/example-department.prop\` (${results.pack.rules} rules,
${results.pack.termLists} term lists, two patterns, a link detector). The posts are the
first ${number(results.corpus.posts)} texts of the OLID development set
(mean length ${results.corpus.meanPostLength} characters); the document joins
corpus texts, one per line, to ${number(results.corpus.documentBytes)} bytes of UTF-8.

| measure | result |
| --- | --- |
| posts checked per second | ${number(results.postsPerSecond)} |
| MB/s on one large document (1 MB = 10⁶ bytes) | ${results.megabytesPerSecond} |
| time to load the compiled pack from JSON (\`load(JSON.parse(json))\`, ${number(results.loadIrBytes)} characters) | ${results.loadMedianMs} ms |

## Term scan as a term list grows

One rule, \`text has made-up\`, over one list of distinct made-up words, on the
same ${number(results.corpus.posts)} posts. The scan should cost about the same
whatever the number of terms: a ratio near 1 is the goal.

| terms | posts/s | ratio to 100 terms |
| --- | --- | --- |
${rows}

## In the browser, on every keystroke

${browserSection(results.browser)}
`;
}

process.exitCode = await main();
