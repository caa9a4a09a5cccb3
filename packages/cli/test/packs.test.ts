import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load, packIRSchema } from '@propriety/core';
import { describe, expect, it } from 'vitest';
import { fixture, fixturePath, runCli } from './helpers/cli.js';

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'propriety-cli-'));

describe.concurrent('propriety test', () => {
  it('passes packs whose examples all pass, counting them', async () => {
    const result = await runCli(['test', fixture('packs/base.prop'), fixture('packs/team.prop')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('PASS test.base 1.2.3 (test/fixtures/packs/base.prop): 9 of 9 examples pass');
    // The team pack switches `heat` off, so the base pack's examples of `heat` no longer apply.
    expect(result.stdout).toContain('PASS test.team 0.1.0 (test/fixtures/packs/team.prop): 9 of 9 examples pass');
    expect(result.stdout).toContain('18 examples in 2 packs: 18 passed, 0 failed');
  });

  it('reports each failing example at file:line:column with the findings it actually got, and exits 1', async () => {
    const result = await runCli(['test', fixture('packs/failing.prop')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain([
      'FAIL test/fixtures/packs/failing.prop:10:3: example flags topic "Nothing to see here"',
      '  expected `topic` to flag it, but it did not',
      '  actual: ok, no findings',
    ].join('\n'));
    expect(result.stdout).toContain([
      'FAIL test/fixtures/packs/failing.prop:11:3: example passes topic "Brexit is everywhere"',
      '  expected `topic` not to flag it, but `topic` did',
      '  actual: review, 1 finding:',
      '    review topic at 1:1 "Brexit": This mentions Brexit',
    ].join('\n'));
    expect(result.stdout).toContain('FAIL test.failing 0.0.1 (test/fixtures/packs/failing.prop): 1 of 3 examples pass');
  });

  it('exits 3 with every diagnostic when a pack does not compile', async () => {
    const result = await runCli(['test', fixture('packs/broken.prop')]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('error[unknown-source]');
    expect(result.stderr).toContain('error[unknown-field]');
    expect(result.stderr).toContain('error[duplicate-rule]');
  });
});

describe.concurrent('propriety compile', () => {
  it('writes IR that validates and loads, with -o', async () => {
    const out = join(tempDir(), 'nested', 'base.json');
    const result = await runCli(['compile', fixture('packs/base.prop'), '-o', out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`compiled test.base 1.2.3 (4 rules on, 9 examples) to ${out}`);
    const ir = JSON.parse(readFileSync(out, 'utf8'));
    expect(packIRSchema.safeParse(ir).success).toBe(true);
    expect(ir.rules.map((r: { id: string }) => r.id)).toEqual(['markings', 'controversy', 'heat', 'media']);
    expect(load(ir).check({ text: 'Embargoed until Monday' }).verdict).toBe('block');
  });

  it('writes IR to standard output without -o, resolving a parent given with --pack', async () => {
    const result = await runCli(['compile', fixture('packs/team.prop'), '--pack', fixture('packs/base.prop'), '--minify']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    const ir = JSON.parse(result.stdout);
    expect(ir.packs.map((p: { name: string }) => p.name)).toEqual(['test.base', 'test.team']);
  });

  it('prints ALL diagnostics with code frames and file:line:column, and exits 3', async () => {
    const result = await runCli(['compile', fixture('packs/broken.prop'), '-o', join(tempDir(), 'never.json')]);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('error: the pack `test/fixtures/packs/broken.prop` does not compile: 3 errors');
    expect(result.stderr).toContain([
      'error[unknown-source]: there is no term list, pattern or detector named `topcis`',
      ' --> test/fixtures/packs/broken.prop:7:17',
      '  |',
      '7 |   when text has topcis',
      '  |                 ^^^^^^',
      '  = help: did you mean `topics`?',
    ].join('\n'));
    expect(result.stderr).toContain('--> test/fixtures/packs/broken.prop:13:8');
    expect(result.stderr).toContain('--> test/fixtures/packs/broken.prop:17:6');
    expect(result.stderr).toContain('--> test/fixtures/packs/broken.prop:5:6'); // the note on the first declaration
  });

  it('names a pack that cannot be found by name', async () => {
    const result = await runCli(['compile', fixture('packs/team.prop')]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('test.base');
    expect(result.stderr).toContain('--> test/fixtures/packs/team.prop:2:');
  });

  it('exits 3 for a pack file that does not exist', async () => {
    const result = await runCli(['compile', fixture('packs/nope.prop')]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('error: cannot read the pack `test/fixtures/packs/nope.prop`: no such file or folder');
  });
});

describe.concurrent('propriety fmt', () => {
  it('--check lists the unformatted files and exits 1, changing nothing', async () => {
    const dir = tempDir();
    copyFileSync(fixturePath('packs/messy.prop'), join(dir, 'messy.prop'));
    copyFileSync(fixturePath('packs/base.prop'), join(dir, 'base.prop'));
    const before = readFileSync(join(dir, 'messy.prop'), 'utf8');
    const result = await runCli(['fmt', '--check', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(`${join(dir, 'messy.prop')}\n`);
    expect(result.stderr).toContain('1 file not formatted, 1 already formatted');
    expect(readFileSync(join(dir, 'messy.prop'), 'utf8')).toBe(before);
  });

  it('formats in place, after which --check passes', async () => {
    const dir = tempDir();
    const file = join(dir, 'messy.prop');
    copyFileSync(fixturePath('packs/messy.prop'), file);
    const result = await runCli(['fmt', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${file}\n`);
    expect(readFileSync(file, 'utf8')).toBe([
      'pack "test.messy" version "0.0.1"',
      '',
      'terms topics { "brexit", "fuel duty" }',
      '',
      'rule topic {',
      '  severity review',
      '  when text has topics',
      '  say "This mentions {match}"',
      '}',
      '',
    ].join('\n'));
    const again = await runCli(['fmt', '--check', file]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
  });

  it('formats standard input to standard output with -', async () => {
    const result = await runCli(['fmt', '-'], { input: readFileSync(fixturePath('packs/messy.prop'), 'utf8') });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('rule topic {\n  severity review\n');
  });

  it('exits 3 with code frames for a pack with syntax errors', async () => {
    const dir = tempDir();
    const file = join(dir, 'bad.prop');
    writeFileSync(file, 'pack "x" version "1"\nrule r {\n  severity sometimes\n}\n');
    const result = await runCli(['fmt', '--check', file]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`--> ${file}:3:`);
  });
});

describe.concurrent('propriety docs', () => {
  it('writes index.md and one Markdown file per rule with id, doc, severity, tags, citation and examples', async () => {
    const dir = join(tempDir(), 'rules');
    const result = await runCli(['docs', fixture('packs/base.prop'), '-o', dir]);
    expect(result.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['controversy.md', 'heat.md', 'index.md', 'markings.md', 'media.md']);
    const index = readFileSync(join(dir, 'index.md'), 'utf8');
    expect(index).toContain('# CLI test pack');
    expect(index).toContain('| [`markings`](markings.md) | block | `official-information` | Test guidance, section 3, paragraph 3 | Protective markings mean the text is official information. |');
    const rule = readFileSync(join(dir, 'controversy.md'), 'utf8');
    expect(rule).toContain('# `controversy`\n\n[All rules](index.md)\n\nComment on a politically controversial issue.');
    expect(rule).toContain('| Severity | review |');
    expect(rule).toContain('| Tags | `political` |');
    expect(rule).toContain('| Guidance | Test guidance, section 3, paragraph 4 |');
    expect(rule).toContain('```prop\nwhen text has controversial\nunless author.authorisedTopics contains "spokesperson"\n```');
    expect(rule).toContain('- Term list `controversial`: Controversial topics');
    expect(rule).toContain('Flagged:\n\n- `Brexit again?`');
    expect(rule).toContain('Not flagged:\n\n- `Brexit again?` with author.authorisedTopics `["spokesperson"]`');
    expect(rule).toContain('As written in the pack:\n\n```prop\nrule controversy {\n  severity review\n');
  });

  it('requires -o', async () => {
    const result = await runCli(['docs', fixture('packs/base.prop')]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("required option '-o, --output <folder>' not specified");
  });
});
