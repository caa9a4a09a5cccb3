import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compiler/compile.js';
import { packIRSchema } from '../../src/ir/schema.js';
import { positionOf } from './helpers.js';

const ROOT = `pack "uk.root" version "1.0.0"
  title "Root pack"
  source "Social media guidance, 2014"

terms controversial "Politically controversial topics" inflect { "brexit", "Scottish  Independence", "abortion", "idiot*" }
pattern case-ref /\\bCASE-[0-9]{6}\\b/i "A case reference"
detector gov-links uses link with { domains: ["gov.uk"], minConfidence: 0.8 }

## Comment on a politically controversial issue.
rule political-controversy {
  severity review
  tags political, opinion
  cite section 3 paragraph 4
  when text has controversial and capacity is personal
  unless author.authorisedTopics contains "elections"
  say "This comments on a politically controversial issue ({match})"
  advise "Leave it alone"
  suggest "Remove {match}"
  example flags "Brexit was a disaster" with capacity personal, channel.platform x
  example passes "Great turnout at the careers fair"
}

rule permanence { severity advice when text has at least 3 hashtag say "Posts are permanent" example flags "#a #b #c" }

rule media-enquiry {
  severity review
  when inReplyTo.kind is journalist
  say "Refer journalists to the media team"
  example flags "Happy to chat" with inReplyTo.kind journalist
}

rule case-references { severity block when text has case-ref or text has gov-links say "Case reference" }

example passes "Lovely weather in Leeds"
`;

const CHILD = `pack "uk.dept" version "0.3.0"
  extends "uk.root"

terms controversial += { "fuel duty", "BREXIT", "tax credits" }
terms controversial -= { "scottish independence", "ABORTION" }

override rule permanence off
override rule political-controversy severity block
override rule media-enquiry replace {
  severity block
  tags media
  cite section 5
  when inReplyTo.kind in { journalist, blogger } and not inReplyTo.verified is false
  say "Refer journalists and bloggers to the media team"
  example flags "Happy to chat" with inReplyTo.kind blogger, inReplyTo.verified true
}

rule pre-election {
  cite "Departmental election guidance"
  severity block
  when at between 2026-04-01 and 2026-05-07T23:59:59Z and text has mention near controversial within 8 words
  say "The pre-election period is in force"
  example flags "@someone fuel duty" with at 2026-04-10, author.authorisedTopics ["housing", "planning"], attachments.name ["a.pdf", "b.png"]
  example passes "@someone fuel duty" with at 2026-06-01
}

example flags pre-election, political-controversy "@x brexit" with at 2026-04-02, capacity personal
example passes media-enquiry "hello" with inReplyTo.kind public
`;

const packs = { 'uk.root': ROOT };

