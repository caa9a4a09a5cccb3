import type { Pack } from '../ast/nodes.js';
import { CompileError } from '../diagnostics/compile-error.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { PackIR } from '../ir/schema.js';
import { Compilation } from './compilation.js';
import type { CompileOptions } from './options.js';
import { sortByPosition } from './session.js';
import type { UnitResult } from './unit-result.js';

export type { CompileOptions, ResolvedPack } from './options.js';

/** The outcome of {@link safeCompile}. */
export type CompileResult =
  | { ok: true; ir: PackIR; warnings: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[]; warnings: Diagnostic[] };

/**
 * Compiles a `.prop` pack to IR: parses it, finds the packs it extends (see
 * {@link CompileOptions}), checks names, fields, patterns, detectors, rules
 * and examples, and flattens it with its parents into one pack.
 *
 * The same source and options always give deep-equal IR, which validates
 * against `packIRSchema`.
 *
 * @throws {@link CompileError} with every error and warning, in source order,
 *   when the pack has errors
 */
export function compile(source: string, options: CompileOptions = {}): PackIR {
  return unwrap(safeCompile(source, options));
}

/**
 * Like {@link compile}, but returns the problems instead of throwing. Every
 * problem is reported, not only the first: `diagnostics` holds the errors
 * sorted by position, `warnings` the warnings.
 */
export function safeCompile(source: string, options: CompileOptions = {}): CompileResult {
  return toResult(new Compilation(options).compileSource(source, options.file));
}

/**
 * Compiles a pack that is already parsed (for tools that build or transform
 * the syntax tree). Without the source text, problems inside string and
 * pattern literals point at the whole literal.
 *
 * @throws {@link CompileError} when the pack has errors
 */
export function compileAst(pack: Pack, options: CompileOptions = {}): PackIR {
  return unwrap(safeCompileAst(pack, options));
}

/** Like {@link compileAst}, but returns the problems instead of throwing. */
export function safeCompileAst(pack: Pack, options: CompileOptions = {}): CompileResult {
  return toResult(new Compilation(options).compileAst(pack, options.file, undefined));
}

function toResult(result: UnitResult): CompileResult {
  if (result.ir !== undefined && result.errors.length === 0) {
    return { ok: true, ir: result.ir, warnings: result.warnings };
  }
  return { ok: false, diagnostics: result.errors, warnings: result.warnings };
}

function unwrap(result: CompileResult): PackIR {
  if (result.ok) return result.ir;
  throw new CompileError(sortByPosition([...result.diagnostics, ...result.warnings]));
}
