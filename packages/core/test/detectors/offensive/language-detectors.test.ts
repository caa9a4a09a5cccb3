import { describe, expect, it } from 'vitest';
import { languageDetectors } from '../../../src/detectors/language-detectors.js';
import { run, wellFormed } from './run-detector.js';

describe('languageDetectors', () => {
  it('names each detector once, by the names packs use', () => {
    const names = languageDetectors.map((d) => d.name);
    expect(names).toEqual(['marking', 'offensive', 'profanity', 'attack', 'heat']);
    for (const d of languageDetectors) expect(d.description.length).toBeGreaterThan(10);
  });

  it('defaults minConfidence to 0.5 and refuses unknown severities', () => {
    for (const d of languageDetectors) expect((d.options.parse({}) as { minConfidence: number }).minConfidence).toBe(0.5);
    const offensive = languageDetectors.find((d) => d.name === 'offensive')!;
    expect((offensive.options.parse({}) as { minSeverity: string }).minSeverity).toBe('moderate');
    expect(() => offensive.options.parse({ minSeverity: 'extreme' })).toThrow();
  });

  it('gives well-formed matches from every detector on a mixed post', () => {
    const text = 'OFFICIAL-SENSITIVE\nYOU ARE ALL IDIOTS!!! this f***ing draft report is a disgrace';
    for (const d of languageDetectors) {
      const matches = run(d, text);
      expect(matches.length, d.name).toBeGreaterThan(0);
      expect(wellFormed(text, matches)).toBe(true);
    }
  });

  it('is pure: the same input gives the same matches', () => {
    const text = 'you stupid idiot, this is SECRET';
    for (const d of languageDetectors) expect(run(d, text)).toEqual(run(d, text));
  });
});
