import { IR_VERSION, type ConditionIR, type PackIR } from './schema.js';

/**
 * A plain-code reading of IR that the IR schema accepts, for the common case
 * of IR straight from `JSON.parse`: it checks the same constraints and
 * builds the same value (known keys only, in the schema's order, defaults
 * filled in) as `packIRSchema.safeParse`, at a fraction of the cost of a
 * schema run in a freshly started process.
 *
 * It never accepts what the schema refuses. Whatever it is unsure of (a
 * problem anywhere, a key whose value is `undefined`, an object that is not
 * plain, a `__proto__` key, deep nesting) makes it answer `undefined`, and
 * the caller then asks the schema, which gives the exact issues.
 */
export function fastParseIR(ir: unknown): PackIR | undefined {
  try {
    return pack(ir);
  } catch (error) {
    if (error === UNSURE) return undefined;
    throw error;
  }
}

const UNSURE = Symbol('unsure');

/** Nesting of conditions beyond this is left to the schema, which reports it. */
const MAX_DEPTH = 64;

function fail(): never {
  throw UNSURE;
}

type Plain = Record<string, unknown>;

function object(value: unknown): Plain {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail();
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) fail();
  if (Object.hasOwn(value, '__proto__')) fail();
  return value as Plain;
}

/** A field the schema requires; absent or `undefined` is a problem. */
function field(from: Plain, key: string): unknown {
  const value = from[key];
  if (value === undefined) fail();
  return value;
}

/** An optional field: absent gives `undefined`; present as `undefined` is left to the schema. */
function optional(from: Plain, key: string): unknown {
  if (!Object.hasOwn(from, key)) return undefined;
  const value = from[key];
  if (value === undefined) fail();
  return value;
}

function string(value: unknown): string {
  if (typeof value !== 'string') fail();
  return value;
}

function boolean(value: unknown): boolean {
  if (typeof value !== 'boolean') fail();
  return value;
}

function finite(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail();
  return value;
}

function positiveInt(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) fail();
  return value;
}

function nonNegativeInt(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) fail();
  return value;
}

function array<T>(value: unknown, item: (value: unknown) => T): T[] {
  if (!Array.isArray(value)) fail();
  const out: T[] = new Array<T>(value.length);
  for (let i = 0; i < value.length; i++) out[i] = item(value[i]);
  return out;
}

function strings(value: unknown): string[] {
  return array(value, string);
}

/** A record of string keys; values copied as they are. */
function record<T>(value: unknown, item: (value: unknown) => T): Record<string, T> {
  const from = object(value);
  const out: Record<string, T> = {};
  for (const key of Object.keys(from)) out[key] = item(from[key]);
  return out;
}

function unknownValue(value: unknown): unknown {
  if (value === undefined) fail();
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) fail();
  return value as T;
}

function scalar(value: unknown): string | number | boolean {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return finite(value);
}

function numberOrString(value: unknown): number | string {
  return typeof value === 'string' ? value : finite(value);
}

/** Sets `key` on `out` when the optional field is present. */
function put<T>(out: Plain, key: string, value: T | undefined): void {
  if (value !== undefined) out[key] = value;
}

function location(value: unknown): { source?: string; line: number; column: number } {
  const from = object(value);
  const out: Plain = {};
  put(out, 'source', mapOptional(from, 'source', string));
  out.line = positiveInt(field(from, 'line'));
  out.column = positiveInt(field(from, 'column'));
  return out as { source?: string; line: number; column: number };
}

function mapOptional<T>(from: Plain, key: string, read: (value: unknown) => T): T | undefined {
  const value = optional(from, key);
  return value === undefined ? undefined : read(value);
}

function citation(value: unknown): Plain {
  const from = object(value);
  const out: Plain = {};
  put(out, 'source', mapOptional(from, 'source', string));
  put(out, 'section', mapOptional(from, 'section', numberOrString));
  put(out, 'paragraph', mapOptional(from, 'paragraph', numberOrString));
  return out;
}

function sourceRef(value: unknown): { kind: 'terms' | 'pattern' | 'detector'; id: string } {
  const from = object(value);
  return { kind: oneOf(field(from, 'kind'), ['terms', 'pattern', 'detector'] as const), id: string(field(from, 'id')) };
}

