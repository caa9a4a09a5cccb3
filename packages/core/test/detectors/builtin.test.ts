import { describe, expect, it } from 'vitest';
import { builtinDetectors } from '../../src/detectors/builtin.js';

describe('built-in detectors', () => {
  it('registers link, mention and hashtag under the names packs use', () => {
    for (const name of ['link', 'mention', 'hashtag']) {
      const detector = builtinDetectors.get(name);
      expect(detector?.name).toBe(name);
      expect(detector?.description.length).toBeGreaterThan(10);
      // Every detector accepts `minConfidence` and defaults it to 0.5.
      expect(detector?.options.parse({})).toMatchObject({ minConfidence: 0.5 });
      expect(detector?.options.parse({ minConfidence: 0.8 })).toMatchObject({ minConfidence: 0.8 });
    }
  });
});
