import type { PackIR } from '@propriety/core';
import { UsageError } from '../usage-error.js';

/** The npm package of the standard pack, the Cabinet Office guidance of 2014. */
export const STANDARD_PACK_PACKAGE = '@propriety/rules-civil-service-2014';

/** What the standard pack's package exports. */
export interface StandardPack {
  ir: PackIR;
  name: string;
  version: string;
  source?: string | undefined;
}

let cached: Promise<StandardPack> | undefined;

/**
 * The standard pack, loaded on first use only: a run whose `--pack` does not
 * extend it never reads it.
 *
 * @throws {@link UsageError} when the package is missing or does not export a compiled pack
 */
export function standardPack(): Promise<StandardPack> {
  cached ??= importStandardPack();
  return cached;
}

async function importStandardPack(): Promise<StandardPack> {
  let module: Partial<StandardPack> & { default?: Partial<StandardPack> };
  try {
    // A specifier in a variable keeps the bundler from inlining the pack into the binary.
    const specifier: string = STANDARD_PACK_PACKAGE;
    module = (await import(specifier)) as typeof module;
  } catch (error) {
    throw new UsageError(
      `the standard pack \`${STANDARD_PACK_PACKAGE}\` could not be loaded (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
      'Install it next to @propriety/cli, or name a pack with `--pack FILE`.',
    );
  }
  const pack = module.ir !== undefined ? module : module.default;
  if (pack?.ir === undefined || typeof pack.ir !== 'object') {
    throw new UsageError(`the package \`${STANDARD_PACK_PACKAGE}\` does not export a compiled pack as \`ir\``);
  }
  return {
    ir: pack.ir,
    name: pack.name ?? pack.ir.name,
    version: pack.version ?? pack.ir.version,
    source: pack.source,
  };
}
