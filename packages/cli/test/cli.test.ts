import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from './helpers/cli.js';

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe.concurrent('propriety', () => {
  it('prints its version', async () => {
    const result = await runCli(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(version);
  });

  it('documents every command, the exit codes and examples in --help', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const command of ['check', 'explain', 'test', 'fmt', 'compile', 'docs']) expect(result.stdout).toContain(`  ${command} `);
    expect(result.stdout).toMatch(/Exit codes:[\s\S]*0 +every activity is ok or advice[\s\S]*1 +some activity needs review[\s\S]*2 +some activity is block[\s\S]*3 +usage or input error/);
  });

  it.each(['check', 'explain', 'test', 'fmt', 'compile', 'docs'])('gives examples in `%s --help`', async (command) => {
    const result = await runCli([command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: propriety ${command}`);
    expect(result.stdout).toMatch(new RegExp(`Examples:\\n  \\$ propriety ${command}`));
    expect(result.stdout).toContain('Exit codes:');
  });

  it('lists the allowed values of enumerated activity flags from the activity schema', async () => {
    const result = await runCli(['check', '--help']);
    expect(result.stdout).toMatch(/--reply-to-kind <kind>\s+who it answers: journalist, blogger, politician,\s+public, organisation/);
    expect(result.stdout).toMatch(/--capacity <capacity>\s+posting as: official, personal/);
  });

  it('refuses an unknown flag with a clear message and exit code 3', async () => {
    const result = await runCli(['check', '--pakc', fixture('packs/base.prop'), fixture('posts/ok.txt')]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("error: unknown option '--pakc'");
    expect(result.stderr).toContain('(Did you mean --pack?)');
    expect(result.stdout).toBe('');
  });

  it('refuses an unknown command, suggesting the closest one', async () => {
    const result = await runCli(['chek', 'post.txt']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("unknown command 'chek'");
    expect(result.stderr).toContain('(Did you mean check?)');
  });

  it('refuses a bad choice and a bad number', async () => {
    const format = await runCli(['check', '--format', 'xml', fixture('posts/ok.txt')]);
    expect(format.code).toBe(3);
    expect(format.stderr).toContain("argument 'xml' is invalid. Allowed choices are pretty, json, ndjson, sarif, junit");
    const jobs = await runCli(['check', '--jobs', '0', fixture('posts/ok.txt')]);
    expect(jobs.code).toBe(3);
    expect(jobs.stderr).toContain('it must be a whole number from 1 to 64');
  });

  it('shows the help on standard error with exit code 3 when called with nothing', async () => {
    const result = await runCli([]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('Usage: propriety');
  });
});
