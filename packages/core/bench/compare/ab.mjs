import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

// A/B timing for work on the engine: bundles core's `src` from two folders
// (A: a baseline copy, for example `git archive HEAD packages/core/src`
// unpacked somewhere; B: the working tree) and alternates them in one
// process, round by round, so that the load of a shared machine hits both
// alike. Prints the median speed of B over A for each measure.
//
//   node packages/core/bench/compare/ab.mjs <baseline packages/core/src> [terms|pack] [rounds]

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = join(here, '..', '..', '..', '..');
const core = join(repo, 'packages', 'core');
const work = join(here, 'dist');
const [baseline, what = 'terms', roundsArg = '7'] = process.argv.slice(2);
const rounds = Number(roundsArg);
const esbuild = join(repo, 'node_modules', '.bin', 'esbuild');

async function variant(name, src) {
  const entry = join(work, `ab-${name}-entry.ts`);
  writeFileSync(entry, [
    `export { normalise } from ${JSON.stringify(join(src, 'text', 'normalise.ts'))};`,
    `export { compileTermMatcher } from ${JSON.stringify(join(src, 'text', 'compile-term-matcher.ts'))};`,
    `export { load } from ${JSON.stringify(join(src, 'index.ts'))};`,
    '',
  ].join('\n'));
  const out = join(work, `ab-${name}-${process.pid}.mjs`);
  execFileSync(esbuild, [entry, '--bundle', '--format=esm', '--platform=neutral', '--target=es2022', '--packages=external', '--log-level=error', `--outfile=${out}`], { cwd: core, stdio: 'inherit' });
  const module = await import(pathToFileURL(out).href);
  execFileSync('rm', ['-f', out]);
  return module;
}

const A = await variant('a', baseline);
const B = await variant('b', join(core, 'src'));
const posts = JSON.parse(readFileSync(join(work, 'posts.json'), 'utf8'));
const document = readFileSync(join(work, 'document.txt'), 'utf8');
const ir = JSON.parse(readFileSync(join(work, 'ir.json'), 'utf8'));
const lists = Object.entries(ir.termLists).map(([id, list]) => ({ id, inflect: list.inflect, terms: list.terms.map((t) => ({ text: t.text, prefix: t.prefix })) }));
const sample = posts.filter((_, i) => i % 10 === 0);
const part = document.slice(0, 300_000);
let sink = 0;

function measures(m) {
  const matcher = m.compileTermMatcher(lists);
  const out = {};
  if (what === 'terms' || what === 'all') {
    out['normalise posts'] = () => { for (const p of posts) sink += m.normalise(p).starts.length; return posts.length; };
    out['normalise + scan posts'] = () => { for (const p of posts) sink += matcher.scan(m.normalise(p)).length; return posts.length; };
    out['normalise + scan document'] = () => { sink += matcher.scan(m.normalise(document)).length; return document.length; };
  }
  if (what === 'pack' || what === 'all') {
    const engine = m.load(ir);
    const options = { budgetMs: 600_000 };
    out['pack posts (every 10th)'] = () => { for (const p of sample) sink += engine.check({ text: p }, options).findings.length; return sample.length; };
    out['pack 300 KB'] = () => { sink += engine.check({ text: part }, options).findings.length; return part.length; };
  }
  return out;
}

const a = measures(A);
const b = measures(B);
const time = (fn) => {
  globalThis.gc?.();
  const t0 = performance.now();
  const units = fn();
  return units / (performance.now() - t0);
};
for (const name of Object.keys(a)) {
  // Warm both up.
  for (let k = 0; k < 2; k++) {
    time(a[name]);
    time(b[name]);
  }
  const ratios = [];
  const rates = { a: [], b: [] };
  for (let r = 0; r < rounds; r++) {
    const ra = time(a[name]);
    const rb = time(b[name]);
    rates.a.push(ra);
    rates.b.push(rb);
    ratios.push(rb / ra);
  }
  const median = (v) => [...v].sort((x, y) => x - y)[v.length >> 1];
  const unit = name.includes('posts') ? 'posts/s' : 'M chars/s';
  const show = (r) => (unit === 'posts/s' ? Math.round(r * 1000).toLocaleString('en-GB') : (r / 1000).toFixed(1));
  console.log(`${name.padEnd(28)} A ${show(median(rates.a)).padStart(10)}  B ${show(median(rates.b)).padStart(10)} ${unit}   B/A ${median(ratios).toFixed(2)}`);
}
console.log(`(sink ${sink})`);
