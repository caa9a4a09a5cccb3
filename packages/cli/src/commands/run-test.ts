import { runExamples, type ExampleResult, type Finding } from '@propriety/core';
import { preparePack, prepareStandardPack, type ReadyPack } from '../packs/compile-pack.js';
import { readPackFiles } from '../packs/pack-files.js';
import { EXIT } from '../exit-codes.js';
import { colorsFor, paintVerdict, type Colors } from '../terminal/colors.js';
import { UsageError } from '../usage-error.js';
import type { CheckIO } from '../check/run-check.js';

/** Options of `propriety test`. */
export interface TestOptions {
  pack: string[];
  color?: boolean | undefined;
  quiet?: boolean | undefined;
}

/**
 * Runs the examples written inside each pack (the standard pack when none
 * is named) and reports every failure with the example's place in its
 * file and the findings the example actually got. Exit code 1 when an
 * example fails, 3 when a pack does not compile.
 */
export async function runTest(paths: readonly string[], options: TestOptions, io: CheckIO): Promise<number> {
  const out = colorsFor(io.stdout, options.color);
  const err = colorsFor(io.stderr, options.color);
  const targets: { label: string; prepare: () => Promise<ReadyPack> }[] = [];
  if (paths.length === 0) {
    targets.push({ label: 'the standard pack', prepare: prepareStandardPack });
  } else {
    const files = await readPackFiles([...paths, ...options.pack]);
    for (const file of files.slice(0, paths.length)) {
      targets.push({ label: file.path, prepare: () => preparePack(file, files.filter((f) => f !== file), err) });
    }
  }

  let code: number = EXIT.ok;
  let total = 0;
  let failed = 0;
  for (const target of targets) {
    let pack: ReadyPack;
    try {
      pack = await target.prepare();
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr.write(`${err.red('error')}: ${error.message}\n${error.details !== undefined ? `${error.details}\n` : ''}\n`);
      code = EXIT.usage;
      continue;
    }
    if (pack.warnings !== '' && options.quiet !== true) io.stderr.write(`${pack.warnings}\n\n`);
    const results = runExamples(pack.engine, pack.ir.examples);
    const failures = results.filter((result) => !result.passed);
    total += results.length;
    failed += failures.length;
    for (const failure of failures) io.stdout.write(`${renderFailure(failure, pack.label, out)}\n`);
    const status = failures.length === 0 ? out.green(out.bold('PASS')) : out.red(out.bold('FAIL'));
    io.stdout.write(`${status} ${pack.ir.name} ${pack.ir.version} (${pack.label}): ${results.length - failures.length} of ${results.length} example${results.length === 1 ? '' : 's'} pass\n`);
    if (failures.length > 0 && code === EXIT.ok) code = EXIT.review;
  }
  if (targets.length > 1) io.stdout.write(`${total} examples in ${targets.length} packs: ${total - failed} passed, ${failed} failed\n`);
  return code;
}

function renderFailure(result: ExampleResult, fallbackFile: string, c: Colors): string {
  const { example, report } = result;
  const at = example.location;
  const where = at === undefined ? fallbackFile : `${at.source ?? fallbackFile}:${at.line}:${at.column}`;
  const rules = example.rules.length > 0 ? ` ${example.rules.join(', ')}` : '';
  const text = typeof example.activity['text'] === 'string' ? example.activity['text'] : '';
  const fields = Object.entries(example.activity)
    .filter(([key]) => key !== 'text')
    .map(([key, value]) => `${key} ${JSON.stringify(value)}`);
  const lines = [
    `${c.red(c.bold('FAIL'))} ${c.bold(where)}: example ${example.expect}${rules} ${JSON.stringify(text)}${fields.length > 0 ? ` with ${fields.join(', ')}` : ''}`,
    `  ${result.problem ?? 'the example did not pass'}`,
  ];
  if (report.findings.length === 0) {
    lines.push(`  actual: ${paintVerdict(c, report.verdict)}, no findings`);
  } else {
    lines.push(`  actual: ${paintVerdict(c, report.verdict)}, ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}:`);
    for (const finding of report.findings) lines.push(`    ${describeFinding(finding, c)}`);
  }
  return `${lines.join('\n')}\n`;
}

function describeFinding(finding: Finding, c: Colors): string {
  const span = finding.spans[0];
  const at = span === undefined ? '' : ` at ${span.field === 'text' ? '' : `${span.field} `}${span.line}:${span.column} ${JSON.stringify(span.text)}`;
  return `${paintVerdict(c, finding.severity)} ${finding.rule}${at}: ${finding.message}`;
}
