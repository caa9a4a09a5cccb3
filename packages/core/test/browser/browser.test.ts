import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile, format, load, runExamples } from '../../src/index.js';

import { browserBundle, browserRequired, chromiumAvailable, CHROMIUM, launchChromium } from './chromium.js';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const standardSource = readFileSync(join(repo, 'packages', 'rules-civil-service-2014', 'src', 'civil-service-2014.prop'), 'utf8');
const departmentSource = readFileSync(join(repo, 'examples', 'packs', 'example-department.prop'), 'utf8');

/** The example posts of `examples/posts`, as activities. */
function examplePosts(): unknown[] {
  const folder = join(repo, 'examples', 'posts');
  return readdirSync(folder).sort().map((name) => {
    const content = readFileSync(join(folder, name), 'utf8');
    return name.endsWith('.json') ? JSON.parse(content) : { text: content };
  });
}

// Fixed, so that the reports of the two runtimes can be compared as they are.
const AT = { now: '2026-11-25T12:00:00Z', budgetMs: 60_000 };

if (!chromiumAvailable && !browserRequired) {
  console.warn(`Browser tests skipped: ${CHROMIUM} is not installed (\`apt-get install chromium\`; the test command installs it where it can)`);
}

describe.runIf(chromiumAvailable || browserRequired)('@propriety/core in a real browser (Chromium)', () => {
  let browser: Browser;
  let page: Page;
  const ir = compile(standardSource, { file: 'civil-service-2014.prop' });

  beforeAll(async () => {
    const bundle = browserBundle();
    browser = await launchChromium();
    page = await browser.newPage();
    await page.addScriptTag({ content: bundle });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('loads without Node: no `process`, `Buffer` or `require` in the page', async () => {
    const globals = await page.evaluate(() => ({
      process: typeof (globalThis as Record<string, unknown>)['process'],
      buffer: typeof (globalThis as Record<string, unknown>)['Buffer'],
      api: Object.keys((globalThis as unknown as { Propriety: object }).Propriety).sort(),
    }));
    expect(globals.process).toBe('undefined');
    expect(globals.buffer).toBe('undefined');
    expect(globals.api).toEqual(expect.arrayContaining(['compile', 'format', 'load', 'runExamples']));
  });

  it('checks the example posts with the standard pack exactly as Node does', async () => {
    const posts = examplePosts();
    const node = load(ir);
    const expected = posts.map((post) => node.safeCheck(post, AT));
    const actual = await page.evaluate(
      ({ ir, posts, at }) => {
        const { load } = (globalThis as unknown as { Propriety: typeof import('../../src/index.js') }).Propriety;
        const engine = load(ir);
        return posts.map((post) => engine.safeCheck(post, at));
      },
      { ir, posts, at: AT },
    );
    expect(actual).toEqual(JSON.parse(JSON.stringify(expected)));
    // The posts exercise every verdict, so equality is not a run of empty reports.
    const verdicts = new Set(expected.flatMap((r) => (r.ok ? [r.report.verdict] : [])));
    expect([...verdicts].sort()).toEqual(['advice', 'block', 'ok', 'review']);
  });

  it('passes every example of the standard pack, as Node does', async () => {
    const nodeResults = runExamples(load(ir), ir.examples, AT);
    const results = await page.evaluate(
      ({ ir, at }) => {
        const { load, runExamples } = (globalThis as unknown as { Propriety: typeof import('../../src/index.js') }).Propriety;
        return runExamples(load(ir), ir.examples, at).map((r) => ({ passed: r.passed, problem: r.problem }));
      },
      { ir, at: AT },
    );
    expect(results).toHaveLength(nodeResults.length);
    expect(results.length).toBeGreaterThan(100);
    expect(results.filter((r) => !r.passed)).toEqual([]);
  });

  it('compiles and formats a pack in the page to the same IR and text as Node', async () => {
    const inPage = await page.evaluate((source) => {
      const { compile, format } = (globalThis as unknown as { Propriety: typeof import('../../src/index.js') }).Propriety;
      return { ir: compile(source, { file: 'example-department.prop' }), formatted: format(source) };
    }, departmentSource);
    expect(inPage.ir).toEqual(JSON.parse(JSON.stringify(compile(departmentSource, { file: 'example-department.prop' }))));
    expect(inPage.formatted).toBe(format(departmentSource));
  });
});
