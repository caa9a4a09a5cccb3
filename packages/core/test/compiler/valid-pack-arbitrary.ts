/**
 * fast-check arbitraries of `.prop` sources that are meant to compile: every
 * name is declared, every field exists and gets a value of its kind, dates are
 * real and in order, patterns are linear. H1's `packArbitrary` covers the
 * syntax; these cover the meaning, so that properties can be stated about the
 * IR of packs that do compile.
 */
import fc from 'fast-check';
import { FIELDS } from '../../src/schema/fields.js';
import { RESERVED_WORDS, STATEMENT_KEYWORDS } from '../../src/syntax/keywords.js';

/** A generated root pack: its source and what it declares. */
export interface GeneratedPack {
  source: string;
  name: string;
  termLists: Map<string, string[]>;
  rules: string[];
}

const word = fc.stringMatching(/^[a-z]{1,8}$/);
/** A word that can stand as a tag: no keyword. */
const tag = word.filter((w) => !RESERVED_WORDS.includes(w) && !STATEMENT_KEYWORDS.includes(w));
const term = fc.oneof(
  word,
  fc.tuple(word, word).map(([a, b]) => `${a} ${b}`),
  word.map((w) => `${w}*`),
);

const SAFE_PATTERNS = ['/\\bCASE-[0-9]{6}\\b/i', '/\\b[A-Z]{2}[0-9]{6}[A-D]\\b/', '/OFFICIAL[- ]SENSITIVE/', '/£[0-9]+(?:\\.[0-9]{2})?\\b/u'];
const BUILTINS = ['link', 'mention', 'hashtag'];
const ENUM_FIELDS = Object.entries(FIELDS).filter(([, info]) => info.kind === 'enum');
const BOOLEAN_FIELDS = Object.entries(FIELDS).filter(([, info]) => info.kind === 'boolean').map(([path]) => path);
const SCANNED_FIELDS = Object.entries(FIELDS).filter(([, info]) => info.kind === 'text' || info.kind === 'string').map(([path]) => path);
const STRING_FIELDS = Object.entries(FIELDS).filter(([, info]) => info.kind === 'string').map(([path]) => path);

/** A real calendar date between 2020 and 2030, as `YYYY-MM-DD`. */
const day = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const quoted = (text: string) => JSON.stringify(text);

/** A test over real fields, naming only `sources`. */
function testOf(sources: readonly string[]): fc.Arbitrary<string> {
  const source = fc.constantFrom(...sources);
  return fc.oneof(
    fc
      .record({
        field: fc.constantFrom(...SCANNED_FIELDS),
        atLeast: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
        source,
        near: fc.option(fc.tuple(source, fc.integer({ min: 1, max: 12 })), { nil: undefined }),
      })
      .map(({ field, atLeast, source: s, near }) => {
        const count = atLeast === undefined ? '' : `at least ${atLeast} `;
        const proximity = near === undefined ? '' : ` near ${near[0]} within ${near[1]} words`;
        return `${field} has ${count}${s}${proximity}`;
      }),
    fc.constantFrom(...ENUM_FIELDS).chain(([path, info]) =>
      fc.oneof(
        fc.tuple(fc.constantFrom(...info.values!), fc.boolean()).map(([v, not]) => `${path} is ${not ? 'not ' : ''}${v}`),
        fc
          .uniqueArray(fc.constantFrom(...info.values!), { minLength: 1, maxLength: 3 })
          .chain((values) => fc.boolean().map((not) => `${path} ${not ? 'not ' : ''}in { ${values.join(', ')} }`)),
      ),
    ),
    fc.tuple(fc.constantFrom(...BOOLEAN_FIELDS), fc.boolean()).map(([path, b]) => `${path} is ${b}`),
    fc.tuple(fc.constantFrom(...STRING_FIELDS), word).map(([path, w]) => `${path} is ${quoted(w)}`),
    fc.tuple(fc.constantFrom('before', 'after'), day).map(([op, d]) => `at ${op} ${d}`),
    fc.tuple(day, day).map(([a, b]) => (a <= b ? `at between ${a} and ${b}` : `at between ${b} and ${a}`)),
    fc.constantFrom(...Object.keys(FIELDS)).map((path) => `${path} exists`),
    word.map((w) => `author.authorisedTopics contains ${quoted(w)}`),
  );
}