describe('lower-pack', () => {
  const root = compile(ROOT, { file: 'root.prop' });
  const child = compile(CHILD, { file: 'dept.prop', packs: { 'uk.root': root } });

  it('lowers a pack without parents completely', () => {
    expect(root).toEqual({
      irVersion: 1,
      name: 'uk.root',
      version: '1.0.0',
      title: 'Root pack',
      source: 'Social media guidance, 2014',
      packs: [{ name: 'uk.root', version: '1.0.0' }],
      termLists: {
        controversial: {
          description: 'Politically controversial topics',
          inflect: true,
          terms: [
            { text: 'brexit', prefix: false },
            { text: 'Scottish  Independence', prefix: false },
            { text: 'abortion', prefix: false },
            { text: 'idiot', prefix: true },
          ],
        },
      },
      patterns: { 'case-ref': { regex: '\\bCASE-[0-9]{6}\\b', flags: 'i', description: 'A case reference' } },
      detectors: {
        'gov-links': { uses: 'link', options: { domains: ['gov.uk'], minConfidence: 0.8 } },
        hashtag: { uses: 'hashtag', options: {} },
      },
      rules: [
        {
          id: 'political-controversy',
          severity: 'review',
          tags: ['political', 'opinion'],
          doc: 'Comment on a politically controversial issue.',
          message: 'This comments on a politically controversial issue ({match})',
          advice: 'Leave it alone',
          suggestion: 'Remove {match}',
          citation: { source: 'Social media guidance, 2014', section: 3, paragraph: 4 },
          when: {
            op: 'and',
            args: [
              { op: 'has', field: 'text', source: { kind: 'terms', id: 'controversial' } },
              { op: 'is', field: 'capacity', value: 'personal' },
            ],
          },
          unless: { op: 'contains', field: 'author.authorisedTopics', value: 'elections' },
          pack: 'uk.root',
          location: { source: 'root.prop', line: 10, column: 1 },
        },
        {
          id: 'permanence',
          severity: 'advice',
          tags: [],
          message: 'Posts are permanent',
          when: { op: 'has', field: 'text', source: { kind: 'detector', id: 'hashtag' }, atLeast: 3 },
          pack: 'uk.root',
          location: { source: 'root.prop', line: 23, column: 1 },
        },
        {
          id: 'media-enquiry',
          severity: 'review',
          tags: [],
          message: 'Refer journalists to the media team',
          when: { op: 'is', field: 'inReplyTo.kind', value: 'journalist' },
          pack: 'uk.root',
          location: { source: 'root.prop', line: 25, column: 1 },
        },
        {
          id: 'case-references',
          severity: 'block',
          tags: [],
          message: 'Case reference',
          when: {
            op: 'or',
            args: [
              { op: 'has', field: 'text', source: { kind: 'pattern', id: 'case-ref' } },
              { op: 'has', field: 'text', source: { kind: 'detector', id: 'gov-links' } },
            ],
          },
          pack: 'uk.root',
          location: { source: 'root.prop', line: 32, column: 1 },
        },
      ],
      examples: [
        {
          expect: 'flags',
          rules: ['political-controversy'],
          activity: { text: 'Brexit was a disaster', capacity: 'personal', channel: { platform: 'x' } },
          location: { source: 'root.prop', line: 19, column: 3 },
          pack: 'uk.root',
        },
        {
          expect: 'passes',
          rules: ['political-controversy'],
          activity: { text: 'Great turnout at the careers fair' },
          location: { source: 'root.prop', line: 20, column: 3 },
          pack: 'uk.root',
        },
        {
          expect: 'flags',
          rules: ['permanence'],
          activity: { text: '#a #b #c' },
          location: { source: 'root.prop', ...positionOf(ROOT, 'example flags "#a') },
          pack: 'uk.root',
        },
        {
          expect: 'flags',
          rules: ['media-enquiry'],
          activity: { text: 'Happy to chat', inReplyTo: { kind: 'journalist' } },
          location: { source: 'root.prop', line: 29, column: 3 },
          pack: 'uk.root',
        },
        {
          expect: 'passes',
          rules: [],
          activity: { text: 'Lovely weather in Leeds' },
          location: { source: 'root.prop', line: 34, column: 1 },
          pack: 'uk.root',
        },
      ],
    });
  });

  it('applies term edits in order, comparing terms without regard to case or spacing', () => {
    expect(child.termLists.controversial).toEqual({
      description: 'Politically controversial topics',
      inflect: true,
      terms: [
        { text: 'brexit', prefix: false },
        { text: 'idiot', prefix: true },
        { text: 'fuel duty', prefix: false },
        { text: 'tax credits', prefix: false },
      ],
    });
    // The parent's IR is not changed by the child's edits.
    expect(root.termLists.controversial?.terms).toHaveLength(4);
  });

  it('applies overrides: severity, off, and replace in the same position', () => {
    expect(child.rules.map((r) => [r.id, r.severity, r.pack])).toEqual([
      ['political-controversy', 'block', 'uk.root'],
      ['permanence', 'off', 'uk.root'],
      ['media-enquiry', 'block', 'uk.dept'],
      ['case-references', 'block', 'uk.root'],
      ['pre-election', 'block', 'uk.dept'],
    ]);
    const replaced = child.rules[2]!;
    expect(replaced).toEqual({
      id: 'media-enquiry',
      severity: 'block',
      tags: ['media'],
      message: 'Refer journalists and bloggers to the media team',
      // The child names no `source`, so `cite section 5` refers to the replaced rule's guidance.
      citation: { source: 'Social media guidance, 2014', section: 5 },
      when: {
        op: 'and',
        args: [
          { op: 'in', field: 'inReplyTo.kind', values: ['journalist', 'blogger'] },
          { op: 'not', arg: { op: 'is', field: 'inReplyTo.verified', value: false } },
        ],
      },
      pack: 'uk.dept',
      location: { source: 'dept.prop', line: 9, column: 1 },
    });
    // A severity override keeps everything else, including the doc comment and location.
    expect(child.rules[0]).toEqual({ ...root.rules[0], severity: 'block' });
  });

  it('lowers dates, proximity, citations with a source and built-in detectors named directly', () => {
    const rule = child.rules[4]!;
    expect(rule.citation).toEqual({ source: 'Departmental election guidance' });
    expect(rule.when).toEqual({
      op: 'and',
      args: [
        { op: 'between', field: 'at', from: '2026-04-01', to: '2026-05-07T23:59:59Z' },
        {
          op: 'has',
          field: 'text',
          source: { kind: 'detector', id: 'mention' },
          near: { source: { kind: 'terms', id: 'controversial' }, within: 8 },
        },
      ],
    });
    expect(Object.keys(child.detectors)).toEqual(['gov-links', 'hashtag', 'mention']);
    expect(child.detectors.mention).toEqual({ uses: 'mention', options: {} });
  });

  it('keeps the parent examples that still apply and adds its own in source order', () => {
    expect(child.examples.map((e) => [e.pack, e.expect, e.rules, e.activity.text])).toEqual([
      ['uk.root', 'flags', ['political-controversy'], 'Brexit was a disaster'],
      ['uk.root', 'passes', ['political-controversy'], 'Great turnout at the careers fair'],
      // `permanence` is switched off and `media-enquiry` replaced: their parent examples are gone,
      // and the parent's bare `passes` now names the parent rules that are still the parent's.
      ['uk.root', 'passes', ['political-controversy', 'case-references'], 'Lovely weather in Leeds'],
      ['uk.dept', 'flags', ['media-enquiry'], 'Happy to chat'],
      ['uk.dept', 'flags', ['pre-election'], '@someone fuel duty'],
      ['uk.dept', 'passes', ['pre-election'], '@someone fuel duty'],
      ['uk.dept', 'flags', ['pre-election', 'political-controversy'], '@x brexit'],
      ['uk.dept', 'passes', ['media-enquiry'], 'hello'],
    ]);
  });

  it('builds example activities as nested objects, dates as strings, lists as arrays', () => {
    const example = child.examples.find((e) => e.rules[0] === 'pre-election' && e.expect === 'flags')!;
    expect(example.activity).toEqual({
      text: '@someone fuel duty',
      at: '2026-04-10',
      author: { authorisedTopics: ['housing', 'planning'] },
      attachments: [{ name: 'a.pdf' }, { name: 'b.png' }],
    });
    const replaced = child.examples.find((e) => e.pack === 'uk.dept' && e.rules[0] === 'media-enquiry')!;
    expect(replaced.activity).toEqual({ text: 'Happy to chat', inReplyTo: { kind: 'blogger', verified: true } });
  });

  it('reads a single word for a list field as a one-item list', () => {
    const ir = compile(
      'pack "p" version "1.0.0"\nrule r { severity advice when author.authorisedTopics contains housing say "x" example passes "a" with author.authorisedTopics "housing" }\n',
    );
    expect(ir.rules[0]?.when).toEqual({ op: 'contains', field: 'author.authorisedTopics', value: 'housing' });
    expect(ir.examples[0]?.activity).toEqual({ text: 'a', author: { authorisedTopics: ['housing'] } });
  });

  it('writes negated tests and keeps `unless` apart from `when`', () => {
    const ir = compile(
      'pack "p" version "1.0.0"\nrule r { severity advice when capacity is not official and kind not in { post, reply } unless title exists say "x" }\n',
    );
    expect(ir.rules[0]?.when).toEqual({
      op: 'and',
      args: [
        { op: 'is', field: 'capacity', value: 'official', negated: true },
        { op: 'in', field: 'kind', values: ['post', 'reply'], negated: true },
      ],
    });
    expect(ir.rules[0]?.unless).toEqual({ op: 'exists', field: 'title' });
  });

  it('gives IR that validates against the schema and survives JSON', () => {
    for (const ir of [root, child]) {
      const json = JSON.parse(JSON.stringify(ir));
      expect(json).toEqual(ir);
      expect(packIRSchema.parse(json)).toEqual(ir);
    }
    // Compiling the child from the parent's source gives the same IR as from its IR.
    const fromSource = compile(CHILD, { file: 'dept.prop', resolve: (name) => (name === 'uk.root' ? { source: ROOT, file: 'root.prop' } : undefined) });
    expect(fromSource).toEqual(child);
    expect(JSON.stringify(fromSource)).toBe(JSON.stringify(child));
    // Without a file name for the parent, its locations have no `source`.
    expect(compile(CHILD, { file: 'dept.prop', packs }).rules[0]?.location).toEqual({ line: 10, column: 1 });
  });
});
