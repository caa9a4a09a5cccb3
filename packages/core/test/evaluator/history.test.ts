import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compiler/compile.js';
import { load } from '../../src/evaluator/load.js';

// The standard pack: every built-in detector, each with the per-text memos, pools and rings that must not
// let one check see another.
const ir = compile(readFileSync(new URL('../../../rules-civil-service-2014/src/civil-service-2014.prop', import.meta.url), 'utf8'));
const engine = load(ir);
const OPTIONS = { now: '2026-11-25T12:00:00Z', budgetMs: 60_000 };

const WORDS = [
  'you', 'are', 'an', 'idiot', 'Shitttt', 'sh*t', 'piece', 'of', 'the', 'minister', 'Brexit', '#ToriesOut', '@USER', 'I', 'will',
  'vote', 'Labour', 'OFFICIAL-SENSITIVE', 'draft', 'leaked', 'call', '07700', '900123', 'jo@example.org', '14', 'Crown', 'Street',
  'SW1A', '1AA', 'password:', 'hunter2', 'journalist', 'rose', '40%', 'STOP', 'THIS', 'NOW', '!!!', 'lovely', 'weather', '\n', '.',
];
const post = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 30 }).map((words) => words.join(' '));

describe('checks are independent of each other', () => {
  it('give a post the same report whatever was checked before it', () => {
    fc.assert(
      fc.property(fc.array(post, { minLength: 100, maxLength: 400 }), fc.integer({ min: 0, max: 2 }), (posts, longOnes) => {
        const forwards = posts.map((text) => engine.check({ text }, OPTIONS));
        // Long texts take the normaliser's long-text chunk and the pool's large buffers.
        for (let k = 0; k < longOnes; k++) engine.check({ text: posts.join(' ').repeat(4) }, OPTIONS);
        // The same posts in the other order: each comes after different ones.
        const backwards = [...posts].reverse().map((text) => engine.check({ text }, OPTIONS)).reverse();
        expect(backwards).toEqual(forwards);
      }),
      { numRuns: 10 },
    );
  });
});
