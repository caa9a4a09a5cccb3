import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { credentialDetector, SECRET_SHAPES, shapeMayMatch } from '../../../src/detectors/personal-data/credential.js';
import { run } from './helpers.js';

/** Keys and tokens of each shape, as the tests write them. */
const SECRETS = [
  '-----BEGIN RSA PRIVATE KEY-----', 'AKIAIOSFODNN7EXAMPLE', `ghp_${'a1B2'.repeat(9)}`, `github_pat_${'x'.repeat(22)}`,
  'xoxb-1234567890-abcdefghij', `AIza${'A'.repeat(35)}`, `sk_live_${'4eC39HqLyjWDarjtT1zdp7dc'}`, `sk-${'Ab1'.repeat(8)}`,
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  'postgres://admin:hunter22@db.example.com', 'AccountKey=abcdefghijklmnop1234', 'client_secret: 0123456789abcdefXYZ',
];
const NOISE = ['a', 'Z', '1', ' ', '-', '_', '.', ':', '/', '=', '@', '\u200d', 'é', 'ſ', '\u212a', 'key ', 'http'];
const noise = fc.array(fc.constantFrom(...NOISE), { maxLength: 8 }).map((p) => p.join(''));
const text = fc.tuple(fc.constantFrom(...SECRETS), noise, noise, noise, fc.nat()).map(([base, before, inside, after, at]) => {
  const cut = at % (base.length + 1);
  return `${before}${base.slice(0, cut)}${inside}${base.slice(cut)}${after}`;
});

describe('credential: literals the key and token shapes need', () => {
  it('never skips a text a shape matches', () => {
    let matched = 0;
    fc.assert(
      fc.property(text, (t) => {
        for (const [pattern, , needs] of SECRET_SHAPES) {
          const hit = new RegExp(pattern.source, pattern.flags).exec(t) !== null;
          if (hit) matched++;
          if (hit) expect(shapeMayMatch(t, pattern, needs)).toBe(true);
        }
      }),
      { numRuns: 600 },
    );
    expect(matched).toBeGreaterThan(100);
  });

  it('still finds every shape', () => {
    for (const secret of SECRETS) expect(run(credentialDetector, `here: ${secret} ok`).length, secret).toBeGreaterThan(0);
  });
});
