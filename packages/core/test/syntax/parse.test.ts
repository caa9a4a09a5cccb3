// Reads files and times runs with Node; the package's tsconfig leaves Node's
// types out so that the sources cannot use them by accident, hence the reference.
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Condition, Pack, RuleDeclaration } from '../../src/ast/nodes.js';
import { parse } from '../../src/syntax/parse.js';
import { strip } from './strip.js';

const HEADER = 'pack "p" version "1.0.0"\n';

function body(source: string): Pack['body'] {
  return strip(parse(HEADER + source).body);
}

function ruleBody(clauses: string): RuleDeclaration['body'] {
  const [rule] = parse(`${HEADER}rule r {\n${clauses}\n}`).body;
  if (rule?.type !== 'Rule') throw new Error('expected a rule');
  return strip(rule.body);
}

function when(condition: string): Condition {
  const when = ruleBody(`when ${condition}`).when;
  if (when === undefined) throw new Error('no condition');
  return when;
}

const id = (name: string) => ({ type: 'Identifier', name });
const str = (value: string) => ({ type: 'String', value });
const num = (value: number) => ({ type: 'Number', value });
const field = (...segments: string[]) => ({ type: 'FieldPath', segments });
const has = (f: string, source: string) => ({ type: 'Has', field: field(...f.split('.')), source: id(source) });
const exists = (f: string) => ({ type: 'Exists', field: field(...f.split('.')) });

describe('the README pack', () => {
  const readme = readFileSync(new URL('../../../../grammar/README.md', import.meta.url), 'utf8');
  const source = /```prop\n([\s\S]*?)```/.exec(readme)![1]!;

  it('parses every declaration of the whole-pack example', () => {
    const pack = parse(source, { file: 'readme.prop' });
    expect(pack.doc).toBe('The standard pack: doc comments (`##`) attach to what follows them.');
    expect(pack.body.map((d) => d.type)).toEqual([
      'Terms', 'Terms', 'Terms', 'TermsEdit', 'TermsEdit', 'Pattern', 'Detector', 'Rule',
      'Override', 'Override', 'Override', 'Override', 'Example', 'Example',
    ]);
    expect(pack.comments.map((c) => c.text)).toEqual([
      ' A plain comment.',
      ' Simple English inflections (-s, -es, -ed, -ing) of every word.',
      ' A trailing * matches any word that starts with the term.',
    ]);
    const rule = pack.body[7] as RuleDeclaration;
    expect(rule.doc).toBe('Comment on a politically controversial issue.');
    expect(rule.body.examples).toHaveLength(3);
  });

  it('labels every location with the file name', () => {
    const pack = parse(source, { file: 'readme.prop' });
    const rule = pack.body[7] as RuleDeclaration;
    const line = source.split('\n').findIndex((l) => l.startsWith('rule political-controversy')) + 1;
    const offset = source.indexOf('political-controversy {');
    expect(rule.id.location).toEqual({
      source: 'readme.prop',
      start: { offset, line, column: 6 },
      end: { offset: offset + 21, line, column: 27 },
    });
    expect(pack.location.start.offset).toBe(0);
    expect(pack.location.end.offset).toBe(source.length);
  });
});

describe('header', () => {
  it('reads name and version alone', () => {
    expect(strip(parse('pack "a.b" version "2.0.0"').header)).toEqual({
      type: 'PackHeader', name: str('a.b'), version: str('2.0.0'), extends: [],
    });
  });

  it('reads title, source and extends in any order, with a trailing comma', () => {
    const header = strip(parse('pack "a" version "1"\n  extends "x", "y",\n  source "S"\n  title "T"\n').header);
    expect(header).toEqual({
      type: 'PackHeader', name: str('a'), version: str('1'), title: str('T'), source: str('S'), extends: [str('x'), str('y')],
    });
  });

  it('puts the pack header location on the header, not the doc', () => {
    const pack = parse('## doc\npack "a" version "1"');
    expect(pack.header.location.start).toEqual({ offset: 7, line: 2, column: 1 });
  });
});