/** A condition of up to two levels of `and`, `or` and `not`, parenthesised. */
function conditionOf(sources: readonly string[]): fc.Arbitrary<string> {
  const test = testOf(sources);
  return fc.oneof(
    { weight: 3, arbitrary: test },
    fc.array(test, { minLength: 2, maxLength: 3 }).chain((ts) => fc.constantFrom('and', 'or').map((op) => `(${ts.join(` ${op} `)})`)),
    test.map((t) => `not (${t})`),
  );
}

/** `with …` fields of an example, each field at most once. */
const exampleFields: fc.Arbitrary<string> = fc
  .record(
    {
      capacity: fc.constantFrom('official', 'personal').map((v) => `capacity ${v}`),
      platform: fc.constantFrom('x', 'facebook', 'wikipedia').map((v) => `channel.platform ${v}`),
      at: day.map((d) => `at ${d}`),
      topics: fc.array(word, { maxLength: 3 }).map((ws) => `author.authorisedTopics [${ws.map(quoted).join(', ')}]`),
      verified: fc.boolean().map((b) => `inReplyTo.verified ${b}`),
      bio: word.map((w) => `inReplyTo.bio ${quoted(w)}`),
      attachments: fc.array(word, { minLength: 1, maxLength: 2 }).map((ws) => `attachments.alt [${ws.map(quoted).join(', ')}]`),
    },
    { requiredKeys: [] },
  )
  .map((fields) => {
    const written = Object.values(fields);
    return written.length === 0 ? '' : ` with ${written.join(', ')}`;
  });

/** A rule body: every clause a rule may have, with required ones always there. */
function ruleBodyOf(sources: readonly string[]): fc.Arbitrary<string> {
  return fc
    .record({
      severity: fc.constantFrom('block', 'review', 'advice', 'off'),
      tags: fc.uniqueArray(tag, { maxLength: 2 }),
      cite: fc.constantFrom('', 'cite section 3 paragraph 4', 'cite "Other guidance" section 2', 'cite "Elsewhere"'),
      when: conditionOf(sources),
      unless: fc.option(conditionOf(sources), { nil: undefined }),
      say: fc.tuple(word, fc.constantFrom('', ' ({match})', ' {count} times', ': {matches}', ' {term}')).map(([w, p]) => `${w}${p}`),
      advise: fc.option(word, { nil: undefined }),
      suggest: fc.option(word.map((w) => `${w} {match}`), { nil: undefined }),
      examples: fc.array(fc.tuple(fc.constantFrom('flags', 'passes'), word, exampleFields), { maxLength: 2 }),
    })
    .map((r) =>
      [
        `severity ${r.severity}`,
        r.tags.length > 0 ? `tags ${r.tags.join(', ')}` : '',
        r.cite,
        `when ${r.when}`,
        r.unless === undefined ? '' : `unless ${r.unless}`,
        `say ${quoted(r.say)}`,
        r.advise === undefined ? '' : `advise ${quoted(r.advise)}`,
        r.suggest === undefined ? '' : `suggest ${quoted(r.suggest)}`,
        ...r.examples.map(([expect, text, fields]) => `example ${expect} ${quoted(text)}${fields}`),
      ]
        .filter((line) => line !== '')
        .map((line) => `  ${line}`)
        .join('\n'),
    );
}

/** Kebab ids with a prefix, so that kinds never collide with each other or with keywords. */
const ids = (prefix: string, min: number, max: number) =>
  fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: min, maxLength: max }).map((names) => names.map((n) => `${prefix}-${n}`));

