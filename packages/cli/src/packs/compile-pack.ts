import { formatDiagnostics, load, safeCompile, IRError, type Diagnostic, type Engine, type Issue, type PackIR } from '@propriety/core';
import type { Colors } from '../terminal/colors.js';
import { paintDiagnostics } from '../terminal/paint-diagnostics.js';
import { UsageError } from '../usage-error.js';
import type { PackFile } from './pack-files.js';
import { standardPack, type StandardPack } from './standard-pack.js';

/** A pack compiled to IR, not yet loaded: what `--jobs N` hands to its worker threads, which load it themselves. */
export interface CompiledPack {
  ir: PackIR;
  /** The file it came from, or the standard pack's package. */
  label: string;
  /** Warnings from compiling it, with code frames, or empty. */
  warnings: string;
}

/** A pack ready to check with. */
export interface ReadyPack extends CompiledPack {
  engine: Engine;
}

/**
 * Compiles one pack file (or takes its IR) and loads it. Packs it extends
 * are found by name among `others` (`--pack` files) and then in the
 * standard pack.
 *
 * @throws {@link UsageError} with every diagnostic and its code frame when the pack does not compile,
 *   or every problem of IR that does not load
 */
export async function preparePack(file: PackFile, others: readonly PackFile[], c: Colors): Promise<ReadyPack> {
  const pack = await compilePackFile(file, others, c);
  return { ...loadPack(pack.ir, pack.label), warnings: pack.warnings };
}

/**
 * Compiles one pack file (or takes its IR) without loading it; see
 * {@link preparePack}. IR read from a file is only checked when loaded.
 *
 * @throws {@link UsageError} with every diagnostic and its code frame when the pack does not compile
 */
export async function compilePackFile(file: PackFile, others: readonly PackFile[], c: Colors): Promise<CompiledPack> {
  const sources: Record<string, string> = {};
  for (const other of [file, ...others]) if (other.kind === 'source') sources[other.path] = other.source;
  let ir: unknown;
  let warnings = '';
  if (file.kind === 'ir') {
    ir = file.ir;
  } else {
    const byName = new Map<string, PackFile>();
    for (const other of others) if (other.name !== undefined && other !== file && !byName.has(other.name)) byName.set(other.name, other);
    const standard = await needsStandardPack(file, byName);
    const result = safeCompile(file.source, {
      file: file.path,
      resolve: (name) => {
        const found = byName.get(name);
        if (found !== undefined) return found.kind === 'ir' ? (found.ir as PackIR) : { source: found.source, file: found.path };
        if (standard !== undefined && name === standard.name) return standard.ir;
        return undefined;
      },
    });
    if (result.warnings.length > 0) warnings = paintDiagnostics(formatDiagnostics(result.warnings, sources), c);
    if (!result.ok) {
      const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
      throw new UsageError(
        `the pack \`${file.path}\` does not compile: ${errors} error${errors === 1 ? '' : 's'}`,
        paintDiagnostics(formatDiagnostics(sortDiagnostics([...result.diagnostics, ...result.warnings]), sources), c),
      );
    }
    ir = result.ir;
  }
  return { ir: ir as PackIR, label: file.path, warnings };
}

/** Loads IR into an engine, turning an {@link IRError} into a {@link UsageError} that lists each problem. */
export function loadPack(ir: unknown, label: string): { ir: PackIR; engine: Engine; label: string } {
  try {
    const engine = load(ir);
    return { ir: ir as PackIR, engine, label };
  } catch (error) {
    if (error instanceof IRError) throw packLoadError(label, error.issues);
    throw error;
  }
}

/** The usage error for IR that does not load, listing each problem (also raised for a worker thread's load). */
export function packLoadError(label: string, issues: readonly Issue[]): UsageError {
  return new UsageError(
    `the pack \`${label}\` cannot be loaded`,
    issues.map((issue) => `  - ${issue.path === '' ? '(the whole pack)' : `\`${issue.path}\``} ${issue.message}`).join('\n'),
  );
}

/** The standard pack, ready to check with. */
export async function prepareStandardPack(): Promise<ReadyPack> {
  const standard = await standardPackIR();
  return { ...loadPack(standard.ir, standard.label), warnings: '' };
}

/** The standard pack's IR, not loaded. */
export async function standardPackIR(): Promise<CompiledPack> {
  const standard = await standardPack();
  return { ir: standard.ir, label: standard.name, warnings: '' };
}

// Any pack the chain extends that no file given provides: only the standard pack can still supply it.
async function needsStandardPack(file: PackFile, byName: ReadonlyMap<string, PackFile>): Promise<StandardPack | undefined> {
  const seen = new Set<string>();
  const stack = [...file.parents];
  let missing = false;
  while (stack.length > 0) {
    const name = stack.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const found = byName.get(name);
    if (found === undefined) missing = true;
    else stack.push(...found.parents);
  }
  if (!missing) return undefined;
  try {
    return await standardPack();
  } catch {
    return undefined; // the compiler then names the pack it cannot find
  }
}

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic): [string, number, number] => [d.location?.source ?? '', d.location?.start.line ?? 0, d.location?.start.column ?? 0];
  return diagnostics.sort((a, b) => {
    const [fa, la, ca] = key(a);
    const [fb, lb, cb] = key(b);
    return fa < fb ? -1 : fa > fb ? 1 : la - lb || ca - cb;
  });
}