function condition(value: unknown, depth: number): ConditionIR {
  if (depth > MAX_DEPTH) fail();
  const from = object(value);
  const op = field(from, 'op');
  const out: Plain = { op };
  switch (op) {
    case 'and':
    case 'or':
      out.args = array(field(from, 'args'), (arg) => condition(arg, depth + 1));
      break;
    case 'not':
      out.arg = condition(field(from, 'arg'), depth + 1);
      break;
    case 'has': {
      out.field = string(field(from, 'field'));
      out.source = sourceRef(field(from, 'source'));
      put(out, 'atLeast', mapOptional(from, 'atLeast', positiveInt));
      put(out, 'near', mapOptional(from, 'near', (near) => {
        const n = object(near);
        return { source: sourceRef(field(n, 'source')), within: nonNegativeInt(field(n, 'within')) };
      }));
      break;
    }
    case 'is':
      out.field = string(field(from, 'field'));
      out.value = scalar(field(from, 'value'));
      put(out, 'negated', mapOptional(from, 'negated', boolean));
      break;
    case 'in':
      out.field = string(field(from, 'field'));
      out.values = array(field(from, 'values'), scalar);
      put(out, 'negated', mapOptional(from, 'negated', boolean));
      break;
    case 'before':
    case 'after':
      out.field = string(field(from, 'field'));
      out.date = string(field(from, 'date'));
      break;
    case 'between':
      out.field = string(field(from, 'field'));
      out.from = string(field(from, 'from'));
      out.to = string(field(from, 'to'));
      break;
    case 'exists':
      out.field = string(field(from, 'field'));
      break;
    case 'contains':
      out.field = string(field(from, 'field'));
      out.value = string(field(from, 'value'));
      break;
    default:
      fail();
  }
  return out as unknown as ConditionIR;
}

function term(value: unknown): { text: string; prefix: boolean } {
  const from = object(value);
  const text = string(field(from, 'text'));
  const prefix = mapOptional(from, 'prefix', boolean) ?? false;
  return { text, prefix };
}

function rule(value: unknown): Plain {
  const from = object(value);
  const out: Plain = {};
  out.id = string(field(from, 'id'));
  out.severity = oneOf(field(from, 'severity'), ['block', 'review', 'advice', 'off'] as const);
  out.tags = strings(field(from, 'tags'));
  put(out, 'doc', mapOptional(from, 'doc', string));
  out.message = string(field(from, 'message'));
  put(out, 'advice', mapOptional(from, 'advice', string));
  put(out, 'suggestion', mapOptional(from, 'suggestion', string));
  put(out, 'citation', mapOptional(from, 'citation', citation));
  out.when = condition(field(from, 'when'), 0);
  put(out, 'unless', mapOptional(from, 'unless', (c) => condition(c, 0)));
  out.pack = string(field(from, 'pack'));
  put(out, 'location', mapOptional(from, 'location', location));
  return out;
}

function example(value: unknown): Plain {
  const from = object(value);
  const out: Plain = {};
  out.expect = oneOf(field(from, 'expect'), ['flags', 'passes'] as const);
  out.rules = strings(field(from, 'rules'));
  out.activity = record(field(from, 'activity'), unknownValue);
  put(out, 'location', mapOptional(from, 'location', location));
  out.pack = string(field(from, 'pack'));
  return out;
}

function pack(value: unknown): PackIR {
  const from = object(value);
  const out: Plain = {};
  if (field(from, 'irVersion') !== IR_VERSION) fail();
  out.irVersion = IR_VERSION;
  out.name = string(field(from, 'name'));
  out.version = string(field(from, 'version'));
  put(out, 'title', mapOptional(from, 'title', string));
  put(out, 'source', mapOptional(from, 'source', string));
  out.packs = array(field(from, 'packs'), (p) => {
    const entry = object(p);
    return { name: string(field(entry, 'name')), version: string(field(entry, 'version')) };
  });
  out.termLists = record(field(from, 'termLists'), (l) => {
    const list = object(l);
    const entry: Plain = {};
    put(entry, 'description', mapOptional(list, 'description', string));
    entry.inflect = mapOptional(list, 'inflect', boolean) ?? false;
    entry.terms = array(field(list, 'terms'), term);
    return entry;
  });
  out.patterns = record(field(from, 'patterns'), (p) => {
    const pattern = object(p);
    const entry: Plain = { regex: string(field(pattern, 'regex')), flags: string(field(pattern, 'flags')) };
    put(entry, 'description', mapOptional(pattern, 'description', string));
    return entry;
  });
  out.detectors = record(field(from, 'detectors'), (d) => {
    const detector = object(d);
    const uses = string(field(detector, 'uses'));
    const options = optional(detector, 'options');
    return { uses, options: options === undefined ? {} : record(options, unknownValue) };
  });
  out.rules = array(field(from, 'rules'), rule);
  out.examples = array(field(from, 'examples'), example);
  return out as unknown as PackIR;
}