/** A root pack (no `extends`) that compiles. */
export const rootPackArbitrary: fc.Arbitrary<GeneratedPack> = fc
  .record({
    name: fc.stringMatching(/^[a-z]{1,6}\.[a-z]{1,6}$/),
    version: fc.tuple(fc.nat(9), fc.nat(9), fc.nat(9)).map((v) => v.join('.')),
    source: fc.option(word, { nil: undefined }),
    lists: ids('t', 1, 3).chain((names) => fc.tuple(...names.map((n) => fc.tuple(fc.constant(n), fc.boolean(), fc.array(term, { minLength: 1, maxLength: 5 }))))),
    patterns: ids('p', 0, 2).chain((names) => fc.tuple(...names.map((n) => fc.tuple(fc.constant(n), fc.constantFrom(...SAFE_PATTERNS))))),
    detectors: ids('d', 0, 2).chain((names) =>
      fc.tuple(...names.map((n) => fc.tuple(fc.constant(n), fc.constantFrom(...BUILTINS), fc.integer({ min: 0, max: 100 }).map((n) => n / 100)))),
    ),
    ruleIds: ids('r', 1, 4),
  })
  .chain((p) => {
    const sources = [...p.lists.map(([n]) => n), ...p.patterns.map(([n]) => n), ...p.detectors.map(([n]) => n), ...BUILTINS];
    return fc
      .tuple(
        fc.tuple(...p.ruleIds.map(() => ruleBodyOf(sources))),
        fc.array(fc.tuple(fc.constantFrom('flags', 'passes'), fc.subarray(p.ruleIds, { minLength: 1 }), word), { maxLength: 2 }),
        fc.array(word, { maxLength: 1 }),
      )
      .map(([bodies, examples, bare]) => {
        const lines = [`pack ${quoted(p.name)} version ${quoted(p.version)}`];
        if (p.source !== undefined) lines.push(`  source ${quoted(p.source)}`);
        for (const [id, inflect, terms] of p.lists) {
          lines.push(`terms ${id}${inflect ? ' inflect' : ''} { ${terms.map(quoted).join(', ')} }`);
        }
        for (const [id, regex] of p.patterns) lines.push(`pattern ${id} ${regex}`);
        for (const [id, uses, confidence] of p.detectors) lines.push(`detector ${id} uses ${uses} with { minConfidence: ${confidence} }`);
        p.ruleIds.forEach((id, i) => lines.push(`rule ${id} {\n${bodies[i]}\n}`));
        for (const [expect, rules, text] of examples) lines.push(`example ${expect} ${rules.join(', ')} ${quoted(text)}`);
        for (const text of bare) lines.push(`example passes ${quoted(text)}`);
        return {
          source: `${lines.join('\n')}\n`,
          name: p.name,
          termLists: new Map(p.lists.map(([id, , terms]) => [id, terms])),
          rules: p.ruleIds,
        };
      });
  });

/** One change a child pack makes to a rule of its parent. */
export type RuleChange = { rule: string; kind: 'severity'; severity: string } | { rule: string; kind: 'replace' };

/** A child of a generated root: term edits, overrides and new rules. */
export interface GeneratedChild {
  root: GeneratedPack;
  source: string;
  edits: { list: string; operator: '+=' | '-='; terms: string[] }[];
  changes: RuleChange[];
  newRules: string[];
}

/** A root pack and a pack that extends it and compiles. */
export const childPackArbitrary: fc.Arbitrary<GeneratedChild> = rootPackArbitrary.chain((root) => {
  const lists = [...root.termLists.keys()];
  const sources = [...lists, ...BUILTINS];
  return fc
    .record({
      edits: fc.array(
        fc.constantFrom(...lists).chain((list) =>
          fc.record({
            list: fc.constant(list),
            operator: fc.constantFrom('+=' as const, '-=' as const),
            terms: fc.array(fc.oneof(term, fc.constantFrom(...root.termLists.get(list)!)), { minLength: 1, maxLength: 3 }),
          }),
        ),
        { maxLength: 3 },
      ),
      changed: fc.subarray(root.rules),
      newRules: ids('n', 0, 2),
    })
    .chain(({ edits, changed, newRules }) =>
      fc
        .tuple(
          fc.tuple(...changed.map((rule) => fc.oneof(
            fc.constantFrom('block', 'review', 'advice', 'off').map((severity): RuleChange => ({ rule, kind: 'severity', severity })),
            fc.constant<RuleChange>({ rule, kind: 'replace' }),
          ))),
          fc.tuple(...[...changed, ...newRules].map(() => ruleBodyOf(sources))),
        )
        .map(([changes, bodies]) => {
          const lines = [`pack "child.pack" version "0.1.0"`, `  extends ${quoted(root.name)}`];
          for (const edit of edits) lines.push(`terms ${edit.list} ${edit.operator} { ${edit.terms.map(quoted).join(', ')} }`);
          changes.forEach((change, i) => {
            if (change.kind === 'severity') lines.push(`override rule ${change.rule} severity ${change.severity}`);
            else lines.push(`override rule ${change.rule} replace {\n${bodies[i]}\n}`);
          });
          newRules.forEach((id, i) => lines.push(`rule ${id} {\n${bodies[changed.length + i]}\n}`));
          return { root, source: `${lines.join('\n')}\n`, edits, changes, newRules };
        }),
    );
});
