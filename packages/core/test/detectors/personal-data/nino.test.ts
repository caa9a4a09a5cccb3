import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ninoDetector, ninoPrefixValid } from '../../../src/detectors/personal-data/nino.js';
import { confidenceOf, filler, found, run, runAll, trailer, validNino } from './helpers.js';

describe('nino', () => {
  it('finds National Insurance numbers written whole or spaced, with original offsets', () => {
    const text = 'My NI number is QQ 12 34 56 C, no wait, it is JT 45 67 89 B and hers is JT456789A.';
    const matches = run(ninoDetector, text);
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(['JT 45 67 89 B', 'JT456789A']);
    expect(matches[0]!.label).toBe('National Insurance number');
    expect(matches[0]!.replacement).toBe('[National Insurance number removed]');
  });

  it('applies the published prefix rules', () => {
    for (const bad of ['DA', 'FA', 'IA', 'QA', 'UA', 'VA', 'AD', 'AF', 'AI', 'AQ', 'AU', 'AV', 'AO', 'BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']) {
      expect(ninoPrefixValid(bad), bad).toBe(false);
      expect(found(ninoDetector, `national insurance ${bad}123456A`), bad).toEqual([]);
    }
    for (const good of ['AB', 'OA', 'JT', 'ZY', 'CE', 'WX']) expect(ninoPrefixValid(good), good).toBe(true);
  });

  it('refuses suffixes other than A to D and mixed separators', () => {
    expect(found(ninoDetector, 'NI: JT123456E')).toEqual([]);
    expect(found(ninoDetector, 'NI: JT 12-34 56 A')).toEqual([]);
    expect(found(ninoDetector, 'NI: JT1234567A')).toEqual([]);
  });

  it('needs National Insurance words for a number without its suffix', () => {
    expect(confidenceOf(ninoDetector, 'ref JT123456 please', 'JT123456')).toBeLessThan(0.5);
    expect(confidenceOf(ninoDetector, 'my NI number is JT123456', 'JT123456')).toBeGreaterThanOrEqual(0.5);
  });

  it('scores example values in instructions below 0.5', () => {
    const text = 'Your NI number is in the format AB 12 34 56 C on your payslip.';
    expect(found(ninoDetector, text)).toEqual([]);
    expect(confidenceOf(ninoDetector, text, 'AB 12 34 56 C')).toBeGreaterThan(0);
    expect(confidenceOf(ninoDetector, text, 'AB 12 34 56 C')).toBeLessThan(0.5);
  });

  it('finds every generated valid number with its exact span inside other text', () => {
    fc.assert(
      fc.property(filler, validNino, trailer, (before, nino, after) => {
        const text = before + nino + after;
        const matches = run(ninoDetector, text);
        expect(matches).toHaveLength(1);
        expect(matches[0]!.start).toBe(before.length);
        expect(matches[0]!.end).toBe(before.length + nino.length);
      }),
      { numRuns: 300 },
    );
  });

  it('never reports a number whose prefix is not allocated', () => {
    fc.assert(
      fc.property(fc.constantFrom('D', 'F', 'I', 'Q', 'U', 'V'), fc.constantFrom('A', 'O', 'Z'), fc.integer({ min: 0, max: 999999 }), (a, b, n) => {
        const value = `${a}${b}${String(n).padStart(6, '0')}C`;
        expect(runAll(ninoDetector, `NI number ${value}`)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
