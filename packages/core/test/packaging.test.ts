// This test drives Node itself; the package's own tsconfig leaves Node's types
// out so that the sources cannot use them by accident, hence the reference.
/// <reference types="node" />
// The built package, as a consumer gets it: `require()` from CommonJS and
// `import()` from an ES module both load `dist/`, expose the same API, and can
// compile, load and check. Node runs as a subprocess in a scratch folder whose
// node_modules links to this package, so nothing resolves through vitest or the
// `@propriety/source` condition. `pnpm test` builds before it runs the tests.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
  main: string;
  module: string;
  types: string;
};

const PACK = [
  'pack "t" version "1.0.0"',
  'terms bad { "brexit" }',
  'rule r {',
  '  severity review',
  '  when text has bad',
  '  say "found {match}"',
  '}',
  '',
].join('\n');

/** The same probe in both module systems: the export names and one real check. */
const probe = (load: string) => `
${load}
const ir = core.compile(${JSON.stringify(PACK)});
const report = core.load(JSON.parse(JSON.stringify(ir))).check({ text: "Brexit again" });
console.log(JSON.stringify({
  names: Object.keys(core).filter((name) => name !== 'default' && name !== '__esModule').sort(),
  compile: typeof core.compile,
  load: typeof core.load,
  verdict: report.verdict,
  span: report.findings[0]?.spans[0]?.text,
}));
`;

let consumer: string;

function run(file: string, code: string): { names: string[]; compile: string; load: string; verdict: string; span: string } {
  writeFileSync(join(consumer, file), code);
  const output = execFileSync(process.execPath, [file], { cwd: consumer, encoding: 'utf8' });
  return JSON.parse(output);
}

beforeAll(() => {
  consumer = mkdtempSync(join(tmpdir(), 'propriety-consumer-'));
  mkdirSync(join(consumer, 'node_modules', '@propriety'), { recursive: true });
  symlinkSync(packageDir, join(consumer, 'node_modules', '@propriety', 'core'), 'dir');
});

afterAll(() => {
  rmSync(consumer, { recursive: true, force: true });
});

describe('the built package', () => {
  it('has every file its package.json points to', () => {
    const targets: string[] = [manifest.main, manifest.module, manifest.types];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') targets.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(manifest.exports);
    for (const target of targets) expect(existsSync(join(packageDir, target)), target).toBe(true);
  });

  it('works with require() from CommonJS', () => {
    const result = run('probe.cjs', probe("const core = require('@propriety/core');"));
    expect(result).toMatchObject({ compile: 'function', load: 'function', verdict: 'review', span: 'Brexit' });
  });

  it('works with import() from an ES module', () => {
    const result = run('probe.mjs', probe("const core = await import('@propriety/core');"));
    expect(result).toMatchObject({ compile: 'function', load: 'function', verdict: 'review', span: 'Brexit' });
  });

  it('exposes the same names from both builds and from the source', async () => {
    const cjs = run('names.cjs', probe("const core = require('@propriety/core');")).names;
    const esm = run('names.mjs', probe("const core = await import('@propriety/core');")).names;
    const source = Object.keys(await import('../src/index.js')).sort();
    expect(cjs).toEqual(source);
    expect(esm).toEqual(source);
  });

  it('needs no package at run time but zod: the others travel inside the bundles', () => {
    const dependencies = Object.keys((JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    }).dependencies ?? {});
    expect(dependencies).toEqual(['zod']);
    for (const file of ['dist/index.js', 'dist/index.cjs']) {
      const code = readFileSync(join(packageDir, file), 'utf8');
      const statements = [
        ...code.matchAll(/^\s*import\b[^;]*?\bfrom\s*["']([^"']+)["']/gm),
        ...code.matchAll(/^\s*import\s*["']([^"']+)["']/gm),
        ...code.matchAll(/\b(?:require|import)\(\s*["']([^"'\s]+)["']\s*\)/g),
      ];
      const imported = new Set(statements.map((m) => m[1]).filter((name) => !name!.startsWith('.')));
      expect([...imported], file).toEqual(['zod']);
    }
  });

  it('keeps Node built-ins out of the bundles, so they run in browsers', () => {
    for (const file of ['dist/index.js', 'dist/index.cjs']) {
      const code = readFileSync(join(packageDir, file), 'utf8');
      expect(code, file).not.toMatch(/(?:from\s*|require\(\s*|import\(\s*)["'](?:node:|fs["']|path["']|crypto["'])/);
      expect(code, file).not.toMatch(/\bprocess\.(?:env|argv|cwd)\b/);
    }
  });
});
