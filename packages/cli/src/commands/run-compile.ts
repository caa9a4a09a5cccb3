import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CheckIO } from '../check/run-check.js';
import { EXIT } from '../exit-codes.js';
import { preparePack } from '../packs/compile-pack.js';
import { readPackFiles } from '../packs/pack-files.js';
import { colorsFor } from '../terminal/colors.js';

/** Options of `propriety compile`. */
export interface CompileCommandOptions {
  output?: string | undefined;
  pack: string[];
  minify?: boolean | undefined;
  color?: boolean | undefined;
  quiet?: boolean | undefined;
}

/**
 * Compiles a `.prop` pack to IR (JSON) in a file or on standard output.
 * The IR is also loaded once, so that what is written is known to load.
 * A pack with errors throws a usage error carrying every diagnostic with
 * its code frame (exit code 3).
 */
export async function runCompile(path: string, options: CompileCommandOptions, io: CheckIO): Promise<number> {
  const err = colorsFor(io.stderr, options.color);
  const files = await readPackFiles([path, ...options.pack]);
  const pack = await preparePack(files[0]!, files.slice(1), err);
  if (pack.warnings !== '' && options.quiet !== true) io.stderr.write(`${pack.warnings}\n\n`);
  const json = `${options.minify === true ? JSON.stringify(pack.ir) : JSON.stringify(pack.ir, null, 2)}\n`;
  if (options.output === undefined || options.output === '-') {
    io.stdout.write(json);
  } else {
    await mkdir(dirname(options.output), { recursive: true });
    await writeFile(options.output, json);
    if (options.quiet !== true) {
      const on = pack.ir.rules.filter((rule) => rule.severity !== 'off').length;
      io.stderr.write(`compiled ${pack.ir.name} ${pack.ir.version} (${on} rules on, ${pack.ir.examples.length} examples) to ${options.output}\n`);
    }
  }
  return EXIT.ok;
}
