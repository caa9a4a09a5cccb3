import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadContender } from './contender.mjs';

// Runs one contender on one input for profiling, after `pnpm bench:compare`
// has prepared dist/ (bundles, IR, inputs):
//
//   node --cpu-prof --cpu-prof-dir=/tmp/prof packages/core/bench/compare/profile.mjs propriety-pack posts [seconds]
//   node packages/core/bench/compare/profile-summary.mjs /tmp/prof/<file>.cpuprofile
//
// Inputs: `posts` (every post, in a loop), `document` (the long document),
// `build` (only import and build, many times over for the loader).

const here = fileURLToPath(new URL('.', import.meta.url));
const work = join(here, 'dist');
const [id = 'propriety-pack', input = 'posts', seconds = '5'] = process.argv.slice(2);
const context = JSON.parse(readFileSync(join(work, 'context.json'), 'utf8'));
const contender = await loadContender(id);
const started = performance.now();
const check = await contender.build(context);
console.log(`build: ${(performance.now() - started).toFixed(1)} ms`);

const budget = Number(seconds) * 1000;
let sink = 0;
if (input === 'posts') {
  const posts = JSON.parse(readFileSync(join(work, 'posts.json'), 'utf8'));
  const t0 = performance.now();
  let done = 0;
  while (performance.now() - t0 < budget) {
    for (const post of posts) sink += check(post);
    done += posts.length;
  }
  console.log(`${Math.round(done / ((performance.now() - t0) / 1000))} posts/s`);
} else if (input === 'document') {
  const document = readFileSync(join(work, 'document.txt'), 'utf8');
  const t0 = performance.now();
  let runs = 0;
  while (performance.now() - t0 < budget) {
    sink += check(document);
    runs++;
  }
  console.log(`${((document.length * runs) / 1e6 / ((performance.now() - t0) / 1000)).toFixed(1)} M chars/s`);
} else if (input === 'build') {
  const t0 = performance.now();
  let runs = 0;
  while (performance.now() - t0 < budget) {
    await contender.build(context);
    runs++;
  }
  console.log(`${((performance.now() - t0) / runs).toFixed(1)} ms per build`);
}
console.log(`(sink ${sink})`);
