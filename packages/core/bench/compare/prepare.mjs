import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// Builds what the contenders load: `@propriety/core` and its text modules
// bundled from source with esbuild (with its dependencies inside but zod, as
// the package's own build has them), and the standard pack's IR.

/**
 * @param {string} repo  the repository root
 * @param {string} out   the folder to write into (emptied first)
 * @param {string} [src] core's source folder (default `packages/core/src`; another, such as an
 *   older copy, gives the "before" of a change)
 */
export function prepare(repo, out, src) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const core = join(repo, 'packages', 'core');
  const source = src ?? join(core, 'src');
  const esbuild = join(repo, 'node_modules', '.bin', 'esbuild');
  const bundle = (entry, outfile) =>
    execFileSync(esbuild, [
      entry, '--bundle', '--format=esm', '--platform=neutral', '--target=es2022',
      '--external:zod', '--main-fields=module,main', '--log-level=warning', `--outfile=${outfile}`,
    ], { cwd: core, stdio: ['ignore', 'inherit', 'inherit'] });

  const coreBundle = join(out, 'core.mjs');
  bundle(join(source, 'index.ts'), coreBundle);
  const textEntry = join(out, 'text-entry.ts');
  writeFileSync(textEntry, [
    `export { normalise } from ${JSON.stringify(join(source, 'text', 'normalise.ts'))};`,
    `export { compileTermMatcher } from ${JSON.stringify(join(source, 'text', 'compile-term-matcher.ts'))};`,
    '',
  ].join('\n'));
  const textBundle = join(out, 'text.mjs');
  bundle(textEntry, textBundle);
  return { coreBundle, textBundle, coreBundleUrl: pathToFileURL(coreBundle).href, textBundleUrl: pathToFileURL(textBundle).href };
}

/**
 * The standard pack's IR, compiled from its source with the bundled core so
 * that IR and engine always agree; if the source does not compile (it may be
 * mid-edit), its last built `dist/pack.json`; failing that, the example
 * department pack.
 *
 * @returns {Promise<{ ir: object, pack: string, note?: string }>}
 */
export async function packIR(repo, coreBundleUrl) {
  const { safeCompile, compile, IR_VERSION } = await import(coreBundleUrl);
  const standard = join(repo, 'packages', 'rules-civil-service-2014');
  const source = join(standard, 'src', 'civil-service-2014.prop');
  let note;
  if (existsSync(source)) {
    const result = safeCompile(readFileSync(source, 'utf8'), { file: 'src/civil-service-2014.prop' });
    if (result.ok) return { ir: result.ir, pack: 'standard pack, compiled from `packages/rules-civil-service-2014/src/civil-service-2014.prop`' };
    note = `the standard pack's source did not compile (${result.diagnostics[0]?.message ?? 'unknown error'})`;
    const built = join(standard, 'dist', 'pack.json');
    if (existsSync(built)) {
      const ir = JSON.parse(readFileSync(built, 'utf8'));
      if (ir.irVersion === IR_VERSION) return { ir, pack: 'standard pack, from its last build (`dist/pack.json`)', note };
    }
  }
  const example = join(repo, 'examples', 'packs', 'example-department.prop');
  return {
    ir: compile(readFileSync(example, 'utf8'), { file: 'example-department.prop' }),
    pack: 'example department pack (stand-in: the standard pack was not available)',
    note,
  };
}

/**
 * Every term of every list of a pack, as the naive baseline takes them: the
 * text without a trailing `*`, and whether it is a prefix.
 *
 * @param {{ termLists: Record<string, { terms: { text: string, prefix: boolean }[] }> }} ir
 */
export function packTerms(ir) {
  const seen = new Set();
  const terms = [];
  for (const list of Object.values(ir.termLists)) {
    for (const term of list.terms) {
      const starred = /\*\s*$/.test(term.text);
      const text = term.text.replace(/\*\s*$/, '').trim();
      const prefix = term.prefix || starred;
      const key = `${text.toLowerCase()}\u0000${prefix}`;
      if (text === '' || seen.has(key)) continue;
      seen.add(key);
      terms.push({ text, prefix });
    }
  }
  return terms;
}
