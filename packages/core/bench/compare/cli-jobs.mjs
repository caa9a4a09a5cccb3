import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './environment.mjs';

// Batch checking with the built CLI: `propriety check posts.ndjson --jobs 1`
// against `--jobs 2`, each run a fresh process (start-up included, as a user
// sees it), the two taking turns so that drift of the machine falls on both.
// Each run reports its own CPU time and peak memory through a preloaded hook,
// since wall time alone says little on a machine shared with other work.
//
//   node cli-jobs.mjs [repetitions]      (standalone, on dist/posts.json)

/**
 * The cases measured: the standard pack on the posts; the same on an archive
 * (the posts eight times over, once each way: the target's case, where the
 * fixed cost of each thread's start-up and warm-up is spread over enough
 * posts); and a small pack, to show those fixed costs.
 */
export const CLI_PACKS = [
  { id: 'standard', label: 'standard pack', args: [] },
  { id: 'archive', label: 'standard pack, an archive: the posts 8 times over', args: [], times: 8, repetitions: 1 },
  { id: 'small', label: 'small pack (`examples/packs/example-department.prop`)', args: ['--pack', 'examples/packs/example-department.prop'] },
];

// Written into each CLI process before it starts: on exit, its CPU time (every thread) and peak memory.
const HOOK = [
  "import { writeFileSync } from 'node:fs';",
  "process.on('exit', () => { const u = process.resourceUsage();",
  'writeFileSync(process.env.CLI_JOBS_USAGE, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKiB: u.maxRSS })); });',
].join(' ');

/**
 * Measures `--jobs 1` against `--jobs 2` for every pack of {@link CLI_PACKS}.
 *
 * @param {object} options
 * @param {string} options.repo - the repository root (the CLI is `packages/cli/dist/bin.js`)
 * @param {string} options.work - a scratch folder for the input and outputs
 * @param {string[]} options.texts - the posts, written as NDJSON activities
 * @param {number} options.repetitions - runs of each job count per pack
 * @param {(...args: unknown[]) => void} [options.log]
 */
export async function measureCliJobs({ repo, work, texts, repetitions, log = () => {} }) {
  const bin = join(repo, 'packages', 'cli', 'dist', 'bin.js');
  if (!existsSync(bin)) return { error: 'the CLI is not built (run `pnpm build`)' };
  const input = join(work, 'posts.ndjson');
  const lines = texts.map((text) => JSON.stringify({ text })).join('\n') + '\n';
  writeFileSync(input, lines);
  const hook = join(work, 'cli-jobs-hook.mjs');
  writeFileSync(hook, HOOK);
  const results = { posts: texts.length, inputBytes: statSync(input).size, staleBuild: staleBuild(repo), packs: {} };
  if (results.staleBuild) log(`  note: ${results.staleBuild}`);

  for (const pack of CLI_PACKS) {
    const runs = { 1: [], 2: [] };
    let sameOutput;
    const times = pack.times ?? 1;
    const packInput = times === 1 ? input : join(work, `posts-${times}x.ndjson`);
    if (times !== 1) writeFileSync(packInput, lines.repeat(times));
    for (let rep = 0; rep < (pack.repetitions ?? repetitions); rep++) {
      // Alternate which goes first, so that neither always runs on a machine the other has just warmed.
      const order = rep % 2 === 0 ? [1, 2] : [2, 1];
      for (const jobs of order) {
        const out = join(work, `cli-jobs-${pack.id}-${jobs}.ndjson`);
        runs[jobs].push(await runCli({ repo, bin, hook, input: packInput, out, jobs, packArgs: pack.args }));
      }
      if (sameOutput === undefined) {
        // Once per pack: the two outputs must be byte for byte the same, and so must the exit codes.
        const one = readFileSync(join(work, `cli-jobs-${pack.id}-1.ndjson`));
        const two = readFileSync(join(work, `cli-jobs-${pack.id}-2.ndjson`));
        sameOutput = one.equals(two) && runs[1][0].code === runs[2][0].code;
        if (!sameOutput) log(`  ${pack.id}: --jobs 2 wrote different output from --jobs 1`);
      }
    }
    for (const jobs of [1, 2]) rmSync(join(work, `cli-jobs-${pack.id}-${jobs}.ndjson`), { force: true });
    if (packInput !== input) rmSync(packInput, { force: true });
    const summary = (list) => ({
      wallMs: Math.round(median(list.map((r) => r.wallMs))),
      cpuMs: Math.round(median(list.map((r) => r.cpuMs))),
      peakRssMiB: Math.round(median(list.map((r) => r.maxRssKiB)) / 102.4) / 10,
      postsPerSecond: Math.round((texts.length * times) / (median(list.map((r) => r.wallMs)) / 1000)),
    });
    const speedups = runs[1].map((run, k) => run.wallMs / runs[2][k].wallMs);
    results.packs[pack.id] = {
      label: pack.label,
      posts: texts.length * times,
      jobs1: summary(runs[1]),
      jobs2: summary(runs[2]),
      // Median of the per-repetition ratios of wall time: above 1, two jobs are faster.
      speedup: Math.round(median(speedups) * 1000) / 1000,
      speedups: speedups.map((s) => Math.round(s * 1000) / 1000),
      // CPU time of two jobs over one: the work that running in threads adds (1 = none).
      cpuRatio: Math.round(median(runs[2].map((run, k) => run.cpuMs / runs[1][k].cpuMs)) * 1000) / 1000,
      sameOutput,
      exitCode: runs[1][0].code,
    };
    const r = results.packs[pack.id];
    log(`  ${pack.id.padEnd(9)} 1 job ${(r.jobs1.wallMs / 1000).toFixed(2)} s (CPU ${(r.jobs1.cpuMs / 1000).toFixed(2)} s), 2 jobs ${(r.jobs2.wallMs / 1000).toFixed(2)} s (CPU ${(r.jobs2.cpuMs / 1000).toFixed(2)} s): ×${r.speedup} [${r.speedups.join(', ')}]${sameOutput ? '' : ' OUTPUT DIFFERS'}`);
  }
  rmSync(input, { force: true });
  rmSync(hook, { force: true });
  return results;
}

