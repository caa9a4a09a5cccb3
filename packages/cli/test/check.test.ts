import { describe, expect, it } from 'vitest';
import { fixture, ndjson, runCli } from './helpers/cli.js';

const BASE = ['--pack', fixture('packs/base.prop')];

describe.concurrent('propriety check: exit codes', () => {
  it.each([
    { verdict: 'ok', file: 'posts/ok.txt', code: 0 },
    { verdict: 'advice', file: 'posts/advice.txt', code: 0 },
    { verdict: 'review', file: 'posts/review.txt', code: 1 },
    { verdict: 'block', file: 'posts/block.txt', code: 2 },
  ])('exits $code for a post that is $verdict', async ({ verdict, file, code }) => {
    const result = await runCli(['check', ...BASE, '-f', 'ndjson', fixture(file)]);
    expect(result.code).toBe(code);
    expect(ndjson(result.stdout).map((report) => report.verdict)).toEqual([verdict]);
  });

  it('takes the worst verdict over several inputs', async () => {
    const result = await runCli(['check', ...BASE, fixture('posts/ok.txt'), fixture('posts/review.txt'), fixture('posts/block.txt')]);
    expect(result.code).toBe(2);
  });

  it('exits 3 for a file that does not exist, still checking the others; a block verdict still wins', async () => {
    const result = await runCli(['check', ...BASE, '-f', 'ndjson', fixture('posts/nope.txt'), fixture('posts/review.txt')]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('test/fixtures/posts/nope.txt: no such file or folder');
    expect(ndjson(result.stdout).map((report) => report.verdict)).toEqual(['review']);
    const withBlock = await runCli(['check', ...BASE, '-f', 'ndjson', fixture('posts/nope.txt'), fixture('posts/block.txt')]);
    expect(withBlock.code).toBe(2);
  });

  it('exits 3 and prints every diagnostic when the pack does not compile', async () => {
    const result = await runCli(['check', '--pack', fixture('packs/broken.prop'), fixture('posts/ok.txt')]);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('the pack `test/fixtures/packs/broken.prop` does not compile: 3 errors');
    expect(result.stderr).toContain('--> test/fixtures/packs/broken.prop:7:17');
    expect(result.stderr).toContain('--> test/fixtures/packs/broken.prop:13:8');
    expect(result.stderr).toContain('--> test/fixtures/packs/broken.prop:17:6');
  });
});

describe.concurrent('propriety check: inputs', () => {
  it('reads a folder as every activity file in it, sorted, and a JSON array as one activity each', async () => {
    const result = await runCli(['check', ...BASE, '-f', 'ndjson', fixture('posts')]);
    const reports = ndjson(result.stdout);
    expect(reports.map((r) => r.input)).toEqual([
      { file: 'test/fixtures/posts/advice.txt' },
      { file: 'test/fixtures/posts/batch.json', index: 0 },
      { file: 'test/fixtures/posts/batch.json', index: 1 },
      { file: 'test/fixtures/posts/block.txt' },
      { file: 'test/fixtures/posts/ok.txt' },
      { file: 'test/fixtures/posts/review.txt' },
    ]);
    expect(reports.map((r) => r.verdict)).toEqual(['advice', 'review', 'ok', 'block', 'ok', 'review']);
    expect(reports[1].id).toBe('reply-1');
    expect(reports[1].findings.map((f: { rule: string }) => f.rule)).toEqual(['media']);
    expect(result.code).toBe(2);
  });

  it('reads plain text from standard input', async () => {
    const result = await runCli(['check', ...BASE, '-f', 'ndjson', '-'], { input: 'So, Brexit again?\n' });
    const [report] = ndjson(result.stdout);
    expect(report.verdict).toBe('review');
    expect(report.input).toEqual({ file: '-' });
    expect(report.findings[0].spans[0]).toMatchObject({ start: 4, end: 10, text: 'Brexit' });
    expect(result.code).toBe(1);
  });

  it('reads standard input when it is piped and no input is named', async () => {
    const result = await runCli(['check', ...BASE, '-f', 'ndjson'], { input: 'An OFFICIAL-SENSITIVE note' });
    expect(ndjson(result.stdout)[0].verdict).toBe('block');
    expect(result.code).toBe(2);
  });

  it('detects JSON and NDJSON on standard input', async () => {
    const json = await runCli(['check', ...BASE, '-f', 'ndjson', '-'], { input: '[\n  {"id": 1, "text": "Brexit"},\n  {"id": 2, "text": "Hello"}\n]\n' });
    expect(ndjson(json.stdout).map((r) => [r.id, r.verdict, r.input])).toEqual([
      [1, 'review', { file: '-', index: 0 }],
      [2, 'ok', { file: '-', index: 1 }],
    ]);
    const lines = await runCli(['check', ...BASE, '-f', 'ndjson', '-'], { input: '{"id": 1, "text": "Brexit"}\n{"id": 2, "text": "Hello"}\n' });
    expect(ndjson(lines.stdout).map((r) => [r.id, r.verdict, r.input])).toEqual([
      [1, 'review', { file: '-', line: 1 }],
      [2, 'ok', { file: '-', line: 2 }],
    ]);
  });

  it('takes standard input as text with --text, even when it looks like JSON', async () => {
    const result = await runCli(['check', ...BASE, '-f', 'ndjson', '--text', '-'], { input: '{"text": "Brexit"}' });
    const [report] = ndjson(result.stdout);
    expect(report.findings[0].spans[0]).toMatchObject({ start: 10, text: 'Brexit' });
  });

  it('exits 3 when standard input is empty', async () => {
    const result = await runCli(['check', ...BASE, '-'], { input: '' });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('<stdin>: is empty');
  });

  it('sets the fields of a plain-text activity from flags', async () => {
    const plain = await runCli(['check', ...BASE, '-f', 'ndjson', fixture('posts/ok.txt')]);
    expect(plain.code).toBe(0);
    const reply = await runCli(['check', ...BASE, '-f', 'ndjson', '--kind', 'reply', '--reply-to-kind', 'journalist', '--id', 'r1', fixture('posts/ok.txt')]);
    const [report] = ndjson(reply.stdout);
    expect(report.id).toBe('r1');
    expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual(['media']);
    expect(reply.code).toBe(1);
    const authorised = await runCli(['check', ...BASE, '-f', 'ndjson', '--authorised-topic', 'housing', '--authorised-topic', 'spokesperson', fixture('posts/review.txt')]);
    expect(ndjson(authorised.stdout)[0].verdict).toBe('ok');
    const bio = await runCli(['check', ...BASE, '-f', 'ndjson', '--reply-to-bio', 'Writes about fuel duty', fixture('posts/ok.txt')]);
    expect(ndjson(bio.stdout)[0].findings[0].spans[0]).toMatchObject({ field: 'inReplyTo.bio', text: 'fuel duty' });
  });

  it('names the flag, not the field, when an activity flag has a bad value', async () => {
    const result = await runCli(['check', ...BASE, '--platform', 'myspace', '--at', 'tomorrow', fixture('posts/ok.txt')]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('`--platform` must be one of `x`, `facebook`');
    expect(result.stderr).toContain('(got `myspace`)');
    expect(result.stderr).toContain('`--at` must be an ISO 8601 date');
    expect(result.stdout).toBe('');
  });
});

describe.concurrent('propriety check --format pretty', () => {
  it('shows each finding under its line with the span underlined, the guidance, advice and suggestion, and a summary', async () => {
    const result = await runCli(['check', ...BASE, fixture('posts/review.txt'), fixture('posts/block.txt'), fixture('posts/ok.txt')]);
    expect(result.stdout).toContain([
      'test/fixtures/posts/review.txt: review \u2014 1 finding',
      '',
      '  review[controversy]: This comments on a controversial issue (Brexit)',
      '   --> test/fixtures/posts/review.txt:2:5',
      '    |',
      '  2 | So, Brexit again?',
      '    |     ^^^^^^',
      '    = matched: controversial `brexit`',
      '    = guidance: Test guidance, section 3, paragraph 4',
      '    = advice: Leave controversial issues alone',
    ].join('\n'));
    expect(result.stdout).toContain('  block[markings]: This carries a protective marking (OFFICIAL-SENSITIVE)');
    expect(result.stdout).toContain('    = suggestion: Remove OFFICIAL-SENSITIVE');
    expect(result.stdout).toContain('test/fixtures/posts/ok.txt: ok\n');
    expect(result.stdout).toMatch(/3 activities checked in [\d.]+ s: 1 block, 1 review, 0 advice, 1 ok\nfindings per rule:\n {2}1 {2}controversy\n {2}1 {2}markings\n$/);
    // Not a terminal and no FORCE_COLOR: no escape codes.
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('names the field of a span outside the text', async () => {
    const result = await runCli(['check', ...BASE, '--reply-to-bio', 'Writes about fuel duty', fixture('posts/ok.txt')]);
    expect(result.stdout).toContain('--> test/fixtures/posts/ok.txt inReplyTo.bio 1:14');
    expect(result.stdout).toContain('  1 | Writes about fuel duty\n    |              ^^^^^^^^^');
  });

  it('colours severities with FORCE_COLOR or --color, and never with NO_COLOR or --no-color', async () => {
    const forced = await runCli(['check', ...BASE, fixture('posts/block.txt')], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[31mblock\u001b[39m');
    const flag = await runCli(['check', ...BASE, '--color', fixture('posts/block.txt')]);
    expect(flag.stdout).toContain('\u001b[');
    const noColor = await runCli(['check', ...BASE, '--no-color', fixture('posts/block.txt')], { env: { FORCE_COLOR: '1' } });
    expect(noColor.stdout).not.toContain('\u001b[');
    const env = await runCli(['check', ...BASE, fixture('posts/block.txt')], { env: { NO_COLOR: '1' } });
    expect(env.stdout).not.toContain('\u001b[');
  });
});

describe.concurrent('propriety explain', () => {
  it('says for every rule why it fired or not, with what would make the post pass', async () => {
    const result = await runCli(['explain', ...BASE, fixture('posts/review.txt')]);
    expect(result.code).toBe(1);
    const why = result.stdout.slice(result.stdout.indexOf('  why:'));
    expect(why).toMatch(/ {4}markings: not fired\n {6}`text has markings` was false/);
    expect(why).toMatch(/ {4}controversy: fired\n[^\n]*\n {6}to pass: remove `Brexit` at 2:5/);
    expect(why).toContain('    heat: not fired');
    expect(why).toContain('    media: not fired');
  });

  it('is the same as check --explain, and puts the explanation in JSON reports', async () => {
    const explain = await runCli(['explain', ...BASE, '-f', 'ndjson', fixture('posts/review.txt')]);
    const check = await runCli(['check', ...BASE, '--explain', '-f', 'ndjson', fixture('posts/review.txt')]);
    expect(explain.stdout).toBe(check.stdout);
    const [report] = ndjson(explain.stdout);
    expect(report.explanation.map((e: { rule: string; outcome: string }) => [e.rule, e.outcome])).toEqual([
      ['markings', 'not-fired'], ['controversy', 'fired'], ['heat', 'not-fired'], ['media', 'not-fired'],
    ]);
    const plain = await runCli(['check', ...BASE, '-f', 'ndjson', fixture('posts/review.txt')]);
    expect(ndjson(plain.stdout)[0].explanation).toBeUndefined();
  });
});

describe.concurrent('propriety check with several packs', () => {
  it('checks with the pack that no other given pack extends, whatever the order', async () => {
    for (const order of [['team', 'base'], ['base', 'team']]) {
      const packs = order.flatMap((name) => ['--pack', fixture(`packs/${name}.prop`)]);
      const result = await runCli(['check', ...packs, '-f', 'ndjson', '-'], { input: '{"text":"Closed CASE-123456. Furious. A disgrace."}\n' });
      const [report] = ndjson(result.stdout);
      expect(report.packs).toEqual([{ name: 'test.base', version: '1.2.3' }, { name: 'test.team', version: '0.1.0' }]);
      // `heat` is off in the team pack; `case-ref` is the team's own rule.
      expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual(['case-ref']);
      expect(result.code).toBe(2);
    }
  });

  it('refuses packs that do not extend one another', async () => {
    const result = await runCli(['check', '--pack', fixture('packs/base.prop'), '--pack', fixture('packs/failing.prop'), fixture('posts/ok.txt')]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('do not extend one another');
  });

  it('names every problem of a compiled pack that does not load', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'propriety-')), 'old.json');
    writeFileSync(file, JSON.stringify({ irVersion: 1, name: 'x', version: '1.0.0' }));
    const result = await runCli(['check', '--pack', file, fixture('posts/ok.txt')]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`error: the pack \`${file}\` cannot be loaded\n  - \`packs\` is required\n  - \`termLists\` is required`);
  });

  it('names the problems of a compiled pack whose rules do not load, with worker threads as with none', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const compiled = await runCli(['compile', fixture('packs/base.prop')]);
    const ir = JSON.parse(compiled.stdout);
    ir.rules[0].when = { kind: 'nonsense' };
    const file = join(mkdtempSync(join(tmpdir(), 'propriety-')), 'broken-rule.json');
    writeFileSync(file, JSON.stringify(ir));
    const expected = `error: the pack \`${file}\` cannot be loaded\n  - \`rules.0.when.op\` is not one of the allowed values`;
    for (const jobs of ['1', '2']) {
      const result = await runCli(['check', '--pack', file, '--jobs', jobs, '-f', 'json', fixture('posts/ok.txt')]);
      expect(result.code).toBe(3);
      expect(result.stderr).toContain(expected);
      // Refused before anything is written.
      expect(result.stdout).toBe('');
    }
  });

  it('checks with a compiled .json pack', async () => {
    const compiled = await runCli(['compile', fixture('packs/base.prop')]);
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'propriety-')), 'base.json');
    writeFileSync(file, compiled.stdout);
    const result = await runCli(['check', '--pack', file, '-f', 'ndjson', fixture('posts/block.txt')]);
    expect(ndjson(result.stdout)[0].findings[0].rule).toBe('markings');
    expect(result.code).toBe(2);
  });
});
