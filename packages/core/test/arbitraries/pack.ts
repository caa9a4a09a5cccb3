/**
 * fast-check arbitraries of valid `.prop` syntax trees, for property tests of
 * the parser, the formatter and anything downstream that wants packs with
 * every construct of the grammar: `packArbitrary()` gives whole packs with
 * comments and doc comments; the smaller arbitraries are exported too.
 *
 * Locations are laid out after generation (see `layOut`): every node gets
 * increasing offsets in the order the formatter prints, and comments land at
 * random places in between, so the printer's comment placement is exercised
 * everywhere. Only offsets are meaningful; lines and columns are not.
 */
import fc from 'fast-check';
import type {
  Citation,
  Comment,
  Condition,
  DateLiteral,
  Declaration,
  DetectorDeclaration,
  ExampleDeclaration,
  ExampleField,
  FieldPath,
  Identifier,
  Node,
  NumberLiteral,
  Pack,
  PatternDeclaration,
  RuleBody,
  RuleDeclaration,
  RuleOverride,
  SeverityName,
  SourceRange,
  StringLiteral,
  Term,
  TermsDeclaration,
  TermsEdit,
  Test,
  Value,
  ValueList,
} from '../../src/ast/nodes.js';
import { childrenOf } from '../../src/ast/visit.js';
import { CLAUSE_KEYWORDS, DECLARATION_KEYWORDS, RESERVED_WORDS } from '../../src/syntax/keywords.js';

const NOWHERE: SourceRange = { start: { offset: 0, line: 1, column: 1 }, end: { offset: 0, line: 1, column: 1 } };

// Words a generated name avoids: reserved words can never be names, and the
// other keywords would be read as the next clause after a trailing comma.
const AVOID = new Set<string>([
  ...RESERVED_WORDS,
  ...CLAUSE_KEYWORDS,
  ...DECLARATION_KEYWORDS,
  'pack', 'version', 'title', 'source', 'extends', 'inflect', 'uses', 'section', 'paragraph',
  'flags', 'passes', 'replace',
]);

/** A name: `[A-Za-z_][A-Za-z0-9_-]*`, never a keyword. */
export const nameArbitrary: fc.Arbitrary<string> = fc
  .oneof(
    fc.constantFrom('text', 'capacity', 'controversial', 'x', 'personal', 'rules', 'ander', 'is-not', 'in_', 'a-'),
    fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_-]{0,8}$/),
  )
  .filter((s) => !AVOID.has(s));

const identifier = nameArbitrary.map((name): Identifier => ({ type: 'Identifier', name, location: NOWHERE }));

const awkwardChar = fc.constantFrom(
  '"', '\\', '\n', '\t', '*', '{', '}', '#', '/', ' ', 'a', 'é', '\u0000', '\u001f', '\u2028', '\u202e',
  '\uD800', '\uDC00', '😀', '\u0301', '\u00a0',
);

/** String contents: ordinary text, quotes, backslashes, line breaks, controls, lone surrogates, emoji. */
export const stringContentArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: awkwardChar, maxLength: 8 }),
);

const string = stringContentArbitrary.map((value): StringLiteral => ({ type: 'String', value, location: NOWHERE }));

const number = fc
  .oneof(fc.nat(1_000_000), fc.double({ min: 0, max: 1e30, noNaN: true }), fc.constantFrom(0.8, 1e-7, 1e21, 3.5))
  .map((value): NumberLiteral => ({ type: 'Number', value: Math.abs(value) + 0, location: NOWHERE }));

const date = fc
  .tuple(
    fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
    fc.constantFrom('date', 'iso', 'offset'),
  )
  .map(([d, shape]): DateLiteral => {
    const iso = d.toISOString();
    const value = shape === 'date' ? iso.slice(0, 10) : shape === 'iso' ? iso : `${iso.slice(0, 19)}+01:30`;
    return { type: 'Date', value, location: NOWHERE };
  });