describe('term lists', () => {
  it('reads description, inflect and prefix terms', () => {
    expect(body('terms insults "Rude words" inflect { "idiot*", "moron", }')).toEqual([
      {
        type: 'Terms', id: id('insults'), description: str('Rude words'), inflect: true,
        terms: [{ type: 'Term', text: 'idiot', prefix: true }, { type: 'Term', text: 'moron', prefix: false }],
      },
    ]);
  });

  it('reads a list over several lines without description', () => {
    expect(body('terms t {\n  "a b",\n  "c"\n}')).toEqual([
      { type: 'Terms', id: id('t'), inflect: false, terms: [{ type: 'Term', text: 'a b', prefix: false }, { type: 'Term', text: 'c', prefix: false }] },
    ]);
  });

  it('reads additions and removals', () => {
    expect(body('terms t += { "x" }\nterms t -= { "y*" }')).toEqual([
      { type: 'TermsEdit', id: id('t'), operator: '+=', terms: [{ type: 'Term', text: 'x', prefix: false }] },
      { type: 'TermsEdit', id: id('t'), operator: '-=', terms: [{ type: 'Term', text: 'y', prefix: true }] },
    ]);
  });

  it('locates a term at its string', () => {
    const [terms] = parse(`${HEADER}terms t { "x" }`).body;
    expect(terms?.type === 'Terms' && terms.terms[0]!.location.start).toEqual({ offset: 35, line: 2, column: 11 });
  });
});

describe('patterns and detectors', () => {
  it('reads a pattern with flags, an escaped slash and a description', () => {
    expect(body('pattern p /a\\/b[0-9]{2}/iu "Slashed"')).toEqual([
      { type: 'Pattern', id: id('p'), regex: 'a\\/b[0-9]{2}', flags: 'iu', description: str('Slashed') },
    ]);
  });

  it('reads a pattern without flags or description', () => {
    expect(body('pattern p /#not a comment/')).toEqual([{ type: 'Pattern', id: id('p'), regex: '#not a comment', flags: '' }]);
  });

  it('reads a detector with options of every kind of value', () => {
    expect(body('detector d uses link with { domains: ["gov.uk", x,], min: 0.8, strict: true, since: 2026-01-01, name: official, }')).toEqual([
      {
        type: 'Detector', id: id('d'), uses: id('link'),
        options: [
          { type: 'DetectorOption', key: id('domains'), value: { type: 'ValueList', values: [str('gov.uk'), id('x')] } },
          { type: 'DetectorOption', key: id('min'), value: num(0.8) },
          { type: 'DetectorOption', key: id('strict'), value: { type: 'Boolean', value: true } },
          { type: 'DetectorOption', key: id('since'), value: { type: 'Date', value: '2026-01-01' } },
          { type: 'DetectorOption', key: id('name'), value: id('official') },
        ],
      },
    ]);
  });

  it('reads a detector without options, or with empty ones', () => {
    const expected = { type: 'Detector', id: id('d'), uses: id('mention'), options: [] };
    expect(body('detector d uses mention')).toEqual([expected]);
    expect(body('detector d uses mention with {}')).toEqual([expected]);
  });
});

