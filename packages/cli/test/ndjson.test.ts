import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, PACKAGE_DIR, fixture, ndjson, runCli } from './helpers/cli.js';

const BASE = ['--pack', fixture('packs/base.prop')];
const TEXTS = ['Lovely day', 'So, Brexit again?', 'Furious. A disgrace.', 'An OFFICIAL-SENSITIVE memo', 'Happy to help'];

/** A feed of `n` activities of every verdict, with a bad JSON line and an invalid activity in it. */
function feed(n: number): { text: string; bad: number[] } {
  const lines: string[] = [];
  const bad: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i === Math.floor(n / 3)) {
      lines.push('{"id": "broken", "text": ');
      bad.push(i + 1);
    } else if (i === Math.floor((2 * n) / 3)) {
      lines.push(JSON.stringify({ id: i, text: 'x', kind: 'tweet' }));
      bad.push(i + 1);
    } else {
      const activity: Record<string, unknown> = { id: i, text: TEXTS[i % TEXTS.length] };
      if (i % 7 === 0) activity['inReplyTo'] = { kind: 'journalist' };
      lines.push(JSON.stringify(activity));
    }
  }
  return { text: `${lines.join('\n')}\n`, bad };
}

describe.concurrent('NDJSON streams', () => {
  it('reports a malformed line in the middle with its line number and field path, and checks the others', async () => {
    const result = await runCli(['check', ...BASE, '-f', 'ndjson', fixture('feeds/mixed.ndjson')]);
    const reports = ndjson(result.stdout);
    expect(reports.map((r) => [r.id, r.verdict, r.input.line])).toEqual([
      ['a', 'ok', 1], ['b', 'review', 2], ['e', 'advice', 6],
    ]);
    const errors = result.stderr.split('\n').filter((line) => line.startsWith('error:'));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^error: test\/fixtures\/feeds\/mixed\.ndjson:3: not valid JSON/);
    expect(errors[1]).toBe('error: test/fixtures/feeds/mixed.ndjson:4: not a valid activity: `channel.platform` must be one of `x`, `facebook`, `linkedin`, `instagram`, `mastodon`, `bluesky`, `youtube`, `tiktok`, `wikipedia`, `blog`, `forum`, `other`');
    expect(result.stderr).toContain('3 activities checked');
    expect(result.stderr).toContain('2 inputs could not be checked');
    // Bad lines give exit code 3, as no verdict here is block.
    expect(result.code).toBe(3);
  });

  it('prints a summary on standard error: verdict counts and findings per rule, matching the reports', async () => {
    const { text } = feed(40);
    const result = await runCli(['check', ...BASE, '-f', 'ndjson', '--ndjson', '-'], { input: text });
    const reports = ndjson(result.stdout);
    const count = (verdict: string) => reports.filter((r) => r.verdict === verdict).length;
    const rules = new Map<string, number>();
    for (const report of reports) for (const f of report.findings) rules.set(f.rule, (rules.get(f.rule) ?? 0) + 1);
    const byCount = [...rules].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    expect(count('block')).toBeGreaterThan(0);
    expect(result.stderr).toContain(
      `38 activities checked in ${/in ([\d.]+) s/.exec(result.stderr)?.[1]} s: ${count('block')} block, ${count('review')} review, ${count('advice')} advice, ${count('ok')} ok; 2 inputs could not be checked\n` +
      `findings per rule:\n${byCount.map(([rule, n]) => `  ${String(n).padStart(String(byCount[0]![1]).length)}  ${rule}\n`).join('')}`,
    );
    expect(result.code).toBe(2);
  });

  it('gives the same output with --jobs 2 as with one job, in input order', async () => {
    const { text, bad } = feed(1500);
    const dir = mkdtempSync(join(tmpdir(), 'propriety-jobs-'));
    const file = join(dir, 'feed.jsonl');
    writeFileSync(file, text);
    const one = await runCli(['check', ...BASE, '-f', 'ndjson', file]);
    const two = await runCli(['check', ...BASE, '-f', 'ndjson', '--jobs', '2', file]);
    expect(two.code).toBe(one.code);
    expect(two.stdout).toBe(one.stdout);
    const reports = ndjson(one.stdout);
    expect(reports).toHaveLength(1498);
    expect(reports.map((r) => r.input.line)).toEqual([...Array(1500).keys()].map((i) => i + 1).filter((line) => !bad.includes(line)));
    const errorLines = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('error:'));
    expect(errorLines(two.stderr)).toEqual(errorLines(one.stderr));
    expect(errorLines(one.stderr).map((line) => /feed\.jsonl:(\d+):/.exec(line)?.[1])).toEqual(bad.map(String));
    // Every other format is the same too, once the timing in the summary is set aside.
    const untimed = (s: string) => s.replace(/"elapsedMs":\d+/g, '').replace(/time="[\d.]+"/, '');
    for (const format of ['sarif', 'junit']) {
      const a = await runCli(['check', ...BASE, '-f', format, file]);
      const b = await runCli(['check', ...BASE, '-f', format, '--jobs', '2', file]);
      expect(untimed(b.stdout)).toBe(untimed(a.stdout));
    }
  });

  it('streams: each report is written before the input has ended, with one job and with two', async () => {
    for (const jobs of ['1', '2']) {
      const child = spawn(process.execPath, [BIN, 'check', ...BASE, '-f', 'ndjson', '--ndjson', '--jobs', jobs, '-'], { cwd: PACKAGE_DIR });
      let stdout = '';
      const waitFor = (lines: number) => new Promise<void>((resolve) => {
        const check = () => {
          if (stdout.split('\n').length > lines) {
            child.stdout.off('data', onData);
            resolve();
          }
        };
        const onData = (chunk: Buffer) => {
          stdout += chunk.toString('utf8');
          check();
        };
        child.stdout.on('data', onData);
        check();
      });
      child.stdin.write('{"id":1,"text":"Brexit"}\n');
      await waitFor(1);
      expect(ndjson(stdout).map((r) => r.id)).toEqual([1]);
      child.stdin.write('{"id":2,"text":"Hello"}\n');
      await waitFor(2);
      expect(ndjson(stdout).map((r) => r.id)).toEqual([1, 2]);
      child.stdin.end();
      const code = await new Promise((resolve) => child.on('close', resolve));
      expect(code).toBe(1);
    }
  });

  it('stops quietly when the reader closes the pipe early, as `| head -1` does', async () => {
    const child = spawn(process.execPath, [BIN, 'check', ...BASE, '-f', 'ndjson', '--ndjson', '-'], { cwd: PACKAGE_DIR });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdin.on('error', () => undefined);
    child.stdin.end(feed(20000).text);
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(stderr).not.toContain('internal error');
    expect(code).toBe(0);
  });

  it('accepts CRLF line ends, a byte order mark, blank lines and a last line without a line end', async () => {
    const input = '\uFEFF{"id":1,"text":"Brexit"}\r\n\r\n   \n{"id":2,"text":"Hello"}';
    const result = await runCli(['check', ...BASE, '-f', 'ndjson', '--ndjson', '-'], { input });
    expect(ndjson(result.stdout).map((r) => [r.id, r.verdict, r.input.line])).toEqual([[1, 'review', 1], [2, 'ok', 4]]);
    expect(result.stderr).not.toContain('error:');
  });

  it('finds NDJSON on standard input even when its first line is broken', async () => {
    const result = await runCli(['check', ...BASE, '-f', 'ndjson', '-'], { input: '{"id":1,\n{"id":2,"text":"Brexit"}\n' });
    expect(ndjson(result.stdout).map((r) => [r.id, r.input.line])).toEqual([[2, 2]]);
    expect(result.stderr).toMatch(/error: <stdin>:1: not valid JSON/);
    expect(result.code).toBe(3);
  });

  it('shows a progress bar with posts per second and the time left only when standard error is a terminal', async () => {
    const { text } = feed(2000);
    const dir = mkdtempSync(join(tmpdir(), 'propriety-progress-'));
    const file = join(dir, 'feed.ndjson');
    writeFileSync(file, text);
    const out = join(dir, 'out.ndjson');
    // Piped standard error: no bar.
    const piped = await runCli(['check', ...BASE, '-f', 'ndjson', file]);
    expect(piped.stderr).not.toContain('posts/s');
    // `script` gives the command a terminal; standard output still goes to a file.
    if (spawnSync('script', ['--version']).status !== 0) return;
    const command = [process.execPath, BIN, 'check', ...BASE, '-f', 'ndjson', file].map((a) => `'${a}'`).join(' ');
    const tty = spawnSync('script', ['-qfec', `${command} > '${out}'`, '/dev/null'], { cwd: PACKAGE_DIR, encoding: 'utf8' });
    const screen = tty.stdout.replace(/\u001b\[[0-9;?]*[A-Za-z]|\u001b[78]/g, '');
    expect(screen).toMatch(/\d+% \| \d+ posts \| \d+ posts\/s \| ETA/);
    expect(ndjson(readFileSync(out, 'utf8'))).toHaveLength(1998);
  });
});