const value: fc.Arbitrary<Value> = fc.oneof(
  string,
  number,
  date,
  fc.boolean().map((b): Value => ({ type: 'Boolean', value: b, location: NOWHERE })),
  identifier,
);

const valueList = fc
  .array(value, { maxLength: 3 })
  .map((values): ValueList => ({ type: 'ValueList', values, location: NOWHERE }));

const valueOrList: fc.Arbitrary<Value | ValueList> = fc.oneof({ weight: 3, arbitrary: value }, { weight: 1, arbitrary: valueList });

/** A field path; `at` may start one, and after a dot any word goes, reserved or not. */
const fieldPath = fc
  .tuple(
    fc.oneof(nameArbitrary, fc.constant('at')),
    fc.array(fc.oneof(nameArbitrary, fc.constantFrom('and', 'not', 'in', 'example')), { maxLength: 2 }),
  )
  .map(([first, rest]): FieldPath => ({ type: 'FieldPath', segments: [first, ...rest], location: NOWHERE }));

const test: fc.Arbitrary<Test> = fc.oneof(
  fc
    .record({ field: fieldPath, atLeast: fc.option(number, { nil: undefined }), source: identifier, near: fc.option(fc.record({ source: identifier, within: number }), { nil: undefined }) })
    .map((r): Test => {
      const node: Test = { type: 'Has', field: r.field, source: r.source, location: NOWHERE };
      if (r.atLeast !== undefined) node.atLeast = r.atLeast;
      if (r.near !== undefined) node.near = r.near;
      return node;
    }),
  fc.record({ field: fieldPath, negated: fc.boolean(), value }).map((r): Test => ({ type: 'Is', ...r, location: NOWHERE })),
  fc
    .record({ field: fieldPath, negated: fc.boolean(), values: fc.array(value, { minLength: 1, maxLength: 3 }) })
    .map((r): Test => ({ type: 'In', ...r, location: NOWHERE })),
  fc
    .record({ field: fieldPath, operator: fc.constantFrom('before' as const, 'after' as const), from: date })
    .map((r): Test => ({ type: 'DateTest', ...r, location: NOWHERE })),
  fc
    .record({ field: fieldPath, from: date, to: date })
    .map((r): Test => ({ type: 'DateTest', field: r.field, operator: 'between', from: r.from, to: r.to, location: NOWHERE })),
  fieldPath.map((field): Test => ({ type: 'Exists', field, location: NOWHERE })),
  fc.record({ field: fieldPath, value }).map((r): Test => ({ type: 'Contains', ...r, location: NOWHERE })),
);

/** Conditions nested a few levels deep, with `and`, `or` and `not` in any arrangement the parser can build. */
export const conditionArbitrary: fc.Arbitrary<Condition> = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    test,
    fc.array(tie('condition'), { minLength: 2, maxLength: 3 }).map((operands): Condition => ({ type: 'And', operands, location: NOWHERE })),
    fc.array(tie('condition'), { minLength: 2, maxLength: 3 }).map((operands): Condition => ({ type: 'Or', operands, location: NOWHERE })),
    tie('condition').map((operand): Condition => ({ type: 'Not', operand, location: NOWHERE })),
  ),
})).condition;

const exampleField = fc
  .record({ path: fieldPath, value: valueOrList })
  .map((r): ExampleField => ({ type: 'ExampleField', ...r, location: NOWHERE }));

const example = fc
  .record({
    expect: fc.constantFrom('flags' as const, 'passes' as const),
    rules: fc.array(identifier, { maxLength: 2 }),
    text: string,
    activity: fc.array(exampleField, { maxLength: 3 }),
  })
  .map((r): ExampleDeclaration => ({ type: 'Example', ...r, location: NOWHERE }));

const severity = fc.constantFrom<SeverityName>('block', 'review', 'advice', 'off');

const numberOrString = fc.oneof(number, string);

