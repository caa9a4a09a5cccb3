// Reads the repository's packs from disk; the package's tsconfig leaves
// Node's types out so that the sources cannot use them by accident.
/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { format } from '../../src/syntax/format.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** Folders of installed or generated files (see `.gitignore`), whose packs are copies. */
const GENERATED = new Set(['node_modules', 'dist', 'coverage', 'docs/api']);

/** Packs kept out of canonical form on purpose: the CLI's `fmt` tests rewrite this one. */
const DELIBERATELY_MESSY = new Set(['packages/cli/test/fixtures/packs/messy.prop']);

function packFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const name = relative(root, path).split('\\').join('/');
    if (entry.name.startsWith('.') || GENERATED.has(entry.name) || GENERATED.has(name)) continue;
    if (entry.isDirectory()) packFiles(path, out);
    else if (entry.name.endsWith('.prop')) out.push(name);
  }
  return out;
}

describe('the packs in the repository', () => {
  const files = packFiles(root).filter((file) => !DELIBERATELY_MESSY.has(file));

  it('include the standard pack and the examples', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'packages/rules-civil-service-2014/src/civil-service-2014.prop',
        'examples/packs/example-department.prop',
        'examples/department/department.prop',
      ]),
    );
  });

  it.each(files)('%s is in canonical form (run `propriety fmt` on it)', (file) => {
    const source = readFileSync(join(root, file), 'utf8');
    expect(format(source) === source).toBe(true);
  });
});
