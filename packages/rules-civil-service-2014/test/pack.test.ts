import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, runExamples, safeCompile, formatDiagnostics } from '@propriety/core';
import { describe, expect, it } from 'vitest';
import guidance from '../src/guidance-paragraphs.json';
import { describeFailure } from '../scripts/lib/pack.mjs';
import { paragraphKey } from '../scripts/lib/markdown.mjs';
import { compiledPack, PACK_FILE, packageRoot, packSource } from './helpers.js';

/** The only tags a rule of the standard pack may carry. */
const TAGS = new Set([
  'offensive', 'attack', 'political', 'political-activity', 'policy-comment', 'personal-data', 'confidential',
  'media', 'collaborative-editing', 'accuracy', 'permanence',
]);

describe('the standard pack', () => {
  it('compiles with no errors and no warnings', () => {
    const result = safeCompile(packSource, { file: PACK_FILE });
    const problems = result.ok ? result.warnings : [...result.diagnostics, ...result.warnings];
    expect(formatDiagnostics(problems, { [PACK_FILE]: packSource })).toBe('');
    expect(result.ok).toBe(true);
  });

  it('has the same version as its package', () => {
    const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string };
    expect(compiledPack().version).toBe(pkg.version);
  });

  it('passes every example written in it', () => {
    const ir = compiledPack();
    const results = runExamples(load(ir), ir.examples);
    const failures = results.filter((r) => !r.passed).map((r) => describeFailure(r));
    expect(failures.join('\n\n')).toBe('');
    expect(results.length).toBeGreaterThanOrEqual(6 * ir.rules.length);
  });

  describe.each(compiledPack().rules.map((rule) => [rule.id, rule] as const))('rule %s', (id, rule) => {
    const examples = compiledPack().examples.filter((e) => e.rules.includes(id));

    it('has at least 6 examples, flagged and passing', () => {
      expect(examples.length).toBeGreaterThanOrEqual(6);
      expect(examples.filter((e) => e.expect === 'flags').length).toBeGreaterThanOrEqual(1);
      expect(examples.filter((e) => e.expect === 'passes').length).toBeGreaterThanOrEqual(1);
    });

    it('is on, with tags from the vocabulary only', () => {
      expect(rule.severity).not.toBe('off');
      expect(rule.tags.length).toBeGreaterThan(0);
      for (const tag of rule.tags) expect(TAGS, `tag ${tag}`).toContain(tag);
    });

    it('cites a paragraph of the guidance that exists', () => {
      const keys = new Set(guidance.paragraphs.map((p) => paragraphKey(p.section, p.paragraph)));
      expect(rule.citation?.source).toBe(guidance.source);
      expect(keys).toContain(paragraphKey(rule.citation?.section, rule.citation?.paragraph));
    });

    it('has a doc comment that says what it catches and why its severity', () => {
      const doc = rule.doc ?? '';
      const paragraphs = doc.split(/\n\s*\n/);
      expect(paragraphs.length).toBeGreaterThanOrEqual(2);
      expect(paragraphs.filter((p) => p.startsWith(`Severity \`${rule.severity}\`:`))).toHaveLength(1);
      expect(paragraphs.filter((p) => /^Severity `/.test(p))).toHaveLength(1);
    });

    it('has advice for the author', () => {
      expect(rule.advice?.length ?? 0).toBeGreaterThan(10);
    });
  });

  it('proves the near-misses that must not be flagged', () => {
    const passes = compiledPack().examples.filter((e) => e.expect === 'passes');
    const activity = (e: (typeof passes)[number]) => e.activity as {
      text: string; capacity?: string; account?: string;
    };
    // An official account announcing published policy.
    expect(passes.some((e) => activity(e).capacity === 'official' && activity(e).account === 'official' &&
      /published/i.test(activity(e).text) && (e.rules.length === 0 || e.rules.includes('policy-comment-unauthorised')))).toBe(true);
    // "secretary" meaning the secretary of a club, against the rules that look for government.
    const secretary = passes.filter((e) => /secretary of the chess club/i.test(activity(e).text));
    expect(secretary.flatMap((e) => e.rules)).toEqual(expect.arrayContaining([
      'political-activity', 'policy-comment-personal', 'collaborative-editing-traceable',
    ]));
    expect(secretary.some((e) => e.rules.length === 0)).toBe(true);
    // One's own published work email, used in an official capacity.
    const workEmail = passes.filter((e) => /@[a-z.]+\.gov\.uk/.test(activity(e).text) && activity(e).capacity === 'official');
    expect(workEmail.flatMap((e) => e.rules)).toEqual(expect.arrayContaining(['personal-details-of-others', 'own-personal-details']));
  });

  it('means what its severities say on typical posts', () => {
    const engine = load(compiledPack());
    const verdict = (activity: Record<string, unknown>) => engine.check(activity).verdict;
    expect(verdict({ text: 'OFFICIAL-SENSITIVE: options for the spending review' })).toBe('block');
    expect(verdict({ text: 'Honestly, Brexit was a disaster' })).toBe('review');
    expect(verdict({ text: 'Brexit figures are published today', capacity: 'official', account: 'official' })).not.toBe('review');
    expect(verdict({ text: 'Lovely weather in Leeds today' })).toBe('ok');
  });
});
