import type { ConditionIR } from '../ir/schema.js';
import { fieldInfo } from '../schema/read-field.js';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const cache = new WeakMap<ConditionIR, string>();

/**
 * Writes a compiled condition back as DSL text, for explanations:
 * `text has controversial and capacity is personal`. Parentheses are added
 * only where precedence (`or` looser than `and`, looser than `not`) needs them.
 */
export function describeCondition(condition: ConditionIR): string {
  let text = cache.get(condition);
  if (text === undefined) {
    text = describe(condition);
    cache.set(condition, text);
  }
  return text;
}

function describe(condition: ConditionIR): string {
  switch (condition.op) {
    case 'and':
      return condition.args.map((arg) => (arg.op === 'or' ? `(${describeCondition(arg)})` : describeCondition(arg))).join(' and ');
    case 'or':
      return condition.args.map(describeCondition).join(' or ');
    case 'not':
      return `not ${condition.arg.op === 'and' || condition.arg.op === 'or' ? `(${describeCondition(condition.arg)})` : describeCondition(condition.arg)}`;
    case 'has': {
      const count = condition.atLeast === undefined ? '' : `at least ${condition.atLeast} `;
      const near = condition.near === undefined ? '' : ` near ${condition.near.source.id} within ${condition.near.within} words`;
      return `${condition.field} has ${count}${condition.source.id}${near}`;
    }
    case 'is':
      return `${condition.field} is ${condition.negated === true ? 'not ' : ''}${value(condition.field, condition.value)}`;
    case 'in':
      return `${condition.field} ${condition.negated === true ? 'not ' : ''}in { ${condition.values.map((v) => value(condition.field, v)).join(', ')} }`;
    case 'before':
    case 'after':
      return `${condition.field} ${condition.op} ${condition.date}`;
    case 'between':
      return `${condition.field} between ${condition.from} and ${condition.to}`;
    case 'exists':
      return `${condition.field} exists`;
    case 'contains':
      return `${condition.field} contains ${JSON.stringify(condition.value)}`;
  }
}

/** Words of a fixed-choice field are written bare (`capacity is personal`); other strings are quoted. */
function value(field: string, v: string | number | boolean): string {
  if (typeof v !== 'string') return String(v);
  const kind = fieldInfo(field)?.kind;
  if ((kind === 'enum' || kind === 'boolean') && IDENTIFIER.test(v)) return v;
  return JSON.stringify(v);
}
