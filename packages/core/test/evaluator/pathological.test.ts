import { describe, expect, it } from 'vitest';
import { load } from '../../src/evaluator/load.js';
import { basicPack } from '../fixtures/ir.js';

const engine = load(basicPack());

describe('pathological input', () => {
  const cases: [string, string][] = [
    ['one letter', 'a'.repeat(50_000)],
    ['dots', '.'.repeat(50_000)],
    ['zero-width joiners', '\u200d'.repeat(50_000)],
    ['combining marks', `a${'\u0301'.repeat(50_000)}`],
    ['at signs', '@'.repeat(50_000)],
    ['hashes', '#'.repeat(50_000)],
    ['spaced letters', 'b '.repeat(25_000)],
    ['letter-dot runs', 'a.'.repeat(25_000)],
    ['repeated term', 'brexit '.repeat(7_000)],
  ];

  for (const [name, text] of cases) {
    it(`checks 50,000 characters of ${name} quickly with every rule and detector`, () => {
      const activity = { text, title: text, attachments: [{ name: text }], at: '2026-04-10' };
      const started = performance.now();
      const report = engine.check(activity, { explain: true });
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(report.findings.filter((f) => f.rule === 'propriety/incomplete')).toEqual([]);
      for (const finding of report.findings) {
        for (const span of finding.spans) expect(span.end).toBeLessThanOrEqual(text.length);
      }
    });
  }

  it('finds every occurrence of a repeated term', () => {
    const report = engine.check({ text: 'brexit '.repeat(7_000) });
    const finding = report.findings.find((f) => f.rule === 'political-controversy')!;
    expect(finding.spans).toHaveLength(7_000);
    expect(finding.message).toBe('This comments on a politically controversial issue (brexit)');
  });
});
