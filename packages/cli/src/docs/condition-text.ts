import type { ConditionIR } from '@propriety/core';

type Precedence = 0 | 1 | 2 | 3;
const OR: Precedence = 0;
const AND: Precedence = 1;
const NOT: Precedence = 2;
const TEST: Precedence = 3;

/**
 * A compiled condition written back in the DSL's own words, with the fewest
 * parentheses its precedence needs (`or` < `and` < `not`):
 * `text has controversial and capacity is personal`. Values that were
 * written bare (enum words, booleans, numbers) come back bare; other
 * strings are quoted.
 */
export function conditionText(condition: ConditionIR): string {
  return write(condition, OR);
}

function write(c: ConditionIR, context: Precedence): string {
  const [text, own] = render(c);
  return own < context ? `(${text})` : text;
}

function render(c: ConditionIR): [string, Precedence] {
  switch (c.op) {
    case 'or':
      return [c.args.map((arg) => write(arg, AND)).join(' or '), OR];
    case 'and':
      return [c.args.map((arg) => write(arg, NOT)).join(' and '), AND];
    case 'not':
      return [`not ${write(c.arg, NOT)}`, NOT];
    case 'has': {
      const count = c.atLeast !== undefined ? `at least ${c.atLeast} ` : '';
      const near = c.near !== undefined ? ` near ${c.near.source.id} within ${c.near.within} words` : '';
      return [`${c.field} has ${count}${c.source.id}${near}`, TEST];
    }
    case 'is':
      return [`${c.field} is ${c.negated === true ? 'not ' : ''}${value(c.value)}`, TEST];
    case 'in':
      return [`${c.field} ${c.negated === true ? 'not in' : 'in'} { ${c.values.map(value).join(', ')} }`, TEST];
    case 'before':
    case 'after':
      return [`${c.field} ${c.op} ${c.date}`, TEST];
    case 'between':
      return [`${c.field} between ${c.from} and ${c.to}`, TEST];
    case 'exists':
      return [`${c.field} exists`, TEST];
    case 'contains':
      return [`${c.field} contains ${JSON.stringify(c.value)}`, TEST];
  }
}

function value(v: string | number | boolean): string {
  if (typeof v !== 'string') return String(v);
  return /^[a-z][a-z0-9-]*$/.test(v) ? v : JSON.stringify(v);
}
