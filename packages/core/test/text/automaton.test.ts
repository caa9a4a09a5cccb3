import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AutomatonBuilder, dictLinkOf, outputOf, step } from '../../src/text/automaton.js';
import { ReferenceAutomatonBuilder } from './reference/automaton-builder.js';

/** Every (pattern index, end position) found by the automaton. */
function run(patterns: number[][], text: number[], alphabet: number, budget: number): string[] {
  const builder = new AutomatonBuilder(alphabet);
  const outputs = new Map<number, number>();
  const byNode = new Map<number, number[]>();
  patterns.forEach((p, i) => {
    const node = builder.add(p);
    byNode.set(node, [...(byNode.get(node) ?? []), i]);
    outputs.set(node, node);
  });
  const automaton = builder.build(outputs, budget);
  const nodeOf = new Map([...outputs.values()].map((v) => [v, byNode.get(v)!]));
  const found: string[] = [];
  let state = 0;
  text.forEach((symbol, j) => {
    const next = step(automaton, state, symbol);
    state = Math.abs(next);
    const ends: number[] = [];
    if (outputOf(automaton, state) >= 0) ends.push(...nodeOf.get(outputOf(automaton, state))!);
    for (let t = dictLinkOf(automaton, state); t > 0; t = dictLinkOf(automaton, t)) ends.push(...nodeOf.get(outputOf(automaton, t))!);
    expect(next < 0).toBe(ends.length > 0);
    for (const i of ends) found.push(`${i}@${j}`);
  });
  return found.sort();
}

function naive(patterns: number[][], text: number[]): string[] {
  const found: string[] = [];
  patterns.forEach((p, i) => {
    for (let j = p.length - 1; j < text.length; j++) {
      if (p.every((s, k) => text[j - p.length + 1 + k] === s)) found.push(`${i}@${j}`);
    }
  });
  return found.sort();
}

describe('AutomatonBuilder', () => {
  const alphabet = 4;
  const symbols = fc.integer({ min: 0, max: alphabet - 1 });

  it('finds exactly the pattern occurrences a naive search finds, dense or sparse', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(symbols, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 }),
        fc.array(symbols, { maxLength: 60 }),
        fc.constantFrom(16, 64, 1 << 20),
        (patterns, text, budget) => {
          expect(run(patterns, text, alphabet, budget)).toEqual(naive(patterns, text));
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('AutomatonBuilder layout', () => {
  it('lays out exactly the automaton of the plain reference builder', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }).chain((alphabet) =>
          fc.tuple(
            fc.constant(alphabet),
            fc.array(fc.array(fc.integer({ min: 0, max: alphabet - 1 }), { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 40 }),
            fc.constantFrom(16, 64, 400, 1 << 20),
          )),
        ([alphabet, patterns, budget]) => {
          const fast = new AutomatonBuilder(alphabet);
          const plain = new ReferenceAutomatonBuilder(alphabet);
          const fastOutputs = new Map<number, number>();
          const plainOutputs = new Map<number, number>();
          patterns.forEach((pattern, i) => {
            const node = fast.add(pattern);
            expect(plain.add(pattern)).toBe(node);
            if (i % 3 !== 2) {
              fastOutputs.set(node, i);
              plainOutputs.set(node, i);
            }
          });
          expect(fast.build(fastOutputs, budget)).toEqual(plain.build(plainOutputs, budget));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a symbol outside its alphabet', () => {
    expect(() => new AutomatonBuilder(4).add([1, 4])).toThrow(RangeError);
  });
});
