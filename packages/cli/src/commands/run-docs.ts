import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CheckIO } from '../check/run-check.js';
import { renderRuleDocs } from '../docs/render-rule-docs.js';
import { EXIT } from '../exit-codes.js';
import { prepareStandardPack, preparePack } from '../packs/compile-pack.js';
import { readPackFiles } from '../packs/pack-files.js';
import { colorsFor } from '../terminal/colors.js';

/** Options of `propriety docs`. */
export interface DocsOptions {
  output: string;
  pack: string[];
  color?: boolean | undefined;
  quiet?: boolean | undefined;
}

/**
 * Writes the rule reference of a pack (the standard pack when none is
 * named) as Markdown: `index.md` and one file per rule, see
 * {@link renderRuleDocs}. Other files in the folder are left alone.
 */
export async function runDocs(path: string | undefined, options: DocsOptions, io: CheckIO): Promise<number> {
  const err = colorsFor(io.stderr, options.color);
  let pack;
  if (path === undefined) {
    pack = await prepareStandardPack();
  } else {
    const files = await readPackFiles([path, ...options.pack]);
    pack = await preparePack(files[0]!, files.slice(1), err);
  }
  if (pack.warnings !== '' && options.quiet !== true) io.stderr.write(`${pack.warnings}\n\n`);
  const docs = renderRuleDocs(pack.ir);
  await mkdir(options.output, { recursive: true });
  for (const [name, markdown] of docs) await writeFile(join(options.output, name), markdown);
  if (options.quiet !== true) io.stderr.write(`wrote ${docs.size} files (index.md and ${docs.size - 1} rules) to ${options.output}\n`);
  return EXIT.ok;
}
