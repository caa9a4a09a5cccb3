import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Detector } from '../../src/detectors/detector.js';
import { load } from '../../src/evaluator/load.js';
import { has, packWith } from '../fixtures/ir.js';

function detector(name: string, detect: Detector['detect']): Detector<Record<string, unknown>> {
  return { name, description: `test detector ${name}`, options: z.object({}).passthrough(), detect };
}

function engineWith(custom: Detector<any>, ...extraRules: Parameters<typeof packWith>) {
  const ir = packWith({ id: 'uses-it', when: has('custom', 'text', 'detector') }, ...extraRules);
  ir.detectors = { custom: { uses: custom.name, options: {} } };
  return load(ir, { detectors: [custom] });
}

describe('failing closed', () => {
  it('reports a detector that throws as a review finding, never as ok', () => {
    const boom = detector('boom', () => {
      throw new Error('kaboom');
    });
    const engine = engineWith(boom, { id: 'other', severity: 'advice', when: has('topics') });
    const report = engine.check({ text: 'Brexit' });
    expect(report.verdict).toBe('review');
    const incomplete = report.findings.find((f) => f.rule === 'propriety/incomplete')!;
    expect(incomplete).toMatchObject({ severity: 'review', tags: ['incomplete'], spans: [] });
    expect(incomplete.message).toBe(
      'Not fully checked: detector `custom` failed on `text` (kaboom), so rule `uses-it` could not be checked',
    );
    // The other rule still ran.
    expect(report.findings.map((f) => f.rule)).toContain('other');
  });

  it('runs a failing detector once and tells every rule that needs it', () => {
    let calls = 0;
    const boom = detector('boom', () => {
      calls++;
      throw new Error('no');
    });
    const engine = engineWith(boom, { id: 'again', when: has('custom', 'text', 'detector') });
    const report = engine.check({ text: 'x' }, { explain: true });
    expect(calls).toBe(1);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]!.message).toContain('so rules `uses-it` and `again` could not be checked');
    expect(report.explanation!.map((e) => e.outcome)).toEqual(['not-fired', 'not-fired']);
    expect(report.explanation![0]!.reason).toBe('not checked: detector `custom` failed on `text` (no)');
  });

  it('treats matches outside the text as a failure of the detector', () => {
    const liar = detector('liar', () => [{ start: 0, end: 99, confidence: 1, label: 'x' }]);
    const report = engineWith(liar).check({ text: 'short' });
    expect(report.verdict).toBe('review');
    expect(report.findings[0]!.message).toContain('returned a match outside the text');
  });

  it('runs each detector at most once per field, and only when a condition reaches it', () => {
    let calls = 0;
    const counting = detector('counting', () => {
      calls++;
      return [{ start: 0, end: 1, confidence: 0.9, label: 'first letter' }];
    });
    const ir = packWith(
      { id: 'a', when: has('custom', 'text', 'detector') },
      { id: 'b', when: { op: 'and', args: [has('custom', 'text', 'detector'), has('custom', 'title', 'detector')] } },
      // Never reaches the detector: `capacity is official` is false for a personal post.
      { id: 'c', when: { op: 'and', args: [{ op: 'is', field: 'capacity', value: 'official' }, has('custom', 'inReplyTo.bio', 'detector')] } },
    );
    ir.detectors = { custom: { uses: 'counting', options: {} } };
    const engine = load(ir, { detectors: [counting] });
    const report = engine.check({ text: 'abc', title: 'def', inReplyTo: { bio: 'ghi' } });
    expect(report.findings.map((f) => f.rule)).toEqual(['a', 'b']);
    expect(calls).toBe(2);
  });

  it('ignores detector matches below the minimum confidence', () => {
    const unsure = detector('unsure', () => [{ start: 0, end: 1, confidence: 0.4, label: 'maybe' }]);
    expect(engineWith(unsure).check({ text: 'x' }).verdict).toBe('ok');
    const ir = packWith({ id: 'r', when: has('custom', 'text', 'detector') });
    ir.detectors = { custom: { uses: 'unsure', options: { minConfidence: 0.3 } } };
    expect(load(ir, { detectors: [unsure] }).check({ text: 'x' }).verdict).toBe('review');
  });

  it('checks nothing with a budget of 0 ms and says so', () => {
    const engine = load(packWith({ id: 'a', severity: 'advice', when: has('topics') }, { id: 'b', when: has('leaks') }));
    const report = engine.check({ text: 'nothing here' }, { budgetMs: 0, explain: true });
    expect(report.verdict).toBe('review');
    expect(report.findings).toEqual([expect.objectContaining({
      rule: 'propriety/incomplete',
      severity: 'review',
      message: 'Not fully checked: the time budget of 0 ms ran out, so rules `a` and `b` could not be checked',
    })]);
    expect(report.explanation![1]).toEqual({ rule: 'b', outcome: 'not-fired', reason: 'not checked: the time budget of 0 ms ran out' });
    expect(engine.check({ text: 'nothing here' }, { budgetMs: 60_000 }).verdict).toBe('ok');
  });

  it('stops between rules once a slow detector has used up the budget', () => {
    const slow = detector('slow', () => {
      const until = Date.now() + 30;
      while (Date.now() < until) { /* busy */ }
      return [];
    });
    const engine = engineWith(slow, { id: 'after', when: has('topics') });
    const report = engine.check({ text: 'Brexit' }, { budgetMs: 10 });
    expect(report.findings.map((f) => f.rule)).toEqual(['propriety/incomplete']);
    expect(report.findings[0]!.message).toContain('rule `after` could not be checked');
  });

  it('does not scan a text longer than the maximum, and says so', () => {
    const engine = load(packWith({ id: 'scan', when: has('topics') }, { id: 'field', when: { op: 'is', field: 'capacity', value: 'personal' } }));
    const report = engine.check({ text: 'Brexit '.repeat(10) }, { maxTextLength: 20 });
    expect(report.findings.map((f) => f.rule)).toEqual(['field', 'propriety/incomplete']);
    expect(report.findings[1]!.message).toBe(
      'Not fully checked: `text` is 70 characters long, more than the 20 a check scans, so rule `scan` could not be checked',
    );
  });

  it('does not scan a text of more than 10,000,000 characters by default', () => {
    const engine = load(packWith({ id: 'scan', when: has('topics') }));
    const report = engine.check({ text: 'a'.repeat(10_000_001) });
    expect(report.verdict).toBe('review');
    expect(report.findings[0]!.message).toContain('more than the 10000000 a check scans');
  });
});
