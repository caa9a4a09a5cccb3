import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { astEqual } from '../../src/ast/equal.js';
import { parse } from '../../src/syntax/parse.js';
import { deepCopy, layOut, packArbitrary } from '../arbitraries/pack.js';

describe('astEqual', () => {
  it('ignores locations and layout', () => {
    const a = parse('pack "p" version "1"\nrule r { when a exists and b exists }');
    const b = parse('pack "p" version "1"\n\n\nrule   r {\n  when a exists\n    and b exists\n}\n', { file: 'other.prop' });
    expect(astEqual(a, b)).toBe(true);
  });

  it('compares comments by text, in order', () => {
    const base = 'pack "p" version "1"\n';
    expect(astEqual(parse(`${base}# a\nrule r {}\n# b`), parse(`${base}rule r { # a\n}\n# b`))).toBe(true);
    expect(astEqual(parse(`${base}# a\n# b`), parse(`${base}# b\n# a`))).toBe(false);
    expect(astEqual(parse(`${base}# a`), parse(`${base}#a`))).toBe(false);
  });

  it('sees every difference of meaning', () => {
    const base = 'pack "p" version "1"\nrule r { severity block when text has x say "m" }';
    for (const changed of [
      base.replace('block', 'review'),
      base.replace('has x', 'has y'),
      base.replace('"m"', '"n"'),
      base.replace('text has x', 'text has at least 1 x'),
      base.replace('rule r', 'rule s'),
      base.replace('say "m"', ''),
      base.replace('version "1"', 'version "1" title "t"'),
    ]) {
      expect(astEqual(parse(base), parse(changed)), changed).toBe(false);
    }
  });

  it('treats an undefined property like a missing one', () => {
    expect(astEqual({ type: 'X', doc: undefined }, { type: 'X' })).toBe(true);
    expect(astEqual({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(astEqual([1], { 0: 1 })).toBe(false);
    expect(astEqual(null, {})).toBe(false);
  });

  it('is reflexive and holds across a fresh layout of the same tree', () => {
    fc.assert(
      fc.property(packArbitrary(), (pack) => {
        expect(astEqual(pack, deepCopy(pack))).toBe(true);
        expect(astEqual(pack, layOut(pack, pack.comments.map((c) => ({ text: c.text, at: 0.5 }))))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