describe('rules', () => {
  it('reads every clause', () => {
    expect(
      ruleBody(`
        severity block
        tags political, media,
        cite "Guide" section 3 paragraph "4a"
        when text has x
        unless capacity is official
        say "S {match}"
        advise "A"
        suggest "G"
        example flags "F"
        example passes "P" with capacity personal`),
    ).toEqual({
      type: 'RuleBody',
      severity: { type: 'Severity', value: 'block' },
      tags: [id('political'), id('media')],
      citation: { type: 'Citation', source: str('Guide'), section: num(3), paragraph: str('4a') },
      when: has('text', 'x'),
      unless: { type: 'Is', field: field('capacity'), negated: false, value: id('official') },
      message: str('S {match}'),
      advice: str('A'),
      suggestion: str('G'),
      examples: [
        { type: 'Example', expect: 'flags', rules: [], text: str('F'), activity: [] },
        {
          type: 'Example', expect: 'passes', rules: [], text: str('P'),
          activity: [{ type: 'ExampleField', path: field('capacity'), value: id('personal') }],
        },
      ],
    });
  });

  it('takes clauses in any order', () => {
    const a = ruleBody('say "m"\nwhen text exists\nseverity advice');
    expect(a.severity?.value).toBe('advice');
    expect(a.message?.value).toBe('m');
    expect(a.when).toEqual(exists('text'));
  });

  it('reads an empty rule body', () => {
    expect(ruleBody('')).toEqual({ type: 'RuleBody', tags: [], examples: [] });
  });

  it('reads each citation form', () => {
    expect(ruleBody('cite section 3 paragraph 4').citation).toEqual({ type: 'Citation', section: num(3), paragraph: num(4) });
    expect(ruleBody('cite section 2').citation).toEqual({ type: 'Citation', section: num(2) });
    expect(ruleBody('cite paragraph 7').citation).toEqual({ type: 'Citation', paragraph: num(7) });
    expect(ruleBody('cite "Other guidance"').citation).toEqual({ type: 'Citation', source: str('Other guidance') });
  });

  it('ends a trailing-comma tag list at the next clause', () => {
    const b = ruleBody('tags a, b,\nsay "x"');
    expect(b.tags).toEqual([id('a'), id('b')]);
    expect(b.message).toEqual(str('x'));
  });

  it('ends a trailing-comma example field list at the next clause', () => {
    const b = ruleBody('example flags "x" with capacity personal,\nexample passes "y"');
    expect(b.examples.map((e) => e.activity.length)).toEqual([1, 0]);
  });

  it('reads every severity', () => {
    for (const s of ['block', 'review', 'advice', 'off']) expect(ruleBody(`severity ${s}`).severity?.value).toBe(s);
  });
});

describe('overrides', () => {
  it('reads a new severity, off and a replacement body', () => {
    expect(body('override rule a severity advice\noverride rule b off\noverride rule c replace { say "x" }')).toEqual([
      { type: 'Override', id: id('a'), change: { kind: 'severity', severity: { type: 'Severity', value: 'advice' } } },
      { type: 'Override', id: id('b'), change: { kind: 'severity', severity: { type: 'Severity', value: 'off' } } },
      { type: 'Override', id: id('c'), change: { kind: 'replace', body: { type: 'RuleBody', tags: [], examples: [], message: str('x') } } },
    ]);
  });
});

describe('examples', () => {
  it('reads rule ids, text and every kind of field value', () => {
    expect(
      body('example flags a, b, "t" with capacity official, at 2026-04-10T09:00:00Z, inReplyTo.verified false, author.authorisedTopics ["housing", "planning",], n 12,'),
    ).toEqual([
      {
        type: 'Example', expect: 'flags', rules: [id('a'), id('b')], text: str('t'),
        activity: [
          { type: 'ExampleField', path: field('capacity'), value: id('official') },
          { type: 'ExampleField', path: field('at'), value: { type: 'Date', value: '2026-04-10T09:00:00Z' } },
          { type: 'ExampleField', path: field('inReplyTo', 'verified'), value: { type: 'Boolean', value: false } },
          { type: 'ExampleField', path: field('author', 'authorisedTopics'), value: { type: 'ValueList', values: [str('housing'), str('planning')] } },
          { type: 'ExampleField', path: field('n'), value: num(12) },
        ],
      },
    ]);
  });

  it('reads a bare passes and an empty list value', () => {
    expect(body('example passes "ok" with author.authorisedTopics []')).toEqual([
      {
        type: 'Example', expect: 'passes', rules: [], text: str('ok'),
        activity: [{ type: 'ExampleField', path: field('author', 'authorisedTopics'), value: { type: 'ValueList', values: [] } }],
      },
    ]);
  });
});

