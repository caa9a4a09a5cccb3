// Reads files and times runs with Node; the package's tsconfig leaves Node's
// types out so that the sources cannot use them by accident, hence the reference.
/// <reference types="node" />
import { describe, expect, it } from 'vitest';
import { format } from '../../src/syntax/format.js';
import { safeParse } from '../../src/syntax/parse.js';

const HEADER = 'pack "p" version "1"\n';

/** Milliseconds to parse `source`, best of two runs so that a busy machine matters less. */
function time(source: string): number {
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const start = performance.now();
    safeParse(source);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

// A quadratic step on any of these inputs takes minutes; linear work takes
// tens of milliseconds. The bound leaves room for a loaded machine.
const BOUND_MS = 3000;

describe('parsing time on pathological input', () => {
  it.each([
    ['a run of spaces', `${HEADER}rule r {${' '.repeat(200_000)}}`],
    ['a run of tabs and line breaks', `${HEADER}rule r {${'\t\n'.repeat(100_000)}}`],
    ['a run of ## lines that are no doc', `${HEADER}${'## x\n'.repeat(40_000)}\noverride rule r off`],
    ['a long doc block', `${HEADER}${'## x\n'.repeat(40_000)}rule r {}`],
    ['a comment of 200k hashes', `${HEADER}${'#'.repeat(200_000)}\n`],
    ['a 200k-character string', `${HEADER}rule r { say "${'a'.repeat(200_000)}" }`],
    ['a 200k-character open string', `${HEADER}rule r { say "${'a'.repeat(200_000)}\n}`],
    ['a chain of 20k conditions', `${HEADER}rule r { when ${Array.from({ length: 20_000 }, () => 'text exists').join(' and ')} }`],
    ['a term list of 20k terms', `${HEADER}terms t { ${Array.from({ length: 20_000 }, (_, i) => `"t${i}"`).join(', ')} }`],
  ])('%s', (_name, source) => {
    expect(time(source)).toBeLessThan(BOUND_MS);
  });

  it('formats a large pack quickly', () => {
    const rule = (i: number) => `rule r${i} {\n  severity block\n  when text has x${i} or capacity is personal\n  say "m"\n}\n`;
    const source = HEADER + Array.from({ length: 3000 }, (_, i) => rule(i)).join('\n');
    const start = performance.now();
    expect(format(source).length).toBeGreaterThan(source.length / 2);
    expect(performance.now() - start).toBeLessThan(BOUND_MS);
  });
});
