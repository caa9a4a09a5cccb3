import { describe, expect, it } from 'vitest';
import { load } from '../../src/evaluator/load.js';
import { runExamples } from '../../src/evaluator/run-examples.js';
import type { ExampleIR } from '../../src/ir/schema.js';
import { basicPack } from '../fixtures/ir.js';

const ir = basicPack();
const engine = load(ir);
const example = (expect: 'flags' | 'passes', rules: string[], activity: Record<string, unknown>): ExampleIR =>
  ({ expect, rules, activity, pack: 'test.basic' });

describe('runExamples', () => {
  it('passes every example written in the fixture pack', () => {
    const results = runExamples(engine, ir.examples);
    expect(results.map((r) => [r.passed, r.problem])).toEqual(ir.examples.map(() => [true, undefined]));
    expect(results[0]!.report.findings.map((f) => f.rule)).toContain('political-controversy');
  });

  it('fails `flags` when a named rule has no finding, and says which', () => {
    const [result] = runExamples(engine, [example('flags', ['political-controversy', 'leak'], { text: 'Brexit' })]);
    expect(result).toMatchObject({ passed: false, problem: 'expected `leak` to flag it, but it did not' });
  });

  it('fails `passes` with rules only when one of those rules fires', () => {
    const [ok, bad] = runExamples(engine, [
      example('passes', ['leak'], { text: 'Brexit' }),
      example('passes', ['political-controversy'], { text: 'Brexit' }),
    ]);
    expect(ok!.passed).toBe(true);
    expect(bad).toMatchObject({ passed: false, problem: 'expected `political-controversy` not to flag it, but `political-controversy` did' });
  });

  it('fails a bare `passes` when any rule fires, advice included', () => {
    const [result] = runExamples(engine, [example('passes', [], { text: '#a #b #c' })]);
    expect(result).toMatchObject({ passed: false, problem: 'expected no rule to flag it, but `many-hashtags` did' });
  });

  it('reports unknown rules, rules that are off, and invalid activities', () => {
    const [unknown, off, invalid] = runExamples(engine, [
      example('flags', ['nope'], { text: 'x' }),
      example('flags', ['permanence'], { text: '@someone' }),
      example('flags', ['leak'], { text: 'x', capacity: 'sometimes' }),
    ]);
    expect(unknown!.problem).toBe('there is no rule `nope` in the pack');
    expect(off!.problem).toBe('expected `permanence` to flag it, but that rule is off');
    expect(invalid!.passed).toBe(false);
    expect(invalid!.problem).toContain('`capacity` must be one of `official`, `personal`');
    expect(invalid!.report.verdict).toBe('review');
  });

  it('never passes a `passes` example that could not be fully checked', () => {
    const [result] = runExamples(engine, [example('passes', [], { text: 'calm' })], { budgetMs: 0 });
    expect(result!.passed).toBe(false);
    expect(result!.problem).toMatch(/^Not fully checked: the time budget of 0 ms ran out, so rules `political-controversy`, /);
  });
});
