// Shared by the build, docs and traceability scripts: where the pack lives,
// and how to compile it and prove its examples with the BUILT core.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDiagnostics, load, runExamples, safeCompile } from '@propriety/core';

/** The package's root folder. */
export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The repository's root folder. */
export const repoRoot = join(packageRoot, '..', '..');
/** The pack source, relative to the package root: also the file name written into the IR's locations. */
export const PACK_FILE = 'src/civil-service-2014.prop';

/** @returns {string} the text of the pack source */
export function readPackSource() {
  return readFileSync(join(packageRoot, PACK_FILE), 'utf8');
}

/**
 * @returns {import('./traceability.mjs').Guidance} the paragraphs of the guidance
 */
export function readGuidance() {
  return JSON.parse(readFileSync(join(packageRoot, 'src', 'guidance-paragraphs.json'), 'utf8'));
}

/**
 * Compiles the pack, refusing warnings as well as errors: the standard pack
 * must be clean.
 *
 * @param {string} source the pack source
 * @returns {import('@propriety/core').PackIR}
 */
export function compilePack(source) {
  const result = safeCompile(source, { file: PACK_FILE });
  const problems = result.ok ? result.warnings : [...result.diagnostics, ...result.warnings];
  if (problems.length > 0) {
    throw new Error(`${PACK_FILE} does not compile cleanly:\n\n${formatDiagnostics(problems, { [PACK_FILE]: source })}`);
  }
  if (!result.ok) throw new Error(`${PACK_FILE} does not compile`);
  return result.ir;
}

/**
 * Runs every example written in the pack and describes each failure.
 *
 * @param {import('@propriety/core').PackIR} ir
 * @returns {{ total: number, failures: string[] }}
 */
export function proveExamples(ir) {
  const results = runExamples(load(ir), ir.examples);
  const failures = results.filter((r) => !r.passed).map((r) => describeFailure(r));
  return { total: results.length, failures };
}

/**
 * @param {import('@propriety/core').ExampleResult} result
 * @returns {string} where the example is, what it expected, and what fired
 */
export function describeFailure(result) {
  const loc = result.example.location;
  const where = loc ? `${loc.source ?? PACK_FILE}:${loc.line}:${loc.column}` : PACK_FILE;
  const fired = result.report.findings.map((f) => `${f.rule} (${f.spans.map((s) => JSON.stringify(s.text)).join(', ') || 'no span'})`);
  return `${where}: example ${result.example.expect} ${result.example.rules.join(', ')} ${JSON.stringify(result.example.activity.text)}\n` +
    `  ${result.problem ?? 'failed'}\n  findings: ${fired.join('; ') || 'none'}`;
}
