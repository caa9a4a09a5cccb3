import type { Condition, DateLiteral, FieldPath, Identifier, SourceRange, Test, Value } from '../ast/nodes.js';
import { condition, printClause } from '../ast/print.js';
import type { ConditionIR } from '../ir/schema.js';
import { RESERVED_WORDS } from '../syntax/keywords.js';

/**
 * A compiled condition written back in the DSL's own words, on one line, with
 * the fewest parentheses its precedence needs (`or` < `and` < `not`):
 * `text has controversial and capacity is personal`. Words that can be
 * written bare (enum values such as `personal`) come back bare, as do
 * booleans and numbers; other strings are quoted. It compiles back to the
 * same condition.
 */
export function conditionText(c: ConditionIR): string {
  return condition(toSyntax(c));
}

/**
 * `when …` or `unless …` for a compiled condition, broken over lines the way
 * the formatter breaks a long condition in a pack.
 */
export function conditionClause(keyword: 'when' | 'unless', c: ConditionIR): string {
  return printClause(keyword, toSyntax(c));
}

// The printer reads only the shape of the tree; the places are never used.
const NOWHERE: SourceRange = { start: { offset: 0, line: 1, column: 1 }, end: { offset: 0, line: 1, column: 1 } };

/** The syntax tree a compiled condition could have been written as. */
function toSyntax(c: ConditionIR): Condition {
  switch (c.op) {
    case 'and':
      return { type: 'And', operands: c.args.map(toSyntax), location: NOWHERE };
    case 'or':
      return { type: 'Or', operands: c.args.map(toSyntax), location: NOWHERE };
    case 'not':
      return { type: 'Not', operand: toSyntax(c.arg), location: NOWHERE };
    default:
      return toTest(c);
  }
}

function toTest(c: Exclude<ConditionIR, { op: 'and' | 'or' | 'not' }>): Test {
  const field = fieldPath(c.field);
  switch (c.op) {
    case 'has': {
      const test: Test = { type: 'Has', field, source: identifier(c.source.id), location: NOWHERE };
      if (c.atLeast !== undefined) test.atLeast = { type: 'Number', value: c.atLeast, location: NOWHERE };
      if (c.near !== undefined) {
        test.near = { source: identifier(c.near.source.id), within: { type: 'Number', value: c.near.within, location: NOWHERE } };
      }
      return test;
    }
    case 'is':
      return { type: 'Is', field, negated: c.negated === true, value: scalar(c.value), location: NOWHERE };
    case 'in':
      return { type: 'In', field, negated: c.negated === true, values: c.values.map(scalar), location: NOWHERE };
    case 'before':
    case 'after':
      return { type: 'DateTest', field, operator: c.op, from: date(c.date), location: NOWHERE };
    case 'between':
      return { type: 'DateTest', field, operator: 'between', from: date(c.from), to: date(c.to), location: NOWHERE };
    case 'exists':
      return { type: 'Exists', field, location: NOWHERE };
    case 'contains':
      return { type: 'Contains', field, value: { type: 'String', value: c.value, location: NOWHERE }, location: NOWHERE };
  }
}

function fieldPath(path: string): FieldPath {
  return { type: 'FieldPath', segments: path.split('.'), location: NOWHERE };
}

function identifier(name: string): Identifier {
  return { type: 'Identifier', name, location: NOWHERE };
}

function date(value: string): DateLiteral {
  return { type: 'Date', value, location: NOWHERE };
}

/** A value as it would be written: an enum-like word bare, any other string quoted. */
function scalar(v: string | number | boolean): Value {
  if (typeof v === 'number') return { type: 'Number', value: v, location: NOWHERE };
  if (typeof v === 'boolean') return { type: 'Boolean', value: v, location: NOWHERE };
  return /^[a-z][a-z0-9-]*$/.test(v) && !RESERVED_WORDS.includes(v)
    ? identifier(v)
    : { type: 'String', value: v, location: NOWHERE };
}
