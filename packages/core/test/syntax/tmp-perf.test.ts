import { it } from 'vitest';
import { safeParse } from '../../src/syntax/parse.js';
it('perf', () => {
  for (const n of [2000, 4000, 8000, 16000]) {
  const chain = 'pack "a" version "1"\nrule x { when ' + Array.from({length: n}, () => 'text exists').join(' and ') + ' }';
  let t = performance.now(); safeParse(chain); console.log('chain', n, performance.now() - t);
  const lines = 'pack "a" version "1"\nrule x { when ' + Array.from({length: n}, () => 'text exists').join('\n and ') + ' }';
  t = performance.now(); safeParse(lines); console.log('lines', n, performance.now() - t);
  }
});
