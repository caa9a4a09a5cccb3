import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

// A/B timing for work on the engine: bundles core's `src` from two folders
// (A: a baseline copy, for example `git archive HEAD packages/core/src`
// unpacked somewhere; B: the working tree), then runs each measure in fresh
// processes, A and B alternating, and reports the median CPU time of each and
// B's speed over A's. CPU time (one thread: `--single-threaded`) rather than
// wall time, so that other work on a shared machine counts less.
//
//   node packages/core/bench/compare/ab.mjs <baseline packages/core/src> [terms|pack|all] [rounds]

const here = fileURLToPath(new URL('.', import.meta.url));
const work = join(here, 'dist');

if (process.argv[2] === '--child') {
  const [, , , bundle, measure, secondsArg] = process.argv;
  const m = await import(pathToFileURL(bundle).href);
  const posts = JSON.parse(readFileSync(join(work, 'posts.json'), 'utf8'));
  const document = readFileSync(join(work, 'document.txt'), 'utf8');
  const ir = JSON.parse(readFileSync(join(work, 'ir.json'), 'utf8'));
  const lists = Object.entries(ir.termLists).map(([id, list]) => ({ id, inflect: list.inflect, terms: list.terms.map((t) => ({ text: t.text, prefix: t.prefix })) }));
  const sample = posts.filter((_, i) => i % 10 === 0);
  const part = document.slice(0, 300_000);
  let sink = 0;
  let run;
  let units;
  if (measure.includes('pack')) {
    const engine = m.load(ir);
    const options = { budgetMs: 600_000 };
    if (measure === 'pack-posts') [run, units] = [() => { for (const p of sample) sink += engine.check({ text: p }, options).findings.length; }, sample.length];
    else [run, units] = [() => { sink += engine.check({ text: part }, options).findings.length; }, part.length];
  } else {
    const matcher = m.compileTermMatcher(lists);
    if (measure === 'normalise-posts') [run, units] = [() => { for (const p of posts) sink += m.normalise(p).original.length; }, posts.length];
    else if (measure === 'scan-posts') [run, units] = [() => { for (const p of posts) sink += matcher.scan(m.normalise(p)).length; }, posts.length];
    else [run, units] = [() => { sink += matcher.scan(m.normalise(document)).length; }, document.length];
  }
  const warm = performance.now();
  while (performance.now() - warm < 700) run();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let reps = 0;
  while (performance.now() - t0 < Number(secondsArg) * 1000) {
    run();
    reps++;
  }
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(JSON.stringify({ perUnitCpuNs: ((cpu.user + cpu.system) * 1000) / (reps * units), perUnitWallNs: ((performance.now() - t0) * 1e6) / (reps * units), sink }));
  process.exit(0);
}

const repo = join(here, '..', '..', '..', '..');
const core = join(repo, 'packages', 'core');
const [baseline, what = 'terms', roundsArg = '5'] = process.argv.slice(2);
const rounds = Number(roundsArg);
const esbuild = join(repo, 'node_modules', '.bin', 'esbuild');

function bundle(name, src) {
  const entry = join(work, `ab-${name}-entry.ts`);
  writeFileSync(entry, [
    `export { normalise } from ${JSON.stringify(join(src, 'text', 'normalise.ts'))};`,
    `export { compileTermMatcher } from ${JSON.stringify(join(src, 'text', 'compile-term-matcher.ts'))};`,
    `export { load } from ${JSON.stringify(join(src, 'index.ts'))};`,
    '',
  ].join('\n'));
  const out = join(work, `ab-${name}.mjs`);
  execFileSync(esbuild, [entry, '--bundle', '--format=esm', '--platform=neutral', '--target=es2022', '--packages=external', '--log-level=error', `--outfile=${out}`], { cwd: core, stdio: 'inherit' });
  return out;
}

const variants = { A: bundle('a', baseline), B: bundle('b', join(core, 'src')) };
const measures = {
  terms: ['normalise-posts', 'scan-posts', 'scan-document'],
  pack: ['pack-posts', 'pack-document'],
  all: ['normalise-posts', 'scan-posts', 'scan-document', 'pack-posts', 'pack-document'],
}[what];
const median = (v) => [...v].sort((x, y) => x - y)[v.length >> 1];
for (const measure of measures) {
  const cpu = { A: [], B: [] };
  const wall = { A: [], B: [] };
  for (let r = 0; r < rounds; r++) {
    for (const name of r % 2 === 0 ? ['A', 'B'] : ['B', 'A']) {
      const child = spawnSync(process.execPath, ['--single-threaded', fileURLToPath(import.meta.url), '--child', variants[name], measure, measure.startsWith('pack') ? '2' : '1.5'], { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(child.stderr);
      const result = JSON.parse(child.stdout);
      cpu[name].push(result.perUnitCpuNs);
      wall[name].push(result.perUnitWallNs);
    }
  }
  const unit = measure.endsWith('posts') ? 'ns/post' : 'ns/char';
  const a = median(cpu.A);
  const b = median(cpu.B);
  console.log(`${measure.padEnd(16)} cpu A ${a.toFixed(1).padStart(8)}  B ${b.toFixed(1).padStart(8)} ${unit}  B speed ${(a / b).toFixed(2)}×   (wall ${median(wall.A).toFixed(1)} → ${median(wall.B).toFixed(1)})`);
}
