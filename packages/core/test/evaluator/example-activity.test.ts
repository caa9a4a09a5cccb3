import { describe, expect, it } from 'vitest';
import { exampleActivity } from '../../src/evaluator/example-activity.js';

describe('exampleActivity', () => {
  it('keeps nested activities and expands dotted keys', () => {
    expect(exampleActivity({
      text: 'hi', 'channel.platform': 'x', channel: { visibility: 'public' }, 'author.authorisedTopics': ['housing'],
    })).toEqual({ text: 'hi', channel: { platform: 'x', visibility: 'public' }, author: { authorisedTopics: ['housing'] } });
  });

  it('drops keys that could reach a prototype', () => {
    const out = exampleActivity(JSON.parse('{"text":"x","__proto__.polluted":true,"constructor.prototype.bad":1}'));
    expect(out).toEqual({ text: 'x' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
