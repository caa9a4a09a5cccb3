import { describe, expect, it } from 'vitest';
import { contextDetectors } from '../../../src/detectors/context-detectors.js';

describe('contextDetectors', () => {
  it('lists the political, claim and media detectors under the names packs use', () => {
    expect(contextDetectors.map((d) => d.name)).toEqual(['political', 'political-topic', 'claim', 'media-contact']);
  });

  it('gives every detector a description and options with a default minConfidence of 0.5', () => {
    for (const detector of contextDetectors) {
      expect(detector.description.length).toBeGreaterThan(10);
      expect((detector.options.parse({}) as { minConfidence: number }).minConfidence).toBe(0.5);
    }
  });
});
