import type { ConditionIR, PackIR } from '../ir/schema.js';
import { fieldInfo } from '../schema/read-field.js';
import { FIELDS, type FieldKind } from '../schema/fields.js';
import { didYouMean } from './closest-name.js';
import { compareDates, parseDate } from './dates.js';
import type { Issue } from './issues.js';
import { conditionDepth, conditionsIn } from './walk-condition.js';

/** Deeper conditions are refused: no pack needs them, and evaluation recurses once per level. */
export const MAX_CONDITION_DEPTH = 64;

/** Which field kinds each test may be applied to; the grammar's table of conditions. */
const KINDS_FOR: Record<ConditionIR['op'], readonly FieldKind[] | undefined> = {
  and: undefined,
  or: undefined,
  not: undefined,
  has: ['text', 'string'],
  is: ['enum', 'string', 'boolean'],
  in: ['enum', 'string'],
  before: ['date'],
  after: ['date'],
  between: ['date'],
  exists: ['text', 'enum', 'string', 'boolean', 'date', 'list', 'object'],
  contains: ['list'],
};

const KIND_WORDS: Record<FieldKind, string> = {
  text: 'a text',
  enum: 'a fixed choice',
  string: 'a short string',
  boolean: 'true or false',
  date: 'a date',
  list: 'a list',
  object: 'a group of fields',
};

/**
 * The checks a compiler would have made, made again on IR an engine did not
 * compile itself: rule ids are unique, every field exists and suits its test,
 * every term list, pattern and detector named exists, values of fixed-choice
 * fields are among the choices, and dates are real dates in order.
 *
 * @param isDetector - whether a detector id can be resolved (declared in the IR or registered)
 */
export function validateRules(ir: PackIR, isDetector: (id: string) => boolean): Issue[] {
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  const termLists = Object.keys(ir.termLists);
  const patterns = Object.keys(ir.patterns);
  ir.rules.forEach((rule, index) => {
    const first = seen.get(rule.id);
    if (first !== undefined) {
      issues.push({ path: `rules.${index}.id`, message: `repeats the rule id \`${rule.id}\` of \`rules.${first}\`` });
    } else {
      seen.set(rule.id, index);
    }
    for (const [part, root] of [['when', rule.when], ['unless', rule.unless]] as const) {
      if (root === undefined) continue;
      const rootPath = `rules.${index}.${part}`;
      if (conditionDepth(root) > MAX_CONDITION_DEPTH) {
        issues.push({ path: rootPath, message: `nests conditions more than ${MAX_CONDITION_DEPTH} deep` });
        continue;
      }
      for (const { condition, path } of conditionsIn(root, rootPath)) {
        checkCondition(condition, path, issues, { termLists, patterns, ir, isDetector });
      }
    }
  });
  return issues;
}

interface Names {
  termLists: string[];
  patterns: string[];
  ir: PackIR;
  isDetector: (id: string) => boolean;
}

function checkCondition(condition: ConditionIR, path: string, issues: Issue[], names: Names): void {
  const allowed = KINDS_FOR[condition.op];
  if (allowed === undefined || !('field' in condition)) return;
  const info = fieldInfo(condition.field);
  if (info === undefined) {
    issues.push({
      path: `${path}.field`,
      message: `names the unknown field \`${condition.field}\`${didYouMean(condition.field, Object.keys(FIELDS))}`,
    });
    return;
  }
  if (!allowed.includes(info.kind)) {
    issues.push({
      path: `${path}.op`,
      message: `\`${condition.op}\` cannot test \`${condition.field}\`, which is ${KIND_WORDS[info.kind]}`,
    });
    return;
  }
  switch (condition.op) {
    case 'has':
      checkSource(condition.source, `${path}.source`, issues, names);
      if (condition.near !== undefined) checkSource(condition.near.source, `${path}.near.source`, issues, names);
      break;
    case 'is':
      checkValue(condition.value, `${path}.value`, info.kind, info.values, issues);
      break;
    case 'in':
      condition.values.forEach((value, i) => checkValue(value, `${path}.values.${i}`, info.kind, info.values, issues));
      break;
    case 'before':
    case 'after':
      checkDate(condition.date, `${path}.date`, issues);
      break;
    case 'between': {
      const from = checkDate(condition.from, `${path}.from`, issues);
      const to = checkDate(condition.to, `${path}.to`, issues);
      if (from !== undefined && to !== undefined && compareDates(from, to) > 0) {
        issues.push({ path: `${path}.to`, message: `ends at \`${condition.to}\`, before it starts at \`${condition.from}\`` });
      }
      break;
    }
    default:
      break;
  }
}

function checkSource(
  source: { kind: 'terms' | 'pattern' | 'detector'; id: string },
  path: string,
  issues: Issue[],
  names: Names,
): void {
  const { kind, id } = source;
  if (kind === 'terms' && !Object.hasOwn(names.ir.termLists, id)) {
    issues.push({ path: `${path}.id`, message: `names the unknown term list \`${id}\`${didYouMean(id, names.termLists)}` });
  } else if (kind === 'pattern' && !Object.hasOwn(names.ir.patterns, id)) {
    issues.push({ path: `${path}.id`, message: `names the unknown pattern \`${id}\`${didYouMean(id, names.patterns)}` });
  } else if (kind === 'detector' && !names.isDetector(id)) {
    issues.push({
      path: `${path}.id`,
      message: `names the unknown detector \`${id}\`${didYouMean(id, Object.keys(names.ir.detectors))}`,
    });
  }
}

function checkValue(
  value: string | number | boolean,
  path: string,
  kind: FieldKind,
  choices: readonly string[] | undefined,
  issues: Issue[],
): void {
  if (kind === 'boolean') {
    if (typeof value !== 'boolean' && value !== 'true' && value !== 'false') {
      issues.push({ path, message: `must be \`true\` or \`false\`, not \`${String(value)}\`` });
    }
  } else if (kind === 'enum' && choices !== undefined) {
    const word = String(value).toLowerCase();
    if (!choices.includes(word)) {
      issues.push({
        path,
        message: `\`${String(value)}\` is not one of ${choices.map((c) => `\`${c}\``).join(', ')}${didYouMean(String(value), choices)}`,
      });
    }
  }
}

function checkDate(text: string, path: string, issues: Issue[]) {
  const date = parseDate(text);
  if (date === undefined) {
    issues.push({ path, message: `\`${text}\` is not a date; write it as \`2026-04-01\` or \`2026-04-01T09:00:00Z\`` });
  }
  return date;
}
