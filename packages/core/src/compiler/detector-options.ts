import { z } from 'zod';
import type { DetectorDeclaration, Value, ValueList } from '../ast/nodes.js';

/** The JSON value of a literal: words and dates become strings, lists arrays. */
export function literalValue(value: Value | ValueList): unknown {
  switch (value.type) {
    case 'Identifier':
      return value.name;
    case 'ValueList':
      return value.values.map(literalValue);
    default:
      return value.value;
  }
}

/**
 * The options written in `with { … }`, as a plain object in the order
 * written; the first of a repeated key wins. Built with `Object.fromEntries`
 * so that no key can reach the object's prototype.
 */
export function writtenOptions(declaration: DetectorDeclaration): Record<string, unknown> {
  const entries = new Map<string, unknown>();
  for (const option of declaration.options) {
    if (!entries.has(option.key.name)) entries.set(option.key.name, literalValue(option.value));
  }
  return Object.fromEntries(entries);
}

/**
 * The option names a detector's options schema declares, when it is an
 * object schema (possibly wrapped in a default, optional or pipe); undefined
 * when the schema does not say.
 */
export function declaredOptionNames(schema: z.ZodType): string[] | undefined {
  let current: unknown = schema;
  for (let depth = 0; depth < 8; depth++) {
    if (current instanceof z.ZodObject) return Object.keys(current.shape);
    if (current instanceof z.ZodDefault || current instanceof z.ZodOptional || current instanceof z.ZodPrefault) {
      current = current.unwrap();
    } else if (current instanceof z.ZodPipe) {
      current = current.in;
    } else {
      return undefined;
    }
  }
  return undefined;
}
