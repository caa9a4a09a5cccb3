import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { astEqual } from '../../src/ast/equal.js';
import type { Condition, Pack, Test } from '../../src/ast/nodes.js';
import { condition, print } from '../../src/ast/print.js';
import { format } from '../../src/syntax/format.js';
import { parse, safeParse } from '../../src/syntax/parse.js';
import { conditionArbitrary, layOut, nameArbitrary } from '../arbitraries/pack.js';

const NOWHERE = { start: { offset: 0, line: 1, column: 1 }, end: { offset: 0, line: 1, column: 1 } };
const runs = { numRuns: 300 };

/** An `in` set too wide for one line, so that set breaking is exercised too. */
const wideIn = fc
  .record({ negated: fc.boolean(), field: nameArbitrary, values: fc.array(nameArbitrary, { minLength: 8, maxLength: 16 }) })
  .map(
    (r): Test => ({
      type: 'In',
      negated: r.negated,
      field: { type: 'FieldPath', segments: [r.field], location: NOWHERE },
      values: r.values.map((name) => ({ type: 'Identifier', name, location: NOWHERE })),
      location: NOWHERE,
    }),
  );

/** Conditions long enough to break, mixing every construct with a wide set. */
const longCondition: fc.Arbitrary<Condition> = fc
  .tuple(conditionArbitrary, fc.oneof(wideIn, conditionArbitrary), conditionArbitrary, fc.constantFrom('And' as const, 'Or' as const), fc.boolean())
  .map(([a, b, c, type, negate]) => {
    const chain: Condition = { type, operands: [a, b, c], location: NOWHERE };
    return negate ? { type: 'Not', operand: chain, location: NOWHERE } : chain;
  });

const comments = fc.array(fc.record({ text: fc.constantFrom(' note', '# stray', ''), at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }) }), {
  maxLength: 4,
});

function packWith(when: Condition): Pack {
  const pack = parse('pack "p" version "1"\nrule r {\n  severity review\n  when a exists\n  say "m"\n}\n');
  const rule = pack.body[0]!;
  if (rule.type !== 'Rule') throw new Error('expected a rule');
  rule.body.when = when;
  return pack;
}

/** The part of a printed line that is a single test: leading operators, `not` and `(`, and trailing `)`, taken off. */
function isSingleTest(line: string): boolean {
  let rest = line.trim().replace(/^(?:(?:when|unless|and|or|not) |\()+/, '');
  for (;;) {
    const result = safeParse(`pack "p" version "1"\nrule r { when ${rest} }`);
    if (result.ok) {
      const rule = result.ast.body[0];
      const type = rule?.type === 'Rule' ? rule.body.when?.type : undefined;
      return type !== undefined && type !== 'And' && type !== 'Or' && type !== 'Not' && type !== 'In';
    }
    if (!rest.endsWith(')')) return false;
    rest = rest.slice(0, -1);
  }
}

describe('wrapping conditions (properties)', () => {
  it('keeps the tree, formats to itself, and breaks only what does not fit', () => {
    fc.assert(
      fc.property(longCondition, comments, (when, placed) => {
        const pack = layOut(packWith(when), placed);
        const printed = print(pack);
        const reparsed = safeParse(printed);
        if (!reparsed.ok) throw new Error(printed);
        expect(astEqual(reparsed.ast, pack)).toBe(true);
        expect(format(printed)).toBe(printed);

        const lines = printed.split('\n');
        const first = lines.findIndex((l) => l.startsWith('  when '));
        const end = lines.findIndex((l, i) => i > first && /^ {2}(?:say|unless|severity) /.test(l));
        const clause = lines.slice(first, end).filter((l) => !l.trimStart().startsWith('#'));
        if (`  when ${condition(when)}`.length <= 80) {
          expect(clause).toEqual([`  when ${condition(when)}`]);
          return;
        }
        expect(clause.length).toBeGreaterThan(1);
        for (const line of clause.slice(1)) {
          const indent = line.length - line.trimStart().length;
          expect(indent % 2).toBe(0);
          expect(indent).toBeGreaterThanOrEqual(2);
          expect(line.trimStart()).toMatch(/^(?:and |or |\}|.+,$)/);
        }
        for (const line of clause) {
          // Only a single test, or one value of a set, has nowhere to break.
          if (line.length > 80) expect(line.endsWith(',') || isSingleTest(line), line).toBe(true);
        }
      }),
      runs,
    );
  });
});
