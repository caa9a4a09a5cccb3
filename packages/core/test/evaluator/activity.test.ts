import { describe, expect, it } from 'vitest';
import { ActivityError } from '../../src/evaluator/activity-error.js';
import { load } from '../../src/evaluator/load.js';
import { basicPack } from '../fixtures/ir.js';

const engine = load(basicPack());

describe('activities', () => {
  it('accepts an activity with only text, as a public personal post', () => {
    const report = engine.check({ text: 'Brexit' });
    // `political-controversy` needs `capacity is personal`: the default.
    expect(report.findings.map((f) => f.rule)).toContain('political-controversy');
    expect(report.id).toBeUndefined();
    expect('id' in report).toBe(false);
  });

  it('echoes the id', () => {
    expect(engine.check({ id: 'draft-7', text: 'hello' }).id).toBe('draft-7');
    expect(engine.check({ id: 42, text: 'hello' }).id).toBe(42);
  });

  it('throws an ActivityError naming each bad field by path', () => {
    let error: unknown;
    try {
      engine.check({ text: 5, channel: { platform: 'myspace' }, attachments: [{ kind: 'gif' }], at: 'tomorrow' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ActivityError);
    const { issues, message } = error as ActivityError;
    const byPath = new Map(issues.map((i) => [i.path, i.message]));
    expect([...byPath.keys()].sort()).toEqual(['at', 'attachments.0.kind', 'channel.platform', 'text']);
    expect(byPath.get('text')).toBe('must be a string');
    expect(byPath.get('channel.platform')).toMatch(/^must be one of `x`, `facebook`/);
    expect(byPath.get('at')).toContain('ISO 8601 date or date-time');
    expect(message).toContain('`channel.platform` must be one of');
    expect(message).toContain('`attachments.0.kind` must be one of `image`, `video`, `document`, `link`, `other`');
  });

  it('says that text is required, and that the activity must be an object', () => {
    expect(engine.safeCheck({})).toMatchObject({ ok: false, error: { issues: [{ path: 'text', message: 'is required' }] } });
    const notObject = engine.safeCheck('Brexit');
    expect(notObject.ok).toBe(false);
    if (!notObject.ok) expect(notObject.error.message).toBe('The activity is not valid: it must be an object');
  });

  it('returns the report from safeCheck without throwing', () => {
    const result = engine.safeCheck({ text: 'nothing to see' });
    expect(result).toEqual({ ok: true, report: { verdict: 'ok', findings: [], packs: [{ name: 'test.basic', version: '1.0.0' }] } });
  });
});
