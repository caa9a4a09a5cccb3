import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ir, name, version } from '@propriety/rules-civil-service-2014';
import { describe, expect, it } from 'vitest';
import { fixture, ndjson, runCli } from './helpers/cli.js';

describe.concurrent('the embedded standard pack', () => {
  it('is the pack `check` uses when no --pack is given', async () => {
    const result = await runCli(['check', '-f', 'ndjson', '-'], { input: 'Draft: OFFICIAL-SENSITIVE briefing for tomorrow\n' });
    const [report] = ndjson(result.stdout);
    expect(report.packs).toEqual([{ name, version }]);
    expect(report.verdict).toBe('block');
    expect(result.code).toBe(2);
  });

  it('is found by name when a --pack extends it', async () => {
    const result = await runCli(['check', '--pack', fixture('packs/department.prop'), '-f', 'ndjson', '-'], { input: 'Between us, the rent cap will never work' });
    const [report] = ndjson(result.stdout);
    expect(report.packs).toEqual([{ name, version }, { name: 'test.department', version: '0.1.0' }]);
    expect(report.findings.map((f: { rule: string }) => f.rule)).toContain('rent-policy');
  });

  it('passes its own examples with `propriety test`, and so does a pack extending it', async () => {
    const standard = await runCli(['test']);
    expect(standard.code).toBe(0);
    expect(standard.stdout).toContain(`PASS ${name} ${version}`);
    expect(standard.stdout).toContain(`${ir.examples.length} of ${ir.examples.length} examples pass`);
    const department = await runCli(['test', fixture('packs/department.prop')]);
    expect(department.code).toBe(0);
    expect(department.stdout).toContain('PASS test.department 0.1.0');
  });

  it('is documented by `propriety docs` with no pack named', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'propriety-docs-')), 'rules');
    const result = await runCli(['docs', '-o', dir]);
    expect(result.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['index.md', ...ir.rules.map((r) => `${r.id}.md`)].sort());
    expect(readFileSync(join(dir, 'index.md'), 'utf8')).toContain(`Rule reference of the pack \`${name}\`, version ${version}.`);
  });
});
