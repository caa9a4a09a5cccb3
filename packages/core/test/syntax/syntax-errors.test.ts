import { describe, expect, it } from 'vitest';
import { CompileError } from '../../src/diagnostics/compile-error.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { RESERVED_WORDS } from '../../src/syntax/keywords.js';
import { parse, safeParse } from '../../src/syntax/parse.js';

const HEADER = 'pack "p" version "1.0.0"\n';

function diagnostics(source: string): Diagnostic[] {
  const result = safeParse(source, { file: 'dept.prop' });
  if (result.ok) throw new Error('expected the source to fail');
  return result.diagnostics;
}

function only(source: string): Diagnostic {
  const ds = diagnostics(source);
  expect(ds).toHaveLength(1);
  return ds[0]!;
}

/** The diagnostic's essentials: code, message, line, column, help. */
function summary(d: Diagnostic) {
  return { code: d.code, message: d.message, line: d.location?.start.line, column: d.location?.start.column, help: d.help };
}

const CLAUSES = 'a rule clause (`severity`, `tags`, `cite`, `when`, `unless`, `say`, `advise`, `suggest` or `example`)';
const DECLARATIONS = 'a declaration (`terms`, `pattern`, `detector`, `rule`, `override` or `example`)';

describe('misspelt keywords', () => {
  it('names the clauses a rule accepts and suggests the closest', () => {
    expect(summary(only(`${HEADER}rule r {\n  severty block\n}`))).toEqual({
      code: 'syntax-error',
      message: `expected ${CLAUSES} or \`}\` but found \`severty\``,
      line: 3,
      column: 3,
      help: 'did you mean `severity`?',
    });
  });

  it('suggests example for exemple', () => {
    expect(only(`${HEADER}rule r {\n  exemple flags "x"\n}`).help).toBe('did you mean `example`?');
  });

  it('suggests terms for term at the top level', () => {
    expect(summary(only(`${HEADER}\nterm words { "a" }`))).toEqual({
      code: 'syntax-error',
      message: `expected a header line (\`title\`, \`source\` or \`extends\`), ${DECLARATIONS} or the end of the file but found \`term\``,
      line: 3,
      column: 1,
      help: 'did you mean `terms`?',
    });
  });

  it('suggests unless after a condition', () => {
    expect(summary(only(`${HEADER}rule r {\n  when text has x unles capacity is personal\n}`))).toEqual({
      code: 'syntax-error',
      message: `expected ${CLAUSES}, \`near\`, \`and\`, \`or\` or \`}\` but found \`unles\``,
      line: 3,
      column: 19,
      help: 'did you mean `unless`?',
    });
  });

  it('suggests a test word and a severity word', () => {
    expect(summary(only(`${HEADER}rule r { when text contain "x" }`))).toMatchObject({
      message: 'expected a test (`has`, `is`, `in`, `not in`, `before`, `after`, `between`, `exists` or `contains`) but found `contain`',
      help: 'did you mean `contains`?',
    });
    expect(summary(only(`${HEADER}rule r { severity reveiw }`))).toMatchObject({
      message: 'expected a severity (`block`, `review`, `advice` or `off`) but found `reveiw`',
      help: 'did you mean `review`?',
    });
  });

  it('offers no guess when nothing is close', () => {
    expect(only(`${HEADER}rule r { severity high }`).help).toBeUndefined();
  });
});

describe('missing pieces', () => {
  it('explains how a pack starts', () => {
    expect(summary(only('rule r {}'))).toEqual({
      code: 'syntax-error',
      message: 'expected a pack header but found `rule`',
      line: 1,
      column: 1,
      help: 'a pack starts with `pack "name" version "1.0.0"`',
    });
    expect(only('').message).toBe('expected a pack header but found the end of the file');
  });

  it('asks for the version', () => {
    expect(summary(only('pack "p"\nrule r {}'))).toMatchObject({ message: 'expected `version` but found `rule`', line: 2, column: 1 });
  });

  it('reports a rule left open at the end of the file', () => {
    expect(summary(only(`${HEADER}rule r {\n  say "x"\n`))).toMatchObject({
      message: `expected ${CLAUSES} or \`}\` but found the end of the file`,
      line: 4,
      column: 1,
    });
  });

  it('asks for a condition after and', () => {
    expect(summary(only(`${HEADER}rule r {\n  when text has x and\n}`))).toMatchObject({
      message: 'expected a condition such as `text has controversial` but found `}`',
      line: 4,
      column: 1,
    });
  });

  it('says a reserved word cannot be a name', () => {
    expect(summary(only(`${HEADER}rule and {}`))).toEqual({
      code: 'syntax-error',
      message: 'expected a name but found `and`',
      line: 2,
      column: 6,
      help: '`and` is a reserved word of the rules language; choose another name',
    });
  });

  it('shows a string that was not expected', () => {
    expect(only(`${HEADER}rule r { tags "political" }`).message).toBe('expected a name but found the string `"political"`');
  });
});

