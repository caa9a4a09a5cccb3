import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import guidance from '../src/guidance-paragraphs.json';
import { renderRuleDocs } from '../scripts/lib/rule-docs.mjs';
import { compiledPack, packSource, readRepoFile, repoRoot } from './helpers.js';

const stale = 'is stale: run `pnpm --filter @propriety/rules-civil-service-2014 docs`';

describe('the generated rule reference', () => {
  const pages = renderRuleDocs(compiledPack(), packSource, guidance);

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

  it('documents each rule with its severity, citation, source and every example', () => {
    const ir = compiledPack();
    for (const rule of ir.rules) {
      const page = pages.get(`${rule.id}.md`) ?? '';
      expect(page).toContain(`| Severity | **${rule.severity}** |`);
      expect(page).toContain(`rule ${rule.id} {`);
      expect(page).toContain('## Severity and why');
      const examples = ir.examples.filter((e) => e.rules.includes(rule.id));
      for (const example of examples) expect(page).toContain(String(example.activity.text).replace(/\|/g, '\\|'));
    }
  });
});
