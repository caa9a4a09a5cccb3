import { describe, expect, it } from 'vitest';
import { safeCompile } from '../../src/compiler/compile.js';
import { positionOf } from './helpers.js';

const PARENT = `pack "uk.parent" version "1.0.0"
  source "Guidance"
terms controversial { "brexit" }
rule permanence { severity advice when text has link say "Posts last" }
`;

// One pack, one mistake of each kind, in no particular order of passes.
const SOURCE = `pack "uk.child" version "1.0"
  extends "uk.parent"

terms controversial { "fuel duty" }
terms controversal += { "tax credits" }
pattern slow /(a+)+$/
detector gov uses lnk
detector gov-links uses link with { domain: ["gov.uk"] }

rule political {
  severity block
  when text has controversal and capacity has link and channel.platform is facebok
  say "About {matc}"
}

rule dates {
  severity review
  when at between 2026-05-07 and 2026-04-01 and inReplyTo.verified is personal
  say "Dates"
}

rule incomplete { tags x }

override rule permenance off

example flags "no rule named"
example passes politcal "hello" with chanel.platform x
`;

describe('a pack with many mistakes', () => {
  const result = safeCompile(SOURCE, { file: 'child.prop', packs: { 'uk.parent': PARENT } });
  const diagnostics = result.ok ? [] : result.diagnostics;

  it('reports all of them in one run, sorted by position', () => {
    const at = (needle: string, occurrence = 0) => positionOf(SOURCE, needle, occurrence);
    const expected: [string, { line: number; column: number }][] = [
      ['invalid-version', at('"1.0"')],
      ['duplicate-term-list', at('controversial {')],
      ['unknown-term-list', at('controversal +=')],
      ['unsafe-pattern', at('/(a+)+$/')],
      ['unknown-detector', at('lnk')],
      ['invalid-detector-option', at('domain')],
      ['unknown-source', at('controversal and')],
      ['test-not-applicable', at('capacity has link')],
      ['unknown-value', at('facebok')],
      ['unknown-placeholder', at('{matc}')],
      ['reversed-date-range', at('at between')],
      ['wrong-kind', at('personal\n')],
      ['missing-clause', at('incomplete')],
      ['missing-clause', at('incomplete')],
      ['missing-clause', at('incomplete')],
      ['override-missing-rule', at('permenance')],
      ['example-needs-rule', at('example flags')],
      ['unknown-rule', at('politcal')],
      ['unknown-field', at('chanel.platform')],
    ];
    expect(diagnostics.map((d) => [d.code, { line: d.location?.start.line, column: d.location?.start.column }])).toEqual(expected);
  });

  it('gives each a help line and the file name', () => {
    for (const d of diagnostics) {
      expect(d.location?.source).toBe('child.prop');
      expect(d.help, d.code).toBeTruthy();
    }
  });
});
