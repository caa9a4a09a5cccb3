import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { renderRuleDocs } from '@propriety/core';
import { describe, expect, it } from 'vitest';
import guidance from '../src/guidance-paragraphs.json';
import { BANNER, ruleDocsOptions } from '../scripts/lib/rule-docs-options.mjs';
import { compiledPack, packSource, readRepoFile, repoRoot } from './helpers.js';

const stale = 'is stale: run `pnpm --filter @propriety/rules-civil-service-2014 docs`';

describe('the generated rule reference', () => {
  const pages = renderRuleDocs(compiledPack(), ruleDocsOptions(packSource, guidance));

  it('has an index and one page per rule', () => {
    expect([...pages.keys()].sort()).toEqual(['README.md', ...compiledPack().rules.map((r) => `${r.id}.md`)].sort());
  });

  it('is up to date in docs/rules', () => {
    for (const [file, content] of pages) {
      const committed = readRepoFile(join('docs', 'rules', file));
      expect(committed === content, `docs/rules/${file} ${stale}`).toBe(true);
    }
    const extra = readdirSync(join(repoRoot, 'docs', 'rules')).filter((file) => !pages.has(file));
    expect(extra, `docs/rules has pages of rules that do not exist; ${stale}`).toEqual([]);
  });

  it('opens the index with the pack\'s own description and links every page to the traceability table', () => {
    const index = pages.get('README.md') ?? '';
    expect(index).toContain('## About the pack\n\nThe standard Propriety pack');
    for (const page of pages.values()) {
      expect(page.startsWith(`${BANNER}\n\n# `)).toBe(true);
      expect(page).toContain('[Traceability](../traceability.md)');
    }
  });

  it('documents each rule with its severity, the paragraph it cites, its source and every example', () => {
    const ir = compiledPack();
    const subjects = new Map(guidance.paragraphs.map((p) => [`${p.section}|${p.paragraph}`, p.subject]));
    for (const rule of ir.rules) {
      const page = pages.get(`${rule.id}.md`) ?? '';
      expect(page).toContain(`| Severity | ${rule.severity} |`);
      expect(page).toContain(`As written in the pack:\n\n\`\`\`prop\nrule ${rule.id} {`);
      const subject = subjects.get(`${rule.citation?.section}|${rule.citation?.paragraph}`);
      expect(subject, `${rule.id} cites a paragraph of the guidance`).toBeDefined();
      expect(page).toContain(`(${subject}) |`);
      const examples = ir.examples.filter((e) => e.rules.includes(rule.id));
      for (const example of examples) expect(page).toContain(String(example.activity.text));
    }
  });
});
