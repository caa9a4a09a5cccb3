// End to end through the public API only: the example pack compiles, its
// in-pack examples pass, every example post gets the verdict the table in
// `expected.ts` gives it, and every span slices to the text it matched. The
// last test runs the main job, `check-examples.mjs`, against the built package.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compile, load, runExamples, safeCompile, type Report } from '@propriety/core';
import { expected } from './expected.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const packFile = join(root, 'packs', 'example-department.prop');
const postsDir = join(root, 'posts');
const source = readFileSync(packFile, 'utf8');

type Post = { name: string; activity: Record<string, unknown> };

/** Reads the posts the same way the main job does: `.txt` is a personal post, `.json` a whole activity. */
function readPosts(): Post[] {
  return readdirSync(postsDir)
    .filter((name) => name.endsWith('.txt') || name.endsWith('.json'))
    .sort()
    .map((name) => {
      const content = readFileSync(join(postsDir, name), 'utf8');
      const activity =
        extname(name) === '.json'
          ? (JSON.parse(content) as Record<string, unknown>)
          : { id: basename(name), kind: 'post', text: content.replace(/\r?\n$/, '') };
      return { name, activity };
    });
}

/** The value at a span's field path (`text`, `inReplyTo.bio`, `attachments.0.name`). */
function fieldText(activity: unknown, path: string): unknown {
  let value: unknown = activity;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

const ir = compile(source, { file: 'example-department.prop' });
const engine = load(ir);
const posts = readPosts();

describe('the example department pack', () => {
  it('compiles without errors or warnings', () => {
    const result = safeCompile(source, { file: 'example-department.prop' });
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([]);
    expect(ir.name).toBe('uk.example-department.social-media');
  });

  it('has at least one example that flags and one that passes in every rule', () => {
    for (const rule of ir.rules) {
      const own = ir.examples.filter((example) => example.rules.includes(rule.id));
      expect(own.some((example) => example.expect === 'flags'), `${rule.id} flags`).toBe(true);
      expect(own.some((example) => example.expect === 'passes'), `${rule.id} passes`).toBe(true);
    }
  });

  it('uses every severity that a finding can have', () => {
    expect(new Set(ir.rules.map((rule) => rule.severity))).toEqual(new Set(['block', 'review', 'advice']));
  });

  it('passes every example written inside it', () => {
    const results = runExamples(engine, ir.examples);
    expect(results).toHaveLength(ir.examples.length);
    const failures = results.filter((result) => !result.passed).map((result) => ({
      text: result.example.activity['text'],
      problem: result.problem,
    }));
    expect(failures).toEqual([]);
  });

  it('fails an example that contradicts the pack', () => {
    // Proves that runExamples can fail: a passing example of a text the pack flags.
    const contradiction = { ...ir.examples[0]!, expect: 'passes' as const, rules: ['political-controversy'], activity: { text: 'Brexit was a mistake' } };
    const [result] = runExamples(engine, [contradiction]);
    expect(result?.passed).toBe(false);
  });
});

describe('the example posts', () => {
  it('have an expectation for every post and a post for every expectation', () => {
    expect(posts.map((post) => post.name)).toEqual(Object.keys(expected).sort());
  });

  it('cover every verdict', () => {
    expect(new Set(Object.values(expected).map((entry) => entry.verdict))).toEqual(
      new Set(['block', 'review', 'advice', 'ok']),
    );
  });

  const reports = new Map<string, Report>(posts.map((post) => [post.name, engine.check(post.activity)]));

  it.each(posts.map((post) => post.name))('%s gets the expected verdict and rules', (name) => {
    const report = reports.get(name)!;
    const rules = [...new Set(report.findings.map((finding) => finding.rule))].sort();
    expect({ verdict: report.verdict, rules }).toEqual(expected[name]);
  });

  it.each(posts.map((post) => post.name))('%s: every span slices to the original text it matched', (name) => {
    const post = posts.find((candidate) => candidate.name === name)!;
    for (const finding of reports.get(name)!.findings) {
      for (const span of finding.spans) {
        const text = fieldText(post.activity, span.field);
        expect(typeof text, `${finding.rule} span field ${span.field}`).toBe('string');
        expect((text as string).slice(span.start, span.end)).toBe(span.text);
        expect(span.end).toBeGreaterThan(span.start);
        const lineStarts = (text as string).slice(0, span.start).split('\n');
        expect(span.line).toBe(lineStarts.length);
        expect(span.column).toBe(lineStarts.at(-1)!.length + 1);
      }
    }
  });

  it('finds what the pack looks for, in the original spelling', () => {
    const briefing = reports.get('leaked-briefing.txt')!;
    const marking = briefing.findings.find((finding) => finding.rule === 'official-information')!;
    expect(marking.spans.map((span) => span.text)).toEqual(['OFFICIAL-SENSITIVE']);
    expect(marking.message).toContain('OFFICIAL-SENSITIVE');
    expect(marking.citation).toMatchObject({ section: 3, paragraph: 3 });

    const attachment = reports.get('forecast-attachment.json')!.findings[0]!;
    expect(attachment.spans[0]).toMatchObject({ field: 'attachments.0.name', text: 'OFFICIAL SENSITIVE' });

    const journalist = reports.get('journalist-reply.json')!.findings[0]!;
    expect(journalist.spans.map((span) => [span.field, span.text])).toEqual([
      ['inReplyTo.bio', 'correspondent'],
      ['inReplyTo.bio', 'DMs open for tips'],
    ]);

    const commute = reports.get('bad-commute.txt')!.findings[0]!;
    expect(commute.message).toBe('This sounds heated (2 angry words, such as fuming)');
    expect(commute.spans.map((span) => [span.line, span.text])).toEqual([[1, 'fuming'], [2, 'Disgraceful']]);
  });

  it('echoes the id of a JSON activity', () => {
    expect(reports.get('canvassing.json')!.id).toBe('canvassing');
    expect(reports.get('idiom.txt')!.id).toBe('idiom.txt');
  });
});

describe('the main job, check-examples.mjs', () => {
  it('prints a report for every post, underlines the spans and exits 0', () => {
    // Runs against the built package, as `pnpm start` does; `pnpm test` builds first.
    const output = execFileSync(process.execPath, [join(root, 'check-examples.mjs')], {
      cwd: join(root, '..'),
      encoding: 'utf8',
    });
    for (const [name, entry] of Object.entries(expected)) {
      expect(output).toContain(`examples/posts/${name}: ${entry.verdict.toUpperCase()}`);
    }
    expect(output).toMatch(/\| OFFICIAL-SENSITIVE briefing pack: the rent cap is going to 5%\.\n\s+\| \^{18}\n/);
    expect(output).toContain(`${ir.examples.length} of ${ir.examples.length} in-pack examples pass`);
    expect(output).toContain(`${posts.length} posts checked: 5 block, 4 review, 3 advice, 3 ok`);
  });
});
