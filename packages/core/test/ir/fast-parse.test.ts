// Reads the standard pack from disk; the package's tsconfig leaves Node's
// types out so that the sources cannot use them by accident.
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastParseIR } from '../../src/ir/fast-parse.js';
import { packIRSchema } from '../../src/ir/schema.js';
import { compile } from '../../src/compiler/compile.js';

const str = fc.string({ maxLength: 6 });
const location = fc.record({ source: str, line: fc.integer({ min: 1, max: 99 }), column: fc.integer({ min: 1, max: 99 }) }, { requiredKeys: ['line', 'column'] });
const sourceRef = fc.record({ kind: fc.constantFrom('terms', 'pattern', 'detector'), id: str });
const scalar = fc.oneof(str, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean());
const { condition } = fc.letrec<{ condition: unknown }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ field: str, source: sourceRef, atLeast: fc.integer({ min: 1, max: 5 }), near: fc.record({ source: sourceRef, within: fc.nat(9) }) }, { requiredKeys: ['field', 'source'] }).map((c) => ({ op: 'has', ...c })),
    fc.record({ op: fc.constant('is'), field: str, value: scalar, negated: fc.boolean() }, { requiredKeys: ['op', 'field', 'value'] }),
    fc.record({ op: fc.constant('in'), field: str, values: fc.array(scalar, { maxLength: 3 }), negated: fc.boolean() }, { requiredKeys: ['op', 'field', 'values'] }),
    fc.record({ op: fc.constantFrom('before', 'after'), field: str, date: str }),
    fc.record({ op: fc.constant('between'), field: str, from: str, to: str }),
    fc.record({ op: fc.constant('exists'), field: str }),
    fc.record({ op: fc.constant('contains'), field: str, value: str }),
    fc.record({ op: fc.constantFrom('and', 'or'), args: fc.array(tie('condition'), { maxLength: 3 }) }),
    fc.record({ op: fc.constant('not'), arg: tie('condition') }),
  ),
}));
const rule = fc.record({
  id: str,
  severity: fc.constantFrom('block', 'review', 'advice', 'off'),
  tags: fc.array(str, { maxLength: 2 }),
  doc: str,
  message: str,
  advice: str,
  suggestion: str,
  citation: fc.record({ source: str, section: fc.oneof(str, fc.integer()), paragraph: fc.oneof(str, fc.integer()) }, { requiredKeys: [] }),
  when: condition,
  unless: condition,
  pack: str,
  location,
}, { requiredKeys: ['id', 'severity', 'tags', 'message', 'when', 'pack'] });
const example = fc.record({
  expect: fc.constantFrom('flags', 'passes'),
  rules: fc.array(str, { maxLength: 2 }),
  activity: fc.dictionary(str, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  location,
  pack: str,
}, { requiredKeys: ['expect', 'rules', 'activity', 'pack'] });
const ir = fc.record({
  irVersion: fc.constant(1),
  name: str,
  version: str,
  title: str,
  source: str,
  packs: fc.array(fc.record({ name: str, version: str }), { maxLength: 2 }),
  termLists: fc.dictionary(str, fc.record({
    description: str,
    inflect: fc.boolean(),
    terms: fc.array(fc.record({ text: str, prefix: fc.boolean() }, { requiredKeys: ['text'] }), { maxLength: 3 }),
  }, { requiredKeys: ['terms'] }), { maxKeys: 3 }),
  patterns: fc.dictionary(str, fc.record({ regex: str, flags: str, description: str }, { requiredKeys: ['regex', 'flags'] }), { maxKeys: 2 }),
  detectors: fc.dictionary(str, fc.record({ uses: str, options: fc.dictionary(str, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 }) }, { requiredKeys: ['uses'] }), { maxKeys: 2 }),
  rules: fc.array(rule, { maxLength: 3 }),
  examples: fc.array(example, { maxLength: 2 }),
}, { requiredKeys: ['irVersion', 'name', 'version', 'packs', 'termLists', 'patterns', 'detectors', 'rules', 'examples'] });