describe('conditions', () => {
  it('binds or loosest, then and, then not', () => {
    expect(when('text has a or not text has b and text has c')).toEqual({
      type: 'Or',
      operands: [has('text', 'a'), { type: 'And', operands: [{ type: 'Not', operand: has('text', 'b') }, has('text', 'c')] }],
    });
  });

  it('flattens chains and keeps explicit grouping', () => {
    expect(when('a exists and b exists and c exists')).toEqual({ type: 'And', operands: [exists('a'), exists('b'), exists('c')] });
    expect(when('(a exists and b exists) and c exists')).toEqual({
      type: 'And', operands: [{ type: 'And', operands: [exists('a'), exists('b')] }, exists('c')],
    });
    expect(when('not (a exists or b exists)')).toEqual({ type: 'Not', operand: { type: 'Or', operands: [exists('a'), exists('b')] } });
    expect(when('not not a exists')).toEqual({ type: 'Not', operand: { type: 'Not', operand: exists('a') } });
  });

  it('reads between … and … before a logical and', () => {
    expect(when('at between 2026-04-01 and 2026-05-07 and capacity exists')).toEqual({
      type: 'And',
      operands: [
        { type: 'DateTest', field: field('at'), operator: 'between', from: { type: 'Date', value: '2026-04-01' }, to: { type: 'Date', value: '2026-05-07' } },
        exists('capacity'),
      ],
    });
  });

  it('reads every form of has', () => {
    expect(when('text has at least 3 shouting')).toEqual({ type: 'Has', field: field('text'), atLeast: num(3), source: id('shouting') });
    expect(when('title has officials near leaked within 8 words')).toEqual({
      type: 'Has', field: field('title'), source: id('officials'), near: { source: id('leaked'), within: num(8) },
    });
  });

  it('reads is, is not, in, not in, before, after, exists and contains', () => {
    expect(when('inReplyTo.verified is true')).toEqual({ type: 'Is', field: field('inReplyTo', 'verified'), negated: false, value: { type: 'Boolean', value: true } });
    expect(when('capacity is not "official"')).toEqual({ type: 'Is', field: field('capacity'), negated: true, value: str('official') });
    expect(when('channel.platform in { x, facebook, }')).toEqual({ type: 'In', field: field('channel', 'platform'), negated: false, values: [id('x'), id('facebook')] });
    expect(when('kind not in { post }')).toEqual({ type: 'In', field: field('kind'), negated: true, values: [id('post')] });
    expect(when('at before 2026-05-07')).toEqual({ type: 'DateTest', field: field('at'), operator: 'before', from: { type: 'Date', value: '2026-05-07' } });
    expect(when('at after 2026-05-07T23:59:59+01:00')).toEqual({ type: 'DateTest', field: field('at'), operator: 'after', from: { type: 'Date', value: '2026-05-07T23:59:59+01:00' } });
    expect(when('inReplyTo exists')).toEqual(exists('inReplyTo'));
    expect(when('author.authorisedTopics contains "housing"')).toEqual({ type: 'Contains', field: field('author', 'authorisedTopics'), value: str('housing') });
  });

  it('spans a condition over several lines and comments', () => {
    expect(when('text has a # first\n    or text has b')).toEqual({ type: 'Or', operands: [has('text', 'a'), has('text', 'b')] });
  });
});

