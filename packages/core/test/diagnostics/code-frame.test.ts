import { describe, expect, it } from 'vitest';
import type { SourceRange } from '../../src/ast/nodes.js';
import { formatDiagnostic, formatDiagnostics } from '../../src/diagnostics/code-frame.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { safeParse } from '../../src/syntax/parse.js';
import { positionAt } from '../../src/syntax/source-position.js';

/** The range of the `occurrence`-th `needle` in `text`. */
function rangeOf(text: string, needle: string, file = 'packs/dept.prop', occurrence = 1): SourceRange {
  let at = -1;
  for (let i = 0; i < occurrence; i++) at = text.indexOf(needle, at + 1);
  if (at === -1) throw new Error(`no ${needle}`);
  return { source: file, start: positionAt(text, at), end: positionAt(text, at + needle.length) };
}

const PACK = `pack "dept" version "1.0.0"

terms controversial { "brexit" }

rule politics {
  severity review
  say "Political"
  when text has controversal
}
`.replace(/^/, '\n'.repeat(3));

describe('formatDiagnostic', () => {
  it('prints the rustc-style frame with help', () => {
    const d: Diagnostic = {
      code: 'unknown-term-list',
      severity: 'error',
      message: 'unknown term list `controversal`',
      location: rangeOf(PACK, 'controversal'),
      help: 'did you mean `controversial`?',
    };
    expect(formatDiagnostic(d, PACK)).toMatchInlineSnapshot(`
      "error[unknown-term-list]: unknown term list \`controversal\`
        --> packs/dept.prop:11:17
         |
      11 |   when text has controversal
         |                 ^^^^^^^^^^^^
         = help: did you mean \`controversial\`?"
    `);
  });

  it('frames located notes on their own and lists the others', () => {
    const d: Diagnostic = {
      code: 'duplicate-rule',
      severity: 'warning',
      message: 'the rule `politics` is declared twice',
      location: rangeOf(PACK, 'severity review'),
      notes: [
        { message: 'the term list is declared here', location: rangeOf(PACK, 'controversial') },
        { message: 'rules are matched by id' },
      ],
    };
    expect(formatDiagnostic(d, { 'packs/dept.prop': PACK })).toMatchInlineSnapshot(`
      "warning[duplicate-rule]: the rule \`politics\` is declared twice
       --> packs/dept.prop:9:3
        |
      9 |   severity review
        |   ^^^^^^^^^^^^^^^
        |
      note: the term list is declared here
       --> packs/dept.prop:6:7
        |
      6 | terms controversial { "brexit" }
        |       ^^^^^^^^^^^^^
        = note: rules are matched by id"
    `);
  });

  it('lines up carets after tabs', () => {
    const text = 'pack "a" version "1"\nrule r {\n\t\twhen\ttext has x\n}\n';
    const d: Diagnostic = { code: 'c', severity: 'error', message: 'm', location: rangeOf(text, 'text has x') };
    expect(formatDiagnostic(d, text)).toMatchInlineSnapshot(`
      "error[c]: m
       --> packs/dept.prop:3:8
        |
      3 |         when    text has x
        |                 ^^^^^^^^^^"
    `);
  });

  it('drops the carriage return of CRLF lines', () => {
    const text = 'pack "a" version "1"\r\nrule r {\r\n  say "x"\r\n}\r\n';
    const d: Diagnostic = { code: 'c', severity: 'error', message: 'm', location: rangeOf(text, 'say "x"') };
    const frame = formatDiagnostic(d, text);
    expect(frame).not.toContain('\r');
    expect(frame).toMatchInlineSnapshot(`
      "error[c]: m
       --> packs/dept.prop:3:3
        |
      3 |   say "x"
        |   ^^^^^^^"
    `);
  });

  it('underlines a range over several lines to the end of its first line', () => {
    const text = 'pack "a" version "1"\nrule r {\n  when text has x\n    and text has y\n}\n';
    const start = text.indexOf('text has x');
    const end = text.indexOf('y\n') + 1;
    const d: Diagnostic = {
      code: 'c', severity: 'error', message: 'm',
      location: { source: 'a.prop', start: positionAt(text, start), end: positionAt(text, end) },
    };
    expect(formatDiagnostic(d, text)).toMatchInlineSnapshot(`
      "error[c]: m
       --> a.prop:3:8
        |
      3 |   when text has x
        |        ^^^^^^^^^^"
    `);
  });

  it('shows one caret at the end of the file', () => {
    const result = safeParse('pack "a" version "1"\nrule r {\n', { file: 'a.prop' });
    if (result.ok) throw new Error('expected an error');
    expect(formatDiagnostic(result.diagnostics[0]!, 'pack "a" version "1"\nrule r {\n')).toMatchInlineSnapshot(`
      "error[syntax-error]: expected a rule clause (\`severity\`, \`tags\`, \`cite\`, \`when\`, \`unless\`, \`say\`, \`advise\`, \`suggest\` or \`example\`) or \`}\` but found the end of the file
       --> a.prop:3:1
        |
      3 |
        | ^"
    `);
  });

  it('prints only the place when the source is unknown', () => {
    const d: Diagnostic = { code: 'c', severity: 'error', message: 'm', location: rangeOf(PACK, 'politics'), help: 'h' };
    expect(formatDiagnostic(d)).toMatchInlineSnapshot(`
      "error[c]: m
       --> packs/dept.prop:8:6
        = help: h"
    `);
    expect(formatDiagnostic({ code: 'c', severity: 'error', message: 'no place' })).toBe('error[c]: no place');
  });

  it('widens the gutter for the largest line number', () => {
    const text = `${'\n'.repeat(120)}rule r {}\n`;
    const d: Diagnostic = {
      code: 'c', severity: 'error', message: 'm', location: rangeOf(text, 'r {', 'x.prop'),
      notes: [{ message: 'n', location: { source: 'x.prop', start: positionAt(text, 0), end: positionAt(text, 0) } }],
    };
    expect(formatDiagnostic(d, text)).toMatchInlineSnapshot(`
      "error[c]: m
         --> x.prop:121:6
          |
      121 | rule r {}
          |      ^^^
          |
      note: n
         --> x.prop:1:1
          |
        1 |
          | ^"
    `);
  });
});

