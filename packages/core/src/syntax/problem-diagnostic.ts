import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ParseProblem } from './parse-problem.js';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const CLAUSE_NOUN: Record<string, string> = {
  title: 'a `title`',
  source: 'a `source`',
  extends: 'an `extends` line',
};

/** Words a slip the grammar read past (see {@link ParseProblem}) as a diagnostic. */
export function problemDiagnostic(problem: ParseProblem): Diagnostic {
  const base = { severity: 'error' as const, location: problem.location };
  switch (problem.code) {
    case 'unterminated-string':
      return {
        ...base,
        code: 'syntax-error',
        message: 'expected `"` to close this string but found the end of the line',
        help: 'this string has no closing `"`; strings end on the line they start on (write a line break as `\\n`)',
      };
    case 'unterminated-regex':
      return {
        ...base,
        code: 'syntax-error',
        message: 'expected `/` to close this regular expression but found the end of the line',
        help: 'this regular expression has no closing `/`; write a `/` inside it as `\\/`',
      };
    case 'empty-regex':
      return {
        ...base,
        code: 'syntax-error',
        message: 'expected a regular expression between the slashes but found `//`',
        help: 'write the expression between the slashes, as in `/CASE-[0-9]{6}/`',
      };
    case 'invalid-escape':
      return {
        ...base,
        code: 'syntax-error',
        message: `unknown escape \`${problem.text}\` in a string`,
        help: 'the escapes are `\\"`, `\\\\`, `\\n`, `\\t` and `\\u{…}` with up to six hex digits up to `10FFFF`; write a backslash as `\\\\`',
      };
    case 'invalid-date':
      return { ...base, code: 'syntax-error', ...dateWording(problem) };
    case 'duplicate-clause':
      return {
        ...base,
        code: 'duplicate-clause',
        message: `this rule already has a \`${problem.clause}\` clause`,
        notes: [{ message: `the first \`${problem.clause}\` clause is here`, location: problem.first }],
        help: 'a rule takes each clause once, except `example`; keep one of them',
      };
    case 'duplicate-header-item':
      return {
        ...base,
        code: 'duplicate-header-item',
        message: `the pack header already has ${CLAUSE_NOUN[problem.item] ?? `\`${problem.item}\``}`,
        notes: [{ message: `the first \`${problem.item}\` is here`, location: problem.first }],
        help:
          problem.item === 'extends'
            ? 'list every pack this one extends in one line: `extends "a", "b"`'
            : 'keep one of them',
      };
  }
}

function dateWording(problem: Extract<ParseProblem, { code: 'invalid-date' }>): Pick<Diagnostic, 'message' | 'help'> {
  const text = `\`${problem.text}\``;
  switch (problem.reason) {
    case 'month':
      return {
        message: `${text} is not a date: there is no month ${problem.month ?? '?'}`,
        help: 'months run from `01` to `12`, written `YYYY-MM-DD`',
      };
    case 'day':
      return {
        message: `${text} is not a date: ${MONTHS[(problem.month ?? 1) - 1]} ${problem.year ?? ''} has ${problem.days ?? '?'} days`,
        help: `days of that month run from \`01\` to \`${String(problem.days ?? '').padStart(2, '0')}\``,
      };
    case 'time':
      return {
        message: `${text} is not a valid time`,
        help: 'hours run from `00` to `23`, minutes and seconds from `00` to `59`',
      };
    case 'zone':
      return {
        message: `${text} has an impossible time zone offset`,
        help: 'write the offset as `+HH:MM` or `-HH:MM` with hours up to `23`, or `Z` for UTC',
      };
    case 'no-zone':
      return {
        message: `${text} has a time but no time zone`,
        help: 'add `Z` for UTC or an offset such as `+01:00`, so the time means the same everywhere',
      };
    case 'shape':
      return {
        message: `expected a date such as \`2026-04-01\` but found ${text}`,
        help: 'write dates as `YYYY-MM-DD`, or with a time as `YYYY-MM-DDTHH:MM:SSZ`',
      };
  }
}
