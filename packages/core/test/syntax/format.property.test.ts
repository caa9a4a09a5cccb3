import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { astEqual } from '../../src/ast/equal.js';
import { print } from '../../src/ast/print.js';
import { format } from '../../src/syntax/format.js';
import { parse, safeParse } from '../../src/syntax/parse.js';
import { packArbitrary } from '../arbitraries/pack.js';

const runs = { numRuns: 400 };

describe('formatter properties', () => {
  it('parses a printed tree back to the same tree', () => {
    fc.assert(
      fc.property(packArbitrary(), (ast) => {
        const printed = print(ast);
        const result = safeParse(printed);
        if (!result.ok) throw new Error(`${JSON.stringify(result.diagnostics, null, 1)}\n---\n${printed}`);
        expect(astEqual(result.ast, ast)).toBe(true);
      }),
      runs,
    );
  });

  it('formats idempotently and keeps the meaning of the source', () => {
    fc.assert(
      fc.property(packArbitrary(), (ast) => {
        const source = print(ast);
        const once = format(source);
        expect(format(once)).toBe(once);
        expect(astEqual(parse(once), parse(source))).toBe(true);
      }),
      runs,
    );
  });
});