describe('words and keywords', () => {
  it('matches keywords on word boundaries', () => {
    const [rule] = body('rule rules {}');
    expect(rule).toEqual({ type: 'Rule', id: id('rules'), body: { type: 'RuleBody', tags: [], examples: [] } });
    expect(when('inReplyTo.kind is notice or order exists and android exists')).toEqual({
      type: 'Or',
      operands: [
        { type: 'Is', field: field('inReplyTo', 'kind'), negated: false, value: id('notice') },
        { type: 'And', operands: [exists('order'), exists('android')] },
      ],
    });
    expect(body('terms inflect { "x" }')).toEqual([{ type: 'Terms', id: id('inflect'), inflect: false, terms: [{ type: 'Term', text: 'x', prefix: false }] }]);
    expect(body('terms termsx { "x" }')[0]).toMatchObject({ id: id('termsx') });
  });

  it('reads kebab-case and underscores in names', () => {
    expect(body('rule _a-b_c-1 {}')[0]).toMatchObject({ id: id('_a-b_c-1') });
  });

  it('lets reserved words follow a dot in a field path', () => {
    expect(when('author.in exists')).toEqual(exists('author.in'));
  });
});

describe('strings, numbers and dates', () => {
  it('unescapes every escape', () => {
    expect(ruleBody('say "q\\" b\\\\ n\\n t\\t u\\u{1F600}\\u{e9}"').message).toEqual(str('q" b\\ n\n t\t u😀é'));
  });

  it('keeps unicode as written', () => {
    expect(ruleBody('say "Café – 😀 ‮"').message).toEqual(str('Café – 😀 ‮'));
  });

  it('reads decimals and whole numbers', () => {
    expect(when('text has at least 12 x')).toMatchObject({ atLeast: num(12) });
    expect(body('detector d uses link with { c: 0.25 }')[0]).toMatchObject({ options: [{ value: num(0.25) }] });
  });

  it('accepts leap days in leap years only', () => {
    expect(when('at before 2024-02-29')).toMatchObject({ from: { value: '2024-02-29' } });
    expect(() => parse(`${HEADER}rule r { when at before 2023-02-29 }`)).toThrow(/February 2023 has 28 days/);
  });
});

describe('comments', () => {
  it('keeps plain comments with their text and location', () => {
    const pack = parse(`# top\n${HEADER}rule r { # inside\n  say "x" # after\n}\n# end`);
    expect(pack.comments.map((c) => [c.text, c.location.start.line, c.location.start.column])).toEqual([
      [' top', 1, 1],
      [' inside', 3, 10],
      [' after', 4, 11],
      [' end', 6, 1],
    ]);
  });

  it('attaches the ## lines directly above a declaration as its doc', () => {
    const pack = parse(`${HEADER}\n# plain\n##  indented\n##\n## third\nrule r {}`);
    expect(pack.body[0]).toMatchObject({ doc: ' indented\n\nthird' });
    expect(pack.comments.map((c) => c.text)).toEqual([' plain']);
  });

  it('attaches docs to term lists, patterns and detectors', () => {
    const pack = parse(`${HEADER}## t\nterms t { "x" }\n## p\npattern p /x/\n## d\ndetector d uses link`);
    expect(pack.body.map((d) => ('doc' in d ? d.doc : undefined))).toEqual(['t', 'p', 'd']);
  });

  it('keeps ## lines that are not directly above a declaration as comments', () => {
    const pack = parse(`${HEADER}## far\n\nrule r {}\n## before an override\noverride rule r off\n## edit\nterms t += { "x" }\nrule s {\n  ## in a body\n}`);
    expect(pack.body.map((d) => ('doc' in d ? d.doc : undefined))).toEqual([undefined, undefined, undefined, undefined]);
    expect(pack.comments.map((c) => c.text)).toEqual(['# far', '# before an override', '# edit', '# in a body']);
  });

  it('reads CRLF line endings', () => {
    const pack = parse('## d\r\npack "a" version "1"\r\n# c\r\nrule r {\r\n  say "x"\r\n}\r\n');
    expect(pack.doc).toBe('d');
    expect(pack.comments.map((c) => c.text)).toEqual([' c']);
    expect(pack.body[0]).toMatchObject({ body: { message: { value: 'x' } } });
  });
});