/** One CLI run, output to a file; resolves with wall time, CPU time, peak memory and exit code. */
function runCli({ repo, bin, hook, input, out, jobs, packArgs }) {
  const usage = `${out}.usage.json`;
  const args = ['--import', hook, bin, 'check', input, ...packArgs, '--format', 'ndjson', '--now', '2026-01-01', '--jobs', String(jobs), '--quiet', '--no-progress'];
  return new Promise((resolve, reject) => {
    // Straight into a file: the parent stays out of the way of the two cores being measured.
    const fd = openSync(out, 'w');
    const t0 = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: repo,
      env: { ...process.env, CLI_JOBS_USAGE: usage },
      stdio: ['ignore', fd, 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - t0;
      closeSync(fd);
      // 0–2 are verdicts; 3 would be a usage or input error.
      if (code === null || code > 2) return reject(new Error(`propriety check --jobs ${jobs} exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' ')}`));
      const measured = JSON.parse(readFileSync(usage, 'utf8'));
      rmSync(usage, { force: true });
      resolve({ wallMs, cpuMs: measured.cpuMs, maxRssKiB: measured.maxRssKiB, code });
    });
  });
}

/** A note when the CLI's or core's build is older than their sources: the figures would be of old code. */
function staleBuild(repo) {
  const newest = (folder) => {
    let latest = 0;
    const walk = (dir) => {
      for (const entry of readdirSafe(dir)) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else latest = Math.max(latest, statSync(path).mtimeMs);
      }
    };
    walk(folder);
    return latest;
  };
  const stale = ['cli', 'core'].filter((name) => {
    const dist = join(repo, 'packages', name, 'dist', name === 'cli' ? 'bin.js' : 'index.js');
    return existsSync(dist) && newest(join(repo, 'packages', name, 'src')) > statSync(dist).mtimeMs;
  });
  return stale.length === 0 ? undefined : `the build of ${stale.map((s) => `@propriety/${s}`).join(' and ')} is older than its sources (run \`pnpm build\`)`;
}

function readdirSafe(dir) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** The Targets row of issue 6 for `--jobs 2`, in the shape report.mjs uses. */
export function cliJobsTarget(cliJobs) {
  const speedup = cliJobs?.packs?.archive?.speedup;
  const same = cliJobs?.packs?.archive?.sameOutput;
  return {
    what: 'CLI: `check --jobs 2` on an archive (the posts 8 times over, NDJSON, standard pack) ÷ one job, wall time',
    target: '≥ 1.8×',
    value: speedup,
    shown: speedup === undefined ? (cliJobs?.error ?? '—') : `${speedup.toFixed(2)}×${same === false ? ' (output differs!)' : ''}`,
    met: speedup !== undefined && speedup >= 1.8 && same === true,
  };
}

/** The report section on `--jobs`, as Markdown lines. */
export function cliJobsSection(cliJobs) {
  const lines = ['## CLI batch checking (`--jobs`)', ''];
  if (cliJobs === undefined || cliJobs.error !== undefined) return [...lines, cliJobs?.error ?? 'Not measured.', ''];
  lines.push(`\`propriety check posts.ndjson --format ndjson --jobs N\` on the ${cliJobs.posts.toLocaleString('en-GB')} posts as NDJSON activities`);
  lines.push(`(${(cliJobs.inputBytes / 1e6).toFixed(1)} MB), output to a file: a fresh process per run, start-up included, \`--jobs 1\` and \`--jobs 2\` taking turns.`);
  lines.push('Wall time and CPU time (every thread) are medians; the speed-up is the median of the per-repetition ratios of wall time.');
  lines.push('CPU × is the CPU time of two jobs over one: what running in threads adds (each thread loads the pack and warms up on its own).');
  if (cliJobs.staleBuild) lines.push('', `**Note: ${cliJobs.staleBuild}.**`);
  lines.push('');
  lines.push('The archive is run once each way, the other cases three times.');
  lines.push('');
  lines.push('| pack | posts | 1 job: wall | CPU | peak memory | 2 jobs: wall | CPU | peak memory | speed-up | CPU × | same output |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const pack of Object.values(cliJobs.packs)) {
    const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
    lines.push(`| ${pack.label} | ${(pack.posts ?? cliJobs.posts).toLocaleString('en-GB')} | ${s(pack.jobs1.wallMs)} | ${s(pack.jobs1.cpuMs)} | ${pack.jobs1.peakRssMiB} MiB | ${s(pack.jobs2.wallMs)} | ${s(pack.jobs2.cpuMs)} | ${pack.jobs2.peakRssMiB} MiB | ${pack.speedup.toFixed(2)}× | ${pack.cpuRatio.toFixed(2)} | ${pack.sameOutput ? 'yes' : '**no**'} |`);
  }
  lines.push('');
  return lines;
}

// Standalone: measure on the posts the last `pnpm bench:compare` prepared.
if (import.meta.url === `file://${process.argv[1]}`) {
  const here = new URL('.', import.meta.url).pathname;
  const repo = join(here, '..', '..', '..', '..');
  const work = join(here, 'dist');
  const texts = JSON.parse(readFileSync(join(work, 'posts.json'), 'utf8'));
  const repetitions = Number(process.argv[2] ?? 3);
  const results = await measureCliJobs({ repo, work, texts, repetitions, log: console.log });
  console.log(JSON.stringify(results, null, 2));
}
