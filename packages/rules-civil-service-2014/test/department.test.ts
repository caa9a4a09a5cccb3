import { compile, formatDiagnostics, load, runExamples, safeCompile } from '@propriety/core';
import { describe, expect, it } from 'vitest';
import { describeFailure } from '../scripts/lib/pack.mjs';
import { ir as shippedIr, name } from '../src/index.js';
import { packSource, readRepoFile } from './helpers.js';

const FILE = 'examples/department/department.prop';
const departmentSource = readRepoFile(FILE) ?? '';

describe('the example department pack', () => {
  it('compiles against the standard pack source with no errors or warnings', () => {
    const result = safeCompile(departmentSource, { file: FILE, packs: { [name]: packSource } });
    const problems = result.ok ? result.warnings : [...result.diagnostics, ...result.warnings];
    expect(formatDiagnostics(problems, { [FILE]: departmentSource })).toBe('');
    expect(result.ok).toBe(true);
  });

  it('compiles the same against the shipped IR as against the source', () => {
    const fromSource = compile(departmentSource, { file: FILE, packs: { [name]: packSource } });
    const fromIr = compile(departmentSource, { file: FILE, packs: { [name]: shippedIr } });
    expect(fromIr.rules.map((r) => [r.id, r.severity])).toEqual(fromSource.rules.map((r) => [r.id, r.severity]));
    expect(fromIr.termLists).toEqual(fromSource.termLists);
  });

  const ir = compile(departmentSource, { file: FILE, packs: { [name]: packSource } });
  const engine = load(ir);

  it('passes its own examples and those of the standard pack it keeps', () => {
    const results = runExamples(engine, ir.examples);
    expect(results.filter((r) => !r.passed).map((r) => describeFailure(r)).join('\n\n')).toBe('');
    expect(results.filter((r) => r.example.pack === ir.name).length).toBeGreaterThanOrEqual(12);
  });

  it('extends a term list, raises a severity, switches a rule off and adds a rule', () => {
    expect(ir.packs.map((p) => p.name)).toEqual([name, 'uk.example-department.social-media']);
    expect(ir.termLists.controversial?.terms.map((t) => t.text)).toEqual(expect.arrayContaining(['brexit', 'fuel duty']));
    const severity = (id: string) => ir.rules.find((r) => r.id === id)?.severity;
    expect(severity('accuracy')).toBe('review');
    expect(shippedIr.rules.find((r) => r.id === 'accuracy')?.severity).toBe('advice');
    expect(severity('collaborative-editing')).toBe('off');
    expect(severity('pre-election-period')).toBe('block');
  });

  it('applies its pre-election rule only inside the period', () => {
    const post = { text: 'Our affordable homes scheme is open for bids', capacity: 'official', account: 'official' };
    const fired = (at: string) => engine.check({ ...post, at }).findings.some((f) => f.rule === 'pre-election-period');
    expect(fired('2026-03-25')).toBe(false);
    expect(fired('2026-03-26')).toBe(true);
    expect(fired('2026-05-07T21:59:00Z')).toBe(true);
    expect(fired('2026-05-08')).toBe(false);
    expect(engine.check({ ...post, at: '2026-04-20' }).verdict).toBe('block');
  });
});
