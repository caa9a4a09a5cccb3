import { readFileSync } from 'node:fs';
import { compile } from '@propriety/core';
import { describe, expect, it } from 'vitest';
import { renderRuleDocs } from '../../src/docs/render-rule-docs.js';

const read = (name: string) => readFileSync(new URL(`../fixtures/packs/${name}`, import.meta.url), 'utf8');
const base = compile(read('base.prop'), { file: 'base.prop' });
const team = compile(read('team.prop'), { file: 'team.prop', packs: { 'test.base': read('base.prop') } });

describe('renderRuleDocs', () => {
  it('gives index.md and one page per rule, in pack order', () => {
    expect([...renderRuleDocs(base).keys()]).toEqual(['index.md', 'markings.md', 'controversy.md', 'heat.md', 'media.md']);
  });

  it('gives the same files for the same IR', () => {
    expect(renderRuleDocs(structuredClone(team))).toEqual(renderRuleDocs(team));
  });

  it('says which packs a pack is built on, and which rules it switches off', () => {
    const docs = renderRuleDocs(team);
    expect(docs.get('index.md')).toContain('Built on `test.base` 1.2.3.');
    expect(docs.get('index.md')).toContain('5 rules, 4 switched on.');
    expect(docs.get('heat.md')).toContain('| Severity | off (switched off in this pack) |');
    expect(docs.get('case-ref.md')).toContain('- Pattern `case-ref`: A case reference: `/\\bCASE-[0-9]{6}\\b/i`');
    expect(docs.get('case-ref.md')).toContain('| Pack | `test.team` |');
  });

  it('lists the terms a rule looks for, and its examples with their fields', () => {
    const page = renderRuleDocs(base).get('media.md')!;
    expect(page).toContain('when inReplyTo.kind is journalist or inReplyTo.bio has controversial');
    expect(page).toContain('<details><summary>2 terms</summary>');
    expect(page).toContain('`brexit`, `fuel duty`');
    expect(page).toContain('- `Happy to help` with kind `reply`, inReplyTo.kind `journalist`');
  });

  it('fences example text that holds backticks, and escapes table cells', () => {
    const ir = compile([
      'pack "t" version "1.0.0" source "Guide | part 2"',
      'terms t { "x" }',
      'rule r {',
      '  severity advice',
      '  cite section 1',
      '  when text has t',
      '  say "m"',
      '  example flags "use `x` here"',
      '}',
    ].join('\n'));
    const docs = renderRuleDocs(ir);
    expect(docs.get('r.md')).toContain('- ``use `x` here``');
    expect(docs.get('index.md')).toContain('| Guide \\| part 2, section 1 |');
  });
});

describe('renderRuleDocs options', () => {
  const source = read('base.prop');
  const docs = renderRuleDocs(base, {
    index: 'README.md',
    banner: '<!-- generated -->',
    source,
    describeParagraph: (c) => (c.section === 3 && c.paragraph === 4 ? 'Controversial issues' : undefined),
    links: [{ label: 'Traceability', href: '../traceability.md' }],
  });

  it('names the index page and puts the banner and links on every page', () => {
    expect([...docs.keys()][0]).toBe('README.md');
    for (const page of docs.values()) expect(page.startsWith('<!-- generated -->\n\n# ')).toBe(true);
    expect(docs.get('heat.md')).toContain('[All rules](README.md) · [Traceability](../traceability.md)');
    expect(docs.get('README.md')).toContain('[Traceability](../traceability.md)');
  });

  it('shows each rule as written in the source, and names cited paragraphs', () => {
    expect(docs.get('heat.md')).toContain('```prop\nrule heat {\n  severity advice\n  tags conduct\n  when text has at least 2 heated\n');
    expect(docs.get('controversy.md')).toContain('| Guidance | Test guidance, section 3, paragraph 4 (Controversial issues) |');
    expect(docs.get('markings.md')).toContain('| Guidance | Test guidance, section 3, paragraph 3 |');
  });

  it('lists every term list on the index page', () => {
    expect(docs.get('README.md')).toContain('### `heated`\n\nHeated words.\n\n`furious`, `disgrace*`');
  });

  it('shows only the pack\'s own rules as written, not those of packs it extends', () => {
    const teamDocs = renderRuleDocs(team, { source: read('team.prop') });
    expect(teamDocs.get('case-ref.md')).toContain('```prop\nrule case-ref {');
    expect(teamDocs.get('markings.md')).not.toContain('As written in the pack');
  });
});
