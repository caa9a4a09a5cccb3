import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { load } from '../../src/evaluator/load.js';
import type { Report } from '../../src/findings/report.js';
import { activitySchema } from '../../src/schema/activity.js';
import { readField } from '../../src/schema/read-field.js';
import { activityArb, conditionArb } from '../fixtures/arbitraries.js';
import { basicPack, packWith } from '../fixtures/ir.js';

const VERDICTS = ['ok', 'advice', 'review', 'block'];

/** The field text a span points into, read back from the activity by its concrete path. */
function fieldText(activity: unknown, path: string): string {
  const parsed = activitySchema.parse(activity);
  const attachment = /^attachments\.(\d+)\.(.+)$/.exec(path);
  if (attachment !== null) {
    return (parsed.attachments[Number(attachment[1])] as Record<string, unknown>)[attachment[2]!] as string;
  }
  return readField(parsed, path)[0]!.value as string;
}

/** A plain reference for the line and column of an offset: `\r\n`, `\r` and `\n` each end a line. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

function assertSpansSound(activity: unknown, report: Report): void {
  for (const finding of report.findings) {
    for (const span of finding.spans) {
      const original = fieldText(activity, span.field);
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeGreaterThanOrEqual(span.start);
      expect(span.end).toBeLessThanOrEqual(original.length);
      expect(original.slice(span.start, span.end)).toBe(span.text);
      expect({ line: span.line, column: span.column }).toEqual(lineColumn(original, span.start));
      expect({ line: span.endLine, column: span.endColumn }).toEqual(lineColumn(original, span.end));
    }
    for (const evidence of finding.evidence) {
      if (evidence.span === undefined) continue;
      const span = finding.spans[evidence.span]!;
      expect(span).toBeDefined();
      // A pattern's evidence is exactly what it matched; a term's span starts and ends on the word, not on space.
      if (evidence.kind === 'pattern') expect(span.text).toBe(evidence.matched);
      if (evidence.kind === 'terms') {
        expect(span.text.length).toBeGreaterThan(0);
        expect(/^\s|\s$/.test(span.text)).toBe(false);
      }
    }
  }
}

describe('evaluation properties', () => {
  const basic = load(basicPack());

  it('is total: any valid activity gets a report with a valid verdict and sound spans', () => {
    fc.assert(
      fc.property(activityArb, fc.boolean(), (activity, explain) => {
        const report = basic.check(activity, { explain, now: '2026-04-15T10:00:00Z' });
        expect(VERDICTS).toContain(report.verdict);
        if (report.findings.length === 0) expect(report.verdict).toBe('ok');
        // Nothing here should stop a check: an incomplete finding would mean an internal failure.
        for (const finding of report.findings) expect(finding.rule === 'propriety/incomplete' ? finding.message : 'complete').toBe('complete');
        if (explain) expect(report.explanation).toHaveLength(basic.rules.length);
        assertSpansSound(activity, report);
      }),
      { numRuns: 400 },
    );
  });

  it('is total for any valid rule over any valid activity', () => {
    fc.assert(
      fc.property(fc.array(conditionArb, { minLength: 1, maxLength: 3 }), activityArb, (conditions, activity) => {
        const engine = load(packWith(...conditions.map((when) => ({ when }))));
        const report = engine.check(activity, { explain: true, now: '2026-04-15T10:00:00Z' });
        expect(VERDICTS).toContain(report.verdict);
        for (const finding of report.findings) expect(finding.rule === 'propriety/incomplete' ? finding.message : 'complete').toBe('complete');
        assertSpansSound(activity, report);
      }),
      { numRuns: 200 },
    );
  });

  it('never loses a finding when a rule is added', () => {
    fc.assert(
      fc.property(
        fc.array(conditionArb, { minLength: 1, maxLength: 3 }),
        conditionArb,
        fc.nat(3),
        activityArb,
        (conditions, added, position, activity) => {
          const rules = conditions.map((when, i) => ({ id: `r${i}`, when }));
          const more = [...rules];
          more.splice(Math.min(position, more.length), 0, { id: 'added', when: added });
          const options = { now: '2026-04-15T10:00:00Z' };
          const before = load(packWith(...rules)).check(activity, options);
          const after = load(packWith(...more)).check(activity, options);
          for (const finding of before.findings) expect(after.findings).toContainEqual(finding);
          expect(after.findings.filter((f) => f.rule !== 'added')).toEqual(before.findings);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives the same report for the same input, and explaining does not change the findings', () => {
    fc.assert(
      fc.property(activityArb, (activity) => {
        const plain = basic.check(activity, { now: '2026-04-15' });
        const explained = basic.check(activity, { now: '2026-04-15', explain: true });
        expect(basic.check(activity, { now: '2026-04-15' })).toEqual(plain);
        expect({ ...explained, explanation: undefined }).toEqual({ ...plain, explanation: undefined });
        const fired = new Set(plain.findings.map((f) => f.rule));
        for (const entry of explained.explanation!) {
          expect(entry.outcome === 'fired').toBe(fired.has(entry.rule));
          expect(entry.reason.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
