import { describe, expect, it } from 'vitest';
import guidance from '../src/guidance-paragraphs.json';
import { renderTraceability, traceRules } from '../scripts/lib/traceability.mjs';
import { compiledPack, readRepoFile } from './helpers.js';

/**
 * How many paragraphs each part of the October 2014 guidance has, counted
 * by hand from the text: the foreword, sections 1 to 6, and the five items
 * of the "top 5" list in section 3.
 */
const STRUCTURE: Record<string, (number | string)[]> = {
  foreword: [1, 2],
  1: [1, 2, 3, 4],
  2: [1, 2, 3],
  3: [1, 2, 3, 4, 5, 6, 'top 5, item 1', 'top 5, item 2', 'top 5, item 3', 'top 5, item 4', 'top 5, item 5'],
  4: [1, 2, 3, 4, 5],
  5: [1, 2],
  6: [1],
};

describe('the traceability table', () => {
  it('lists every paragraph of the guidance, in order, once', () => {
    const expected = Object.entries(STRUCTURE)
      .sort(([a], [b]) => (a === 'foreword' ? -1 : b === 'foreword' ? 1 : Number(a) - Number(b)))
      .flatMap(([section, paragraphs]) => paragraphs.map((paragraph) => `${section}|${paragraph}`));
    expect(guidance.paragraphs.map((p) => `${p.section}|${p.paragraph}`)).toEqual(expected);
    expect(new Set(guidance.paragraphs.map((p) => p.id)).size).toBe(guidance.paragraphs.length);
  });

  it('maps every paragraph to rules or to a reason, and every citation to a paragraph', () => {
    const { rows, problems } = traceRules(compiledPack(), guidance);
    expect(problems).toEqual([]);
    for (const row of rows) {
      expect(row.rules.length > 0 || (row.paragraph.notCheckable ?? '').length > 20, row.paragraph.id).toBe(true);
    }
    // The rules the guidance most plainly asks for are there.
    const cited = (id: string) => rows.find((r) => r.paragraph.id === id)?.rules.map((r) => r.id) ?? [];
    expect(cited('3.3')).toEqual(expect.arrayContaining(['official-information', 'political-activity']));
    expect(cited('3.4')).toEqual(expect.arrayContaining(['policy-comment-personal', 'political-controversy', 'personal-attack', 'offensive-remark']));
    expect(cited('4.2')).toContain('media-enquiry');
    expect(cited('4.4')).toContain('collaborative-editing');
    expect(cited('4.5')).toContain('personal-details-of-others');
  });

  it('reports a rule that cites a paragraph that does not exist, and a paragraph left unexplained', () => {
    const ir = structuredClone(compiledPack());
    ir.rules[0]!.citation = { ...ir.rules[0]!.citation, section: 3, paragraph: 9 };
    const trimmed = {
      ...guidance,
      paragraphs: guidance.paragraphs.map((p) => (p.id === '2.1' ? { ...p, notCheckable: undefined } : p)),
    };
    const { problems } = traceRules(ir, trimmed);
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringContaining(`rule ${ir.rules[0]!.id} cites section 3, paragraph 9`),
      expect.stringContaining('section 2, paragraph 1 is cited by no rule'),
    ]));
    expect(() => renderTraceability(ir, trimmed)).toThrow(/inconsistent/);
  });

  it('is up to date in docs/traceability.md', () => {
    const content = renderTraceability(compiledPack(), guidance);
    expect(readRepoFile('docs/traceability.md') === content,
      'docs/traceability.md is stale: run `pnpm --filter @propriety/rules-civil-service-2014 docs`').toBe(true);
    for (const paragraph of guidance.paragraphs) expect(content).toContain(paragraph.subject);
  });
});
