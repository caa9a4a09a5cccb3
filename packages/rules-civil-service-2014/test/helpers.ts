import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, type PackIR } from '@propriety/core';

/** The package root. */
export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The repository root. */
export const repoRoot = join(packageRoot, '..', '..');
/** The pack file, as the build names it in the IR. */
export const PACK_FILE = 'src/civil-service-2014.prop';

/** The pack source. */
export const packSource: string = readFileSync(join(packageRoot, PACK_FILE), 'utf8');

let cached: PackIR | undefined;

/** The pack compiled with the core SOURCE (vitest resolves `@propriety/source`), once per test file. */
export function compiledPack(): PackIR {
  cached ??= compile(packSource, { file: PACK_FILE });
  return cached;
}

/** Reads a file of the repository, or `undefined` when it does not exist. */
export function readRepoFile(path: string): string | undefined {
  try {
    return readFileSync(join(repoRoot, path), 'utf8');
  } catch {
    return undefined;
  }
}
