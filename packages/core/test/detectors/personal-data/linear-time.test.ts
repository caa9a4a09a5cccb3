import { describe, expect, it } from 'vitest';
import { personalDataDetectors, secretDetectors } from '../../../src/detectors/personal-data/index.js';
import { run } from './helpers.js';

const N = 50_000;
/** Inputs that make naive patterns backtrack or naive merges go quadratic. */
const PATHOLOGICAL: Record<string, string> = {
  letters: 'a'.repeat(N),
  capitals: 'A'.repeat(N),
  digits: '1'.repeat(N),
  dots: '.'.repeat(N),
  ats: '@'.repeat(N),
  'letter-at': 'a@'.repeat(N / 2),
  'letter-dot': 'a.'.repeat(N / 2),
  'digit-dot': '1.'.repeat(N / 2),
  'digit-space': '1 '.repeat(N / 2),
  'digit-hyphen': '1-'.repeat(N / 2),
  'local-part': `${'a.'.repeat(N / 2)}@example`,
  colons: 'ab:'.repeat(N / 3),
  pluses: '+('.repeat(N / 2),
  titles: 'Mr A '.repeat(N / 5),
  relations: 'my wife Ann '.repeat(N / 12),
  streets: '12 High Street '.repeat(N / 15),
  units: 'Apt. 1 '.repeat(N / 7),
  'zero-width': '\u200d'.repeat(N),
  combining: 'e\u0301'.repeat(N / 2),
  'jwt-like': 'eyJ'.repeat(N / 3),
  'door-codes': 'door code '.repeat(N / 10),
  'code-groups': 'safe combination 12-'.repeat(N / 20),
  'keypad-hashes': 'keypad code #'.repeat(N / 13),
};

describe('linear time on pathological input', () => {
  for (const detector of [...personalDataDetectors, ...secretDetectors]) {
    it(`${detector.name} finishes on 50,000-character inputs with sane output`, () => {
      for (const [name, text] of Object.entries(PATHOLOGICAL)) {
        const matches = run(detector, text);
        for (const m of matches) {
          expect(m.start, name).toBeGreaterThanOrEqual(0);
          expect(m.end, name).toBeLessThanOrEqual(text.length);
          expect(m.end, name).toBeGreaterThan(m.start);
          expect(m.confidence, name).toBeGreaterThanOrEqual(0.5);
          expect(m.confidence, name).toBeLessThanOrEqual(1);
        }
        // Long uniform runs are not identifiers.
        if (['letters', 'capitals', 'digits', 'dots', 'ats', 'zero-width', 'combining'].includes(name)) expect(matches, name).toEqual([]);
      }
    });
  }
});