describe('formatDiagnostics', () => {
  it('separates diagnostics by a blank line and finds each file', () => {
    const a = 'pack "a" version "1"\nrule x {}\n';
    const b = 'pack "b" version "1"\nrule y {}\n';
    const ds: Diagnostic[] = [
      { code: 'one', severity: 'error', message: 'first', location: rangeOf(a, 'x', 'a.prop') },
      { code: 'two', severity: 'error', message: 'second', location: rangeOf(b, 'y', 'b.prop') },
    ];
    expect(formatDiagnostics(ds, { 'a.prop': a, 'b.prop': b })).toMatchInlineSnapshot(`
      "error[one]: first
       --> a.prop:2:6
        |
      2 | rule x {}
        |      ^

      error[two]: second
       --> b.prop:2:6
        |
      2 | rule y {}
        |      ^"
    `);
  });

  it('frames a real syntax error', () => {
    const text = 'pack "p" version "1.0.0"\nrule r {\n  severty block\n}\n';
    const result = safeParse(text, { file: 'p.prop' });
    if (result.ok) throw new Error('expected an error');
    expect(formatDiagnostics(result.diagnostics, text)).toMatchInlineSnapshot(`
      "error[syntax-error]: expected a rule clause (\`severity\`, \`tags\`, \`cite\`, \`when\`, \`unless\`, \`say\`, \`advise\`, \`suggest\` or \`example\`) or \`}\` but found \`severty\`
       --> p.prop:3:3
        |
      3 |   severty block
        |   ^^^^^^^
        = help: did you mean \`severity\`?"
    `);
  });
});
