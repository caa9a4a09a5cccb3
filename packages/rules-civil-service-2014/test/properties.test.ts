import { load } from '@propriety/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import guidance from '../src/guidance-paragraphs.json';
import { paragraphKey } from '../scripts/lib/markdown.mjs';
import { compiledPack } from './helpers.js';

const ir = compiledPack();
const engine = load(ir);
const ranks = { ok: 0, advice: 1, review: 2, block: 3 } as const;

/** Words the pack reacts to, mixed with ordinary words and noise, so that generated posts trip rules often. */
const words = fc.constantFrom(
  ...Object.values(ir.termLists).flatMap((list) => list.terms.map((term) => term.text)).slice(0, 400),
  'the', 'and', 'today', 'team', 'Leeds', 'great', '!!!', 'SECRET', '12%', 'jo@example.co.uk', '07700 900123',
  'https://www.gov.uk/x', '@someone', '#tag', 'you', 'are', 'an', 'idiot', 'DRAFT', '\u200b', 'é',
);
const activity = fc.record({
  text: fc.array(fc.oneof(words, fc.string({ maxLength: 8 })), { maxLength: 30 }).map((parts) => parts.join(' ')),
  capacity: fc.constantFrom('official', 'personal'),
  account: fc.constantFrom('official', 'personal'),
  kind: fc.constantFrom('post', 'reply', 'comment', 'edit'),
  channel: fc.record({ platform: fc.constantFrom('x', 'wikipedia', 'forum', 'linkedin') }),
  author: fc.record({
    onGovernmentNetwork: fc.boolean(),
    authorisedTopics: fc.subarray(['housing', 'health', 'transport', 'economy']),
  }),
});

describe('the standard pack on any activity', () => {
  it('gives a report whose verdict is the worst severity found, each finding citing a paragraph of the guidance', () => {
    const paragraphs = new Set(guidance.paragraphs.map((p) => paragraphKey(p.section, p.paragraph)));
    const rules = new Map(ir.rules.map((rule) => [rule.id, rule]));
    fc.assert(
      fc.property(activity, (input) => {
        const report = engine.check(input);
        const worst = report.findings.reduce((max, f) => Math.max(max, ranks[f.severity]), 0);
        expect(ranks[report.verdict]).toBe(worst);
        for (const finding of report.findings) {
          const rule = rules.get(finding.rule);
          expect(rule, finding.message).toBeDefined();
          expect(finding.severity).toBe(rule?.severity);
          expect(paragraphs).toContain(paragraphKey(finding.citation?.section, finding.citation?.paragraph));
          for (const span of finding.spans) {
            const field = span.field === 'text' ? input.text : undefined;
            if (field !== undefined) expect(field.slice(span.start, span.end)).toBe(span.text);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives accuracy advice on a figure exactly when the post links no source', () => {
    // Everyday words only: random letters can spell a source the claim
    // detector rightly accepts as attribution ("obr fell by 12%").
    const everyday = ['today', 'our', 'team', 'saw', 'that', 'visits', 'in', 'the', 'north', 'numbers', 'really', 'week', 'local', 'cafe', 'and', 'then', 'lunch', 'queue'];
    const plain = fc.array(fc.constantFrom(...everyday), { maxLength: 25 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(activity, plain, (input, text) => {
        const accuracy = (t: string) => engine.check({ ...input, text: t }).findings.some((f) => f.rule === 'accuracy');
        expect(accuracy(`${text} fell by 12%`)).toBe(true);
        expect(accuracy(`${text} fell by 12%, see https://www.ons.gov.uk/source`)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