const citation = fc
  .record({
    source: fc.option(string, { nil: undefined }),
    section: fc.option(numberOrString, { nil: undefined }),
    paragraph: fc.option(numberOrString, { nil: undefined }),
  })
  .filter((c) => c.source !== undefined || c.section !== undefined || c.paragraph !== undefined)
  .map((c): Citation => {
    const node: Citation = { type: 'Citation', location: NOWHERE };
    if (c.source !== undefined) node.source = c.source;
    if (c.section !== undefined) node.section = c.section;
    if (c.paragraph !== undefined) node.paragraph = c.paragraph;
    return node;
  });

const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });

const ruleBody = fc
  .record({
    severity: optional(severity),
    tags: fc.array(identifier, { maxLength: 3 }),
    citation: optional(citation),
    when: optional(conditionArbitrary),
    unless: optional(conditionArbitrary),
    message: optional(string),
    advice: optional(string),
    suggestion: optional(string),
    examples: fc.array(example, { maxLength: 2 }),
  })
  .map((r): RuleBody => {
    const body: RuleBody = { type: 'RuleBody', tags: r.tags, examples: r.examples, location: NOWHERE };
    if (r.severity !== undefined) body.severity = { type: 'Severity', value: r.severity, location: NOWHERE };
    if (r.citation !== undefined) body.citation = r.citation;
    if (r.when !== undefined) body.when = r.when;
    if (r.unless !== undefined) body.unless = r.unless;
    if (r.message !== undefined) body.message = r.message;
    if (r.advice !== undefined) body.advice = r.advice;
    if (r.suggestion !== undefined) body.suggestion = r.suggestion;
    return body;
  });

/** A doc comment: lines without line breaks of their own, joined by `\n`. */
const docText = fc
  .array(fc.string({ maxLength: 10 }).map((s) => s.replace(/[\r\n]/g, ' ')), { minLength: 1, maxLength: 3 })
  .map((lines) => lines.join('\n'));

const doc = optional(docText);

const term = fc
  .record({ text: stringContentArbitrary, prefix: fc.boolean() })
  // A plain term cannot end with `*`: written out, the star would make it a prefix.
  .filter((t) => t.prefix || !t.text.endsWith('*'))
  .map((t): Term => ({ type: 'Term', ...t, location: NOWHERE }));

const terms = fc.array(term, { minLength: 1, maxLength: 8 });

const termsDeclaration = fc
  .record({ doc, id: identifier, description: optional(string), inflect: fc.boolean(), terms })
  .map((r): TermsDeclaration => {
    const node: TermsDeclaration = { type: 'Terms', id: r.id, inflect: r.inflect, terms: r.terms, location: NOWHERE };
    if (r.doc !== undefined) node.doc = r.doc;
    if (r.description !== undefined) node.description = r.description;
    return node;
  });

const termsEdit = fc
  .record({ id: identifier, operator: fc.constantFrom('+=' as const, '-=' as const), terms })
  .map((r): TermsEdit => ({ type: 'TermsEdit', ...r, location: NOWHERE }));

/** A regular expression as written between slashes: `/` escaped, no line breaks, no dangling backslash. */
const regexSource = fc
  .array(fc.oneof(fc.constantFrom('a', '[0-9]', '\\b', '\\/', '\\\\', '(x|y)', '+', '{2}', '#', '"', 'é', ' '), fc.stringMatching(/^[A-Za-z0-9]{1,3}$/)), {
    minLength: 1,
    maxLength: 6,
  })
  .map((parts) => parts.join(''));

const pattern = fc
  .record({ doc, id: identifier, regex: regexSource, flags: fc.constantFrom('', 'i', 'u', 'iu', 'g'), description: optional(string) })
  .map((r): PatternDeclaration => {
    const node: PatternDeclaration = { type: 'Pattern', id: r.id, regex: r.regex, flags: r.flags, location: NOWHERE };
    if (r.doc !== undefined) node.doc = r.doc;
    if (r.description !== undefined) node.description = r.description;
    return node;
  });

