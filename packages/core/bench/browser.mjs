import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The standard pack in headless Chromium, as an editor would run it: the
// core bundled for the browser, the pack's IR loaded in the page, then a post
// typed one character at a time with a check after every keystroke.

const CHROMIUM = '/usr/bin/chromium';

/**
 * @param {string} repo   the repository root
 * @param {object} ir     the standard pack's IR
 * @param {string[]} posts texts to type, one keystroke at a time
 * @returns {Promise<object>} figures, or `{ skipped }` when Chromium is not installed
 */
export async function measureInBrowser(repo, ir, posts) {
  if (!existsSync(CHROMIUM)) return { skipped: `${CHROMIUM} is not installed` };
  const { chromium } = await import('playwright-core');
  const out = mkdtempSync(join(tmpdir(), 'propriety-bench-'));
  let bundle;
  try {
    const file = join(out, 'propriety.js');
    execFileSync(join(repo, 'node_modules', '.bin', 'esbuild'), [
      join(repo, 'packages', 'core', 'src', 'index.ts'), '--bundle', '--minify', '--format=iife',
      '--global-name=Propriety', '--platform=browser', '--target=es2022', '--log-level=error', `--outfile=${file}`,
    ]);
    bundle = readFileSync(file, 'utf8');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const version = browser.version();
    const cold = [];
    let typing;
    // Cold start in fresh pages: evaluate the bundle, load the IR, check once.
    for (let round = 0; round < 5; round++) {
      const page = await browser.newPage();
      const timings = await page.evaluate(({ bundle, ir }) => {
        const t0 = performance.now();
        // Strict code keeps its top-level names to the eval, so hand the API out explicitly.
        (0, eval)(`${bundle}\n;globalThis.Propriety = Propriety;`);
        const t1 = performance.now();
        const engine = globalThis.Propriety.load(ir);
        const t2 = performance.now();
        engine.check({ text: 'Looking forward to the open day at the library on Saturday.' });
        const t3 = performance.now();
        return { script: t1 - t0, load: t2 - t1, firstCheck: t3 - t2 };
      }, { bundle, ir });
      cold.push(timings);
      if (round === 4) {
        typing = await page.evaluate(({ ir, posts }) => {
          const engine = globalThis.Propriety.load(ir);
          const options = { budgetMs: 60_000 };
          // Warm up as an editor session would, then record every keystroke.
          for (const text of posts.slice(0, 20)) engine.check({ text }, options);
          const latencies = [];
          const started = performance.now();
          for (const text of posts) {
            for (let k = 1; k <= text.length; k++) {
              const before = performance.now();
              engine.check({ text: text.slice(0, k) }, options);
              latencies.push(performance.now() - before);
            }
          }
          // The page's clock ticks in steps of 0.1 ms (no cross-origin isolation), so the mean comes from the total.
          return { latencies, totalMs: performance.now() - started };
        }, { ir, posts });
      }
      await page.close();
    }
    const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
    const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];
    const round2 = (x) => Math.round(x * 100) / 100;
    return {
      chromium: version,
      bundleBytes: Buffer.byteLength(bundle, 'utf8'),
      scriptMs: round2(median(cold.map((c) => c.script))),
      loadMs: round2(median(cold.map((c) => c.load))),
      firstCheckMs: round2(median(cold.map((c) => c.firstCheck))),
      keystrokes: typing.latencies.length,
      posts: posts.length,
      keystrokeMeanMs: Math.round((typing.totalMs / typing.latencies.length) * 1000) / 1000,
      keystrokeMedianMs: round2(median(typing.latencies)),
      keystrokeP95Ms: round2(quantile(typing.latencies, 0.95)),
      keystrokeP99Ms: round2(quantile(typing.latencies, 0.99)),
      keystrokeMaxMs: round2(Math.max(...typing.latencies)),
    };
  } finally {
    await browser.close();
  }
}
