import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

// A quick loop for working on the engine: re-bundles the text modules and
// core from source, then times normalise, scan and normalise + scan (all
// the pack's terms) and the full pack on the posts and the long document
// prepared by the last `pnpm bench:compare`. Best of a few rounds, in one
// process: for trying changes, not for the record.
//
//   node packages/core/bench/compare/quick.mjs [terms|pack|all] [seconds per measure]

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = join(here, '..', '..', '..', '..');
const core = join(repo, 'packages', 'core');
const work = join(here, 'dist');
const [what = 'terms', secondsArg = '1'] = process.argv.slice(2);
const budget = Number(secondsArg) * 1000;

const esbuild = join(repo, 'node_modules', '.bin', 'esbuild');
const bundle = (entry, outfile) =>
  execFileSync(esbuild, [entry, '--bundle', '--format=esm', '--platform=neutral', '--target=es2022', '--packages=external', '--log-level=warning', `--outfile=${outfile}`], { cwd: core, stdio: 'inherit' });
const entry = join(work, 'quick-entry.ts');
writeFileSync(entry, [
  `export { normalise } from ${JSON.stringify(join(core, 'src', 'text', 'normalise.ts'))};`,
  `export { compileTermMatcher } from ${JSON.stringify(join(core, 'src', 'text', 'compile-term-matcher.ts'))};`,
  `export { load } from ${JSON.stringify(join(core, 'src', 'index.ts'))};`,
  '',
].join('\n'));
const out = join(work, `quick-${process.pid}.mjs`);
bundle(entry, out);
const { normalise, compileTermMatcher, load } = await import(pathToFileURL(out).href);
execFileSync('rm', ['-f', out]);

const posts = JSON.parse(readFileSync(join(work, 'posts.json'), 'utf8'));
const document = readFileSync(join(work, 'document.txt'), 'utf8');
const ir = JSON.parse(readFileSync(join(work, 'ir.json'), 'utf8'));
const lists = Object.entries(ir.termLists).map(([id, list]) => ({ id, inflect: list.inflect, terms: list.terms.map((t) => ({ text: t.text, prefix: t.prefix })) }));
const matcher = compileTermMatcher(lists);
const normalisedPosts = posts.map((p) => normalise(p));
const normalisedDocument = normalise(document);
let sink = 0;

function rate(label, fn, units, unitName) {
  let best = 0;
  const started = performance.now();
  while (performance.now() - started < budget || best === 0) {
    const t0 = performance.now();
    sink += fn();
    const r = units / ((performance.now() - t0) / 1000);
    if (r > best) best = r;
  }
  console.log(`${label.padEnd(28)} ${unitName === 'posts/s' ? Math.round(best).toLocaleString('en-GB').padStart(11) : best.toFixed(1).padStart(11)} ${unitName}`);
}

if (what === 'terms' || what === 'all') {
  rate('normalise posts', () => { let s = 0; for (const p of posts) s += normalise(p).starts.length; return s; }, posts.length, 'posts/s');
  rate('scan posts', () => { let s = 0; for (const n of normalisedPosts) s += matcher.scan(n).length; return s; }, posts.length, 'posts/s');
  rate('normalise + scan posts', () => { let s = 0; for (const p of posts) s += matcher.scan(normalise(p)).length; return s; }, posts.length, 'posts/s');
  rate('normalise document', () => normalise(document).starts.length, document.length / 1e6, 'M chars/s');
  rate('scan document', () => matcher.scan(normalisedDocument).length, document.length / 1e6, 'M chars/s');
  rate('normalise + scan document', () => matcher.scan(normalise(document)).length, document.length / 1e6, 'M chars/s');
}
if (what === 'pack' || what === 'all') {
  const engine = load(ir);
  const options = { budgetMs: 600_000 };
  const sample = posts.filter((_, i) => i % 10 === 0);
  rate('full pack posts (every 10th)', () => { let s = 0; for (const p of sample) s += engine.check({ text: p }, options).findings.length; return s; }, sample.length, 'posts/s');
  const part = document.slice(0, 500_000);
  rate('full pack 500 KB', () => engine.check({ text: part }, options).findings.length, part.length / 1e6, 'M chars/s');
}
console.log(`(sink ${sink})`);