describe('strings, regular expressions and dates', () => {
  it('points at a string without its closing quote', () => {
    const d = only(`${HEADER}rule r {\n  say "hello\n  severity block\n}`);
    expect(summary(d)).toEqual({
      code: 'syntax-error',
      message: 'expected `"` to close this string but found the end of the line',
      line: 3,
      column: 7,
      help: 'this string has no closing `"`; strings end on the line they start on (write a line break as `\\n`)',
    });
    expect(d.location?.end).toMatchObject({ line: 3, column: 13 });
  });

  it('does not report the echo of an open string', () => {
    const ds = diagnostics(`${HEADER}rule r {\n  say "hello }\nrule s {}\n`);
    expect(ds.map((d) => d.message)).toEqual(['expected `"` to close this string but found the end of the line']);
  });

  it('reports an unknown escape', () => {
    expect(summary(only(`${HEADER}rule r { say "a\\qb" }`))).toMatchObject({ message: 'unknown escape `\\q` in a string', line: 2, column: 16 });
    expect(only(`${HEADER}rule r { say "\\u{110000}" }`).message).toBe('unknown escape `\\u{110000}` in a string');
  });

  it('reports a regular expression without its closing slash', () => {
    expect(summary(only(`${HEADER}pattern p /abc\n`))).toEqual({
      code: 'syntax-error',
      message: 'expected `/` to close this regular expression but found the end of the line',
      line: 2,
      column: 11,
      help: 'this regular expression has no closing `/`; write a `/` inside it as `\\/`',
    });
  });

  it('reports an empty regular expression', () => {
    expect(summary(only(`${HEADER}pattern p //i\n`))).toMatchObject({
      message: 'expected a regular expression between the slashes but found `//`',
      line: 2,
      column: 11,
    });
  });

  it('reports impossible dates with the reason', () => {
    const at = (date: string) => summary(only(`${HEADER}rule r {\n  when at before ${date}\n}`));
    expect(at('2026-13-01')).toEqual({
      code: 'syntax-error',
      message: '`2026-13-01` is not a date: there is no month 13',
      line: 3,
      column: 18,
      help: 'months run from `01` to `12`, written `YYYY-MM-DD`',
    });
    expect(at('2026-04-31')).toMatchObject({ message: '`2026-04-31` is not a date: April 2026 has 30 days', help: 'days of that month run from `01` to `30`' });
    expect(at('2026-04-01T25:00:00Z').message).toBe('`2026-04-01T25:00:00Z` is not a valid time');
    expect(at('2026-04-01T09:00:00+24:00').message).toBe('`2026-04-01T09:00:00+24:00` has an impossible time zone offset');
    expect(at('2026-04-01T09:00')).toMatchObject({
      message: '`2026-04-01T09:00` has a time but no time zone',
      help: 'add `Z` for UTC or an offset such as `+01:00`, so the time means the same everywhere',
    });
    expect(at('2026-4-1')).toMatchObject({
      message: 'expected a date such as `2026-04-01` but found `2026-4-1`',
      help: 'write dates as `YYYY-MM-DD`, or with a time as `YYYY-MM-DDTHH:MM:SSZ`',
    });
  });
});

describe('duplicates', () => {
  it('reports a clause written twice, pointing at the first', () => {
    const d = only(`${HEADER}rule r {\n  say "a"\n  say "b"\n}`);
    expect(summary(d)).toEqual({
      code: 'duplicate-clause',
      message: 'this rule already has a `say` clause',
      line: 4,
      column: 3,
      help: 'a rule takes each clause once, except `example`; keep one of them',
    });
    expect(d.notes).toEqual([{ message: 'the first `say` clause is here', location: expect.objectContaining({ start: expect.objectContaining({ line: 3, column: 3 }) }) }]);
  });

  it('reports a header line written twice', () => {
    const d = only('pack "p" version "1"\n  extends "a"\n  extends "b"\n');
    expect(summary(d)).toEqual({
      code: 'duplicate-header-item',
      message: 'the pack header already has an `extends` line',
      line: 3,
      column: 3,
      help: 'list every pack this one extends in one line: `extends "a", "b"`',
    });
  });
});

describe('several mistakes', () => {
  it('reports one syntax error per declaration and every slip, in source order', () => {
    const ds = diagnostics(
      `${HEADER}rule a {\n  severty block\n}\n\nrule b {\n  when at before 2026-02-30\n  say "x"\n}\n\nterm t { "x" }\n\nrule c {\n  unles text exists\n}\n`,
    );
    expect(ds.map((d) => [d.location?.start.line, d.help ?? d.message])).toEqual([
      [3, 'did you mean `severity`?'],
      [7, 'days of that month run from `01` to `28`'],
      [11, 'did you mean `terms`?'],
      [14, 'did you mean `unless`?'],
    ]);
  });

  it('resumes after a declaration left unfinished', () => {
    const ds = diagnostics(`${HEADER}rule a {\n  say "x"\nrule b {\n  severity blok\n}\n`);
    expect(ds.map((d) => [d.location?.start.line, d.location?.start.column])).toEqual([
      [4, 1],
      [5, 12],
    ]);
  });
});

describe('parse', () => {
  it('throws a CompileError listing every diagnostic with file, line and column', () => {
    let caught: unknown;
    try {
      parse(`${HEADER}rule r {\n  severty block\n  when at before 2026-13-01\n}`, { file: 'dept.prop' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CompileError);
    const error = caught as CompileError;
    expect(error.diagnostics.map((d) => d.code)).toEqual(['syntax-error']);
    expect(error.message).toBe(`dept.prop:3:3: error[syntax-error]: expected ${CLAUSES} or \`}\` but found \`severty\``);
  });

  it('rejects every reserved word as a name and accepts words that merely start with one', () => {
    for (const word of RESERVED_WORDS) {
      expect(safeParse(`${HEADER}rule ${word} {}`).ok, word).toBe(false);
      expect(safeParse(`${HEADER}rule ${word}x {}`).ok, `${word}x`).toBe(true);
    }
    expect(safeParse(`${HEADER}rule rules {}`).ok).toBe(true);
  });
});
