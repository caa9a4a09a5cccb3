import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { safeParse } from '@propriety/core';
import { describeFsError } from '../input/expand-inputs.js';
import { describeJsonError } from '../input/json-error.js';
import { UsageError } from '../usage-error.js';

/** A pack named with `--pack` or as an argument: `.prop` source or compiled `.json` IR. */
export type PackFile =
  | { kind: 'source'; path: string; source: string; name?: string | undefined; parents: string[] }
  | { kind: 'ir'; path: string; ir: unknown; name?: string | undefined; parents: string[] };

/**
 * Reads pack files. A `.json` file is compiled IR; anything else is `.prop`
 * source. The name and the packs it extends are read from the header (or
 * the IR), so that packs can be found by name before any is compiled.
 *
 * @throws {@link UsageError} for a file that cannot be read or is not JSON
 */
export async function readPackFiles(paths: readonly string[]): Promise<PackFile[]> {
  return Promise.all(paths.map(readPackFile));
}

async function readPackFile(path: string): Promise<PackFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the pack \`${path}\`: ${describeFsError(error)}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (extname(path).toLowerCase() === '.json') {
    let ir: unknown;
    try {
      ir = JSON.parse(text);
    } catch (error) {
      const problem = describeJsonError(error, text);
      const at = problem.line === undefined ? '' : `:${problem.line}:${problem.column}`;
      throw new UsageError(`the pack \`${path}${at}\` is not valid JSON: ${problem.message}`);
    }
    const record = ir !== null && typeof ir === 'object' ? (ir as { name?: unknown; packs?: unknown }) : {};
    const name = typeof record.name === 'string' ? record.name : undefined;
    const chain = Array.isArray(record.packs) ? record.packs : [];
    const parents = chain
      .map((p: unknown) => (p !== null && typeof p === 'object' ? (p as { name?: unknown }).name : undefined))
      .filter((n): n is string => typeof n === 'string' && n !== name);
    return { kind: 'ir', path, ir, name, parents };
  }
  const parsed = safeParse(text, { file: path });
  if (!parsed.ok) return { kind: 'source', path, source: text, parents: [] };
  return {
    kind: 'source',
    path,
    source: text,
    name: parsed.ast.header.name.value,
    parents: parsed.ast.header.extends.map((s) => s.value),
  };
}
