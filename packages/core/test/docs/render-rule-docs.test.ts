import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compiler/compile.js';
import { renderRuleDocs } from '../../src/docs/render-rule-docs.js';
import { rootPackArbitrary } from '../compiler/valid-pack-arbitrary.js';

const BASE = `## A small pack: one rule per verdict.
pack "test.base" version "1.2.3"
  title "Test pack"
  source "Test guidance"

terms markings "Protective markings" { "official sensitive", "embargoed" }

terms controversial "Controversial topics" { "brexit", "fuel duty" }

terms heated "Heated words" { "furious", "disgrace*" }

## Protective markings mean the text is official information.
rule markings {
  severity block
  tags official-information
  cite section 3 paragraph 3
  when text has markings
  say "This carries a protective marking ({match})"
  advise "Ask the information owner first"
  suggest "Remove {match}"
  example flags "An OFFICIAL-SENSITIVE note"
  example passes "An official note"
}

## Comment on a politically controversial issue.
rule controversy {
  severity review
  tags political
  cite section 3 paragraph 4
  when text has controversial
  unless author.authorisedTopics contains "spokesperson"
  say "This comments on a controversial issue ({match})"
  example flags "Brexit again?"
  example passes "Brexit again?" with author.authorisedTopics ["spokesperson"]
}

## Several heated words.
rule heat {
  severity advice
  tags conduct
  when text has at least 2 heated
  say "This sounds heated ({count} angry words)"
  example flags "Furious. A disgrace."
  example passes "Furious cycling this morning"
}

## A reply to a journalist.
rule media {
  severity review
  tags media
  cite section 4 paragraph 2
  when inReplyTo.kind is journalist or inReplyTo.bio has controversial
  say "This replies to a journalist"
  example flags "Happy to help" with kind reply, inReplyTo.kind journalist
  example passes "Happy to help"
}

example passes "Lovely weather today"
`;

const TEAM = `pack "test.team" version "0.1.0"
  extends "test.base"

pattern case-ref /\\bCASE-[0-9]{6}\\b/i "A case reference"

override rule heat off

## A casework reference.
rule case-ref {
  severity block
  tags personal-data
  when text has case-ref
  say "This quotes a case reference ({match})"
  example flags "Closed CASE-123456 today"
  example passes "Closed the case today"
}
`;

const base = compile(BASE, { file: 'base.prop' });
const team = compile(TEAM, { file: 'team.prop', packs: { 'test.base': BASE } });

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
    expect(page).toContain('```prop\nwhen inReplyTo.kind is journalist or inReplyTo.bio has controversial\n```');
    expect(page).toContain('<details><summary>2 terms</summary>');
    expect(page).toContain('`brexit`, `fuel duty`');
    expect(page).toContain('- `Happy to help` with kind `reply`, inReplyTo.kind `journalist`');
  });

  it('fences example text that holds backticks, and escapes table cells', () => {
    const ir = compile(['pack "t" version "1.0.0" source "Guide | part 2"', 'terms t { "x" }', 'rule r {', '  severity advice', '  cite section 1', '  when text has t', '  say "m"', '  example flags "use `x` here"', '}'].join('\n'));
    const docs = renderRuleDocs(ir);
    expect(docs.get('r.md')).toContain('- ``use `x` here``');
    expect(docs.get('index.md')).toContain('| Guide \\| part 2, section 1 |');
  });

  it('writes a long condition broken at its operators, as the formatter does', () => {
    const ir = compile([
      'pack "t" version "1.0.0"',
      'terms first-long-list { "a" }',
      'terms second-long-list { "b" }',
      'rule r {',
      '  severity advice',
      '  when capacity is official and (text has first-long-list near second-long-list within 8 words or title has first-long-list)',
      '  say "m"',
      '}',
    ].join('\n'));
    expect(renderRuleDocs(ir).get('r.md')).toContain(
      '```prop\nwhen capacity is official\n  and (text has first-long-list near second-long-list within 8 words\n    or title has first-long-list)\n```',
    );
  });

  it('names sections and paragraphs cited by name as they are written', () => {
    const ir = compile([
      'pack "t" version "1.0.0" source "Guide"',
      'terms t { "x" }',
      'rule a { severity advice cite section "foreword" paragraph 2 when text has t say "m" }',
      'rule b { severity advice cite section 3 paragraph "top 5, item 3" when text has t say "m" }',
    ].join('\n'));
    const docs = renderRuleDocs(ir);
    expect(docs.get('a.md')).toContain('| Guidance | Guide, foreword, paragraph 2 |');
    expect(docs.get('b.md')).toContain('| Guidance | Guide, section 3, top 5, item 3 |');
  });
});

describe('renderRuleDocs options', () => {
  const docs = renderRuleDocs(base, {
    index: 'README.md',
    banner: '<!-- generated -->',
    source: BASE,
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
    expect(docs.get('heat.md')).toContain('As written in the pack:\n\n```prop\nrule heat {\n  severity advice\n  tags conduct\n  when text has at least 2 heated\n');
    expect(docs.get('controversy.md')).toContain('| Guidance | Test guidance, section 3, paragraph 4 (Controversial issues) |');
    expect(docs.get('markings.md')).toContain('| Guidance | Test guidance, section 3, paragraph 3 |');
  });

  it('opens the index with the pack\'s doc comment, from the source', () => {
    expect(docs.get('README.md')).toContain('## About the pack\n\nA small pack: one rule per verdict.\n\n## Rules\n\n4 rules, 4 switched on.');
    expect(renderRuleDocs(base).get('index.md')).not.toContain('## About the pack');
    // The source of another pack says nothing about this one.
    expect(renderRuleDocs(team, { source: BASE }).get('index.md')).not.toContain('## About the pack');
  });

  it('lists every term list on the index page', () => {
    expect(docs.get('README.md')).toContain('### `heated`\n\nHeated words.\n\n`furious`, `disgrace*`');
  });

  it('shows only the pack\'s own rules as written, not those of packs it extends', () => {
    const teamDocs = renderRuleDocs(team, { source: TEAM });
    expect(teamDocs.get('case-ref.md')).toContain('```prop\nrule case-ref {');
    expect(teamDocs.get('markings.md')).not.toContain('As written in the pack');
  });
});

describe('renderRuleDocs over generated packs', () => {
  it('gives an index and one page per rule, each naming its rule and its examples', () => {
    fc.assert(
      fc.property(rootPackArbitrary, (generated) => {
        const ir = compile(generated.source);
        const docs = renderRuleDocs(ir, { source: generated.source });
        expect([...docs.keys()]).toEqual(['index.md', ...ir.rules.map((r) => `${r.id}.md`)]);
        for (const rule of ir.rules) {
          const page = docs.get(`${rule.id}.md`)!;
          expect(page.startsWith(`# \`${rule.id}\`\n`)).toBe(true);
          expect(page.endsWith('\n')).toBe(true);
          expect(page).toContain(`\`\`\`prop\nrule ${rule.id} {`);
          expect(docs.get('index.md')).toContain(`| [\`${rule.id}\`](${rule.id}.md) | ${rule.severity} |`);
        }
        expect(renderRuleDocs(ir, { source: generated.source })).toEqual(docs);
      }),
      { numRuns: 100 },
    );
  });
});
