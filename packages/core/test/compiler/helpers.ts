import { expect } from 'vitest';
import { safeCompile } from '../../src/compiler/compile.js';
import type { CompileOptions } from '../../src/compiler/options.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

/** The line and column (1-based) of the `occurrence`-th `needle` in `source`. */
export function positionOf(source: string, needle: string, occurrence = 0): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = source.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`\`${needle}\` (occurrence ${occurrence}) is not in the source`);
  }
  const before = source.slice(0, at);
  const line = before.split('\n').length;
  const column = at - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column };
}

/** Every diagnostic of compiling `source`, errors then warnings. */
export function diagnosticsOf(source: string, options: CompileOptions = {}): Diagnostic[] {
  const result = safeCompile(source, { file: 'test.prop', ...options });
  return result.ok ? result.warnings : [...result.diagnostics, ...result.warnings];
}

/** What a test expects of a diagnostic. */
export interface Expected {
  code: string;
  message: string | RegExp;
  /** The text the diagnostic points at: its line and column are where `at` first occurs (or its `occurrence`-th time). */
  at: string;
  occurrence?: number;
  help: string | RegExp;
  severity?: 'error' | 'warning';
}

/**
 * Asserts that compiling `source` reports exactly one diagnostic with the
 * expected code, with the expected message, place, help and severity.
 */
export function expectDiagnostic(source: string, expected: Expected, options: CompileOptions = {}): Diagnostic {
  const all = diagnosticsOf(source, options);
  const matching = all.filter((d) => d.code === expected.code);
  expect(matching, JSON.stringify(all, null, 1)).toHaveLength(1);
  const d = matching[0]!;
  if (typeof expected.message === 'string') expect(d.message).toBe(expected.message);
  else expect(d.message).toMatch(expected.message);
  expect(d.severity).toBe(expected.severity ?? 'error');
  const position = positionOf(source, expected.at, expected.occurrence);
  expect({ line: d.location?.start.line, column: d.location?.start.column }).toEqual(position);
  expect(d.location?.source).toBe(options.file ?? 'test.prop');
  if (typeof expected.help === 'string') expect(d.help).toBe(expected.help);
  else expect(d.help).toMatch(expected.help);
  return d;
}

/** A pack header for tests. */
export const HEADER = 'pack "test.pack" version "1.0.0"\n  source "Test guidance"\n';