/** Every place in a value, as a path of keys (the value itself is the empty path). */
function places(value: unknown, path: string[] = [], out: string[][] = []): string[][] {
  out.push(path);
  if (value !== null && typeof value === 'object') for (const key of Object.keys(value)) places((value as Record<string, unknown>)[key], [...path, key], out);
  return out;
}

/** Small damage at one place: the key dropped, its value replaced or made `undefined`, or an unknown key added beside it. */
function damage(value: unknown, path: readonly string[], kind: number, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string, unknown>;
  const [key, ...rest] = path as [string, ...string[]];
  if (rest.length > 0) copy[key] = damage(copy[key], rest, kind, replacement);
  else if (kind === 0 && !Array.isArray(value)) delete copy[key];
  else if (kind === 1) copy[key] = replacement;
  else if (kind === 2) copy[Array.isArray(value) ? String((value as unknown[]).length + 3) : `${key}x`] = replacement;
  else copy[key] = undefined;
  return Array.isArray(value) ? Object.assign([], copy) : copy;
}

/** The schema's answer: the value it gives, or undefined when it refuses. */
function schema(value: unknown): unknown {
  const result = packIRSchema.safeParse(value);
  return result.success ? result.data : undefined;
}

describe('fastParseIR', () => {
  it('reads the standard pack as the IR schema does', () => {
    const file = fileURLToPath(new URL('../../../rules-civil-service-2014/src/civil-service-2014.prop', import.meta.url));
    const packIR = JSON.parse(JSON.stringify(compile(readFileSync(file, 'utf8'), { file: 'civil-service-2014.prop' }))) as unknown;
    const fast = fastParseIR(packIR);
    expect(fast).toBeDefined();
    expect(JSON.stringify(fast)).toBe(JSON.stringify(schema(packIR)));
    expect(fast).toStrictEqual(schema(packIR));
  });

  it('reads valid IR as the schema does: the same value, keys in the same order', () => {
    fc.assert(
      fc.property(ir, (value) => {
        const fast = fastParseIR(value);
        expect(fast).toBeDefined();
        expect(JSON.stringify(fast)).toBe(JSON.stringify(schema(value)));
        expect(fast).toStrictEqual(schema(value));
      }),
      { numRuns: 300 },
    );
  });

  it('never accepts what the schema refuses, and otherwise gives what it gives', () => {
    fc.assert(
      fc.property(
        ir.chain((value) => fc.tuple(fc.constant(value), fc.constantFrom(...places(value)))),
        fc.integer({ min: 0, max: 3 }),
        fc.oneof(
          fc.constantFrom(0, -1, 0.5, 1, 2 ** 53, Number.NaN, Infinity, '', 'and', 'has', 'terms', 'block', 'flags', true, null, [], {}, undefined),
          fc.jsonValue({ maxDepth: 1 }),
        ),
        ([value, path], kind, replacement) => {
          const damaged = damage(value, path, kind, replacement);
          const fast = fastParseIR(damaged);
          if (fast === undefined) return;
          const parsed = schema(damaged);
          expect(parsed).toBeDefined();
          expect(JSON.stringify(fast)).toBe(JSON.stringify(parsed));
          expect(fast).toStrictEqual(parsed);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('leaves to the schema what it is unsure of', () => {
    expect(fastParseIR(null)).toBeUndefined();
    expect(fastParseIR([])).toBeUndefined();
    const deep = { op: 'not', arg: { op: 'exists', field: 'text' } };
    let nested: unknown = deep;
    for (let i = 0; i < 100; i++) nested = { op: 'not', arg: nested };
    const base = { irVersion: 1, name: 'p', version: '1', packs: [], termLists: {}, patterns: {}, detectors: {}, examples: [] };
    expect(fastParseIR({ ...base, rules: [] })).toBeDefined();
    expect(fastParseIR({ ...base, rules: [{ id: 'r', severity: 'block', tags: [], message: 'm', pack: 'p', when: nested }] })).toBeUndefined();
    expect(fastParseIR({ ...base, rules: [], termLists: JSON.parse('{"__proto__": {"terms": []}}') })).toBeUndefined();
    expect(fastParseIR({ ...base, rules: [], irVersion: 2 })).toBeUndefined();
  });
});
