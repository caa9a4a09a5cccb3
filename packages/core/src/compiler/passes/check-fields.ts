import type { Test } from '../../ast/nodes.js';
import type { FieldInfo, FieldKind } from '../../schema/fields.js';
import type { CheckContext } from '../context.js';
import { checkDate } from '../dates.js';
import {
  checkDateLiteral,
  checkScalarValue,
  describeFieldKind,
  lookUpField,
  pathOf,
  writtenValue,
} from '../field-values.js';
import type { Session } from '../session.js';
import { forEachBodyTest, ruleBodies } from '../walk.js';

/** The keyword of each test, as the author wrote it. */
function keywordOf(test: Test): string {
  switch (test.type) {
    case 'Has':
      return 'has';
    case 'Is':
      return test.negated ? 'is not' : 'is';
    case 'In':
      return test.negated ? 'not in' : 'in';
    case 'DateTest':
      return test.operator;
    case 'Exists':
      return 'exists';
    case 'Contains':
      return 'contains';
  }
}

/** Which field kinds each test applies to (`exists` applies to all). */
const APPLIES_TO: Record<Exclude<Test['type'], 'Exists'>, readonly FieldKind[]> = {
  Has: ['text', 'string'],
  Is: ['enum', 'string', 'boolean'],
  In: ['enum', 'string'],
  DateTest: ['date'],
  Contains: ['list'],
};

/**
 * Checks the field of every test in `when` and `unless`: that it exists, that
 * the test applies to its kind (`has` to text, `is` to words and booleans,
 * `before` to dates, `contains` to lists) and that the values compared with
 * it fit (a platform from the list, a real date, dates of `between` in order).
 */
export function checkFields(ctx: CheckContext): void {
  for (const { body } of ruleBodies(ctx.pack)) {
    forEachBodyTest(body, (test) => checkTest(ctx.session, test));
  }
}

function checkTest(session: Session, test: Test): void {
  const info = lookUpField(session, test.field);
  const path = pathOf(test.field);
  // Dates are checked against the calendar even on an unknown field: both problems get reported.
  if (info === undefined) {
    if (test.type === 'DateTest') checkDates(session, test);
    return;
  }
  if (test.type !== 'Exists' && !APPLIES_TO[test.type].includes(info.kind)) {
    session.error(
      'test-not-applicable',
      `\`${keywordOf(test)}\` does not apply to \`${path}\`, which is ${describeFieldKind(info)}`,
      test,
      { help: testHelp(path, info) },
    );
    if (test.type === 'DateTest') checkDates(session, test);
    return;
  }
  switch (test.type) {
    case 'Is':
      checkScalarValue(session, path, info, test.value);
      break;
    case 'In':
      for (const value of test.values) checkScalarValue(session, path, info, value);
      break;
    case 'DateTest':
      checkDates(session, test);
      break;
    case 'Contains':
      if (test.value.type !== 'String' && test.value.type !== 'Identifier') {
        session.error(
          'wrong-kind',
          `\`contains\` looks for a word in \`${path}\`, so it cannot look for \`${writtenValue(test.value)}\``,
          test.value,
          { help: `write the word in quotes, such as \`${path} contains "housing"\`` },
        );
      }
      break;
    default:
      break;
  }
}

/** Checks the dates of `before`, `after` and `between`, and that `between` goes forwards. */
function checkDates(session: Session, test: Extract<Test, { type: 'DateTest' }>): void {
  const fromOk = checkDateLiteral(session, test.from.value, test.from);
  if (test.to === undefined) return;
  const toOk = checkDateLiteral(session, test.to.value, test.to);
  if (!fromOk || !toOk) return;
  const from = checkDate(test.from.value);
  const to = checkDate(test.to.value);
  if (from.ok && to.ok && from.instant > to.instant) {
    session.error(
      'reversed-date-range',
      `\`between ${test.from.value} and ${test.to.value}\` can never hold, because \`${test.from.value}\` is after \`${test.to.value}\``,
      test,
      { help: `write the earlier date first: \`between ${test.to.value} and ${test.from.value}\`` },
    );
  }
}

/** What test to write on a field of this kind instead. */
function testHelp(path: string, info: FieldInfo): string {
  switch (info.kind) {
    case 'text':
      return `look for something in it with \`has\`, such as \`${path} has controversial\``;
    case 'string':
      return `compare it with \`is\` or \`in\`, such as \`${path} is "…"\`, or look inside it with \`has\``;
    case 'enum':
      return `compare it with \`is\` or \`in\`, such as \`${path} is ${info.values?.[0] ?? '…'}\``;
    case 'boolean':
      return `write \`${path} is true\` or \`${path} is false\``;
    case 'date':
      return `compare it with \`before\`, \`after\` or \`between\`, such as \`${path} after 2026-04-01\``;
    case 'list':
      return `look for a word in it with \`contains\`, such as \`${path} contains "housing"\``;
    case 'object':
      return `test one of its fields, or test that it is there with \`${path} exists\``;
  }
}
