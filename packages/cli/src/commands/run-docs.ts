import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderRuleDocs } from '@propriety/core';
import type { CheckIO } from '../check/run-check.js';
import { EXIT } from '../exit-codes.js';
import { prepareStandardPack, preparePack } from '../packs/compile-pack.js';
import { readPackFiles } from '../packs/pack-files.js';
import { standardPack } from '../packs/standard-pack.js';
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
 * {@link renderRuleDocs}; from a `.prop` pack, each rule is also shown as
 * written. Other files in the folder are left alone.
 */
export async function runDocs(path: string | undefined, options: DocsOptions, io: CheckIO): Promise<number> {
  const err = colorsFor(io.stderr, options.color);
  let pack;
  let source: string | undefined;
  if (path === undefined) {
    pack = await prepareStandardPack();
    source = (await standardPack()).source;
  } else {
    const files = await readPackFiles([path, ...options.pack]);
    const file = files[0]!;
    pack = await preparePack(file, files.slice(1), err);
    if (file.kind === 'source') source = file.source;
  }
  if (pack.warnings !== '' && options.quiet !== true) io.stderr.write(`${pack.warnings}\n\n`);
  // With the source at hand, each of the pack's own rules is also shown as written.
  const docs = renderRuleDocs(pack.ir, { source });
  await mkdir(options.output, { recursive: true });
  for (const [name, markdown] of docs) await writeFile(join(options.output, name), markdown);
  if (options.quiet !== true) io.stderr.write(`wrote ${docs.size} files (index.md and ${docs.size - 1} rules) to ${options.output}\n`);
  return EXIT.ok;
}