const detector = fc
  .record({
    doc,
    id: identifier,
    uses: identifier,
    options: fc.array(
      fc.record({ key: identifier, value: valueOrList }).map((o) => ({ type: 'DetectorOption' as const, ...o, location: NOWHERE })),
      { maxLength: 3 },
    ),
  })
  .map((r): DetectorDeclaration => {
    const node: DetectorDeclaration = { type: 'Detector', id: r.id, uses: r.uses, options: r.options, location: NOWHERE };
    if (r.doc !== undefined) node.doc = r.doc;
    return node;
  });

const rule = fc.record({ doc, id: identifier, body: ruleBody }).map((r): RuleDeclaration => {
  const node: RuleDeclaration = { type: 'Rule', id: r.id, body: r.body, location: NOWHERE };
  if (r.doc !== undefined) node.doc = r.doc;
  return node;
});

const override = fc
  .record({
    id: identifier,
    change: fc.oneof(
      severity.map((value): RuleOverride['change'] => ({ kind: 'severity', severity: { type: 'Severity', value, location: NOWHERE } })),
      ruleBody.map((body): RuleOverride['change'] => ({ kind: 'replace', body })),
    ),
  })
  .map((r): RuleOverride => ({ type: 'Override', ...r, location: NOWHERE }));

/** Any top-level declaration. */
export const declarationArbitrary: fc.Arbitrary<Declaration> = fc.oneof(
  termsDeclaration,
  termsEdit,
  pattern,
  detector,
  { weight: 3, arbitrary: rule },
  override,
  example,
);

/** Comment texts: anything but a line break, including ones that start with `#` (stray `##` lines). */
const commentText = fc.oneof(
  fc.string({ maxLength: 12 }).map((s) => s.replace(/[\r\n]/g, '')),
  fc.string({ maxLength: 6 }).map((s) => `#${s.replace(/[\r\n]/g, '')}`),
);

/**
 * Whole packs: a header with any of its optional lines, up to eight
 * declarations of every kind, doc comments and plain comments anywhere.
 */
export function packArbitrary(): fc.Arbitrary<Pack> {
  return fc
    .record({
      doc,
      name: string,
      version: string,
      title: optional(string),
      source: optional(string),
      extends: fc.array(string, { maxLength: 2 }),
      body: fc.array(declarationArbitrary, { maxLength: 8 }),
      comments: fc.array(fc.record({ text: commentText, at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }) }), {
        maxLength: 5,
      }),
    })
    .map((r) => {
      const header: Pack['header'] = { type: 'PackHeader', name: r.name, version: r.version, extends: r.extends, location: NOWHERE };
      if (r.title !== undefined) header.title = r.title;
      if (r.source !== undefined) header.source = r.source;
      const pack: Pack = { type: 'Pack', header, body: r.body, comments: [], location: NOWHERE };
      if (r.doc !== undefined) pack.doc = r.doc;
      return layOut(pack, r.comments);
    });
}

/**
 * Gives every node of `pack` (a fresh copy) increasing even offsets, start
 * before its children and end after them, in the order the formatter prints
 * them; then puts each comment at an odd offset at fraction `at` of the way
 * through, so that it falls before, inside or after any node.
 */
export function layOut(pack: Pack, comments: readonly { text: string; at: number }[]): Pack {
  const copy = deepCopy(pack);
  copy.comments = [];
  let tick = 0;
  const place = (node: Node): void => {
    const start = tick;
    tick += 2;
    for (const child of childrenOf(node)) place(child);
    const end = tick;
    tick += 2;
    node.location = { start: { offset: start, line: 1, column: start + 1 }, end: { offset: end, line: 1, column: end + 1 } };
  };
  place(copy);
  const placed: Comment[] = comments
    .map((c) => {
      const offset = 2 * Math.floor(c.at * (tick / 2)) + 1;
      return { type: 'Comment' as const, text: c.text, location: { start: { offset, line: 1, column: 1 }, end: { offset: offset + 1, line: 1, column: 2 } } };
    })
    .sort((a, b) => a.location.start.offset - b.location.start.offset);
  copy.comments = placed;
  return copy;
}

/** A deep copy of plain data (syntax trees hold nothing else). */
export function deepCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(deepCopy) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = deepCopy(v);
  return out as T;
}
