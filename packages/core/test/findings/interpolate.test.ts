import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interpolate } from '../../src/findings/interpolate.js';

const values = { match: 'Brexit', matches: 'Brexit, abortion', count: 3, term: 'brexit' };

describe('interpolate', () => {
  it('fills every placeholder, as often as it appears', () => {
    expect(interpolate('{match}/{matches}/{count}/{term}/{match}', values)).toBe('Brexit/Brexit, abortion/3/brexit/Brexit');
  });

  it('leaves other braces alone', () => {
    expect(interpolate('{Match} {matchs} {} {{match}}', values)).toBe('{Match} {matchs} {} {Brexit}');
  });

  it('inserts values literally, never reading them as placeholders or replacement patterns', () => {
    const tricky = { match: '{term} $& $1', matches: '', count: 0, term: 'T' };
    expect(interpolate('<{match}>', tricky)).toBe('<{term} $& $1>');
  });

  it('changes nothing in a template without placeholders', () => {
    fc.assert(fc.property(fc.string().filter((s) => !/\{(match|matches|count|term)\}/.test(s)), (template) => {
      expect(interpolate(template, values)).toBe(template);
    }), { numRuns: 300 });
  });
});
