import type { Colors } from '../terminal/colors.js';
import { UsageError } from '../usage-error.js';
import { compilePackFile, loadPack, standardPackIR, type CompiledPack, type ReadyPack } from './compile-pack.js';
import { readPackFiles } from './pack-files.js';

/**
 * The pack a `check` runs: the standard pack when no `--pack` is given;
 * otherwise the one `--pack` file that no other given pack extends (the
 * others are there to be extended).
 *
 * @throws {@link UsageError} when several given packs extend none of the others, or a pack does not compile
 */
export async function selectPack(paths: readonly string[], c: Colors): Promise<ReadyPack> {
  const pack = await selectPackIR(paths, c);
  return { ...loadPack(pack.ir, pack.label), warnings: pack.warnings };
}

/**
 * The pack {@link selectPack} picks, compiled but not loaded: worker threads
 * load it themselves, so the main thread need not.
 *
 * @throws {@link UsageError} when several given packs extend none of the others, or a pack does not compile
 */
export async function selectPackIR(paths: readonly string[], c: Colors): Promise<CompiledPack> {
  if (paths.length === 0) return standardPackIR();
  const files = await readPackFiles(paths);
  // A pack that does not even parse has no name to be found by: show its errors first.
  const broken = files.find((file) => file.kind === 'source' && file.name === undefined);
  if (broken !== undefined) return compilePackFile(broken, files.filter((file) => file !== broken), c);
  const extended = new Set(files.flatMap((file) => file.parents));
  const leaves = files.filter((file) => file.name === undefined || !extended.has(file.name));
  if (leaves.length > 1) {
    throw new UsageError(
      `the packs ${leaves.map((f) => `\`${f.path}\``).join(', ')} do not extend one another, so it is not clear which one to check with`,
      'Give the pack to check with and the packs it extends; the pack that no other extends is used.',
    );
  }
  const leaf = leaves[0] ?? files[files.length - 1]!;
  return compilePackFile(leaf, files.filter((file) => file !== leaf), c);
}
