import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PATTERN_LENGTH, checkPattern } from '../../src/patterns/check-pattern.js';

describe('checkPattern', () => {
  it.each([
    ['(a+)+$', ''],
    ['\\w+@\\w+\\.\\w+', ''],
    ['.*foo', 'u'],
  ])('refuses the super-linear pattern /%s/%s, saying why', (regex, flags) => {
    const verdict = checkPattern(regex, flags);
    expect(verdict).toMatchObject({
      ok: false,
      code: 'unsafe-pattern',
      reason: 'some texts make it backtrack so much that checking could take time that grows faster than the text',
    });
    expect(verdict.ok ? '' : verdict.help).toMatch(/^rewrite it so that no part can match the same text in two ways/);
  });

  it.each([
    ['(a|a)*b', ''],
    ['(\\w+\\s?)*$', ''],
    ['(x+x+)+y', 'i'],
    ['(a|b|ab)*c', ''],
  ])('refuses /%s/%s, whose analysis gives up, and says that it gave up', (regex, flags) => {
    const verdict = checkPattern(regex, flags);
    expect(verdict).toMatchObject({
      ok: false,
      code: 'unsafe-pattern',
      reason: 'the safety check gave up before it could prove that it runs in time linear in the text',
    });
    const help = verdict.ok ? '' : (verdict.help ?? '');
    expect(help).toMatch(/^simplify it so that the check can finish: split alternatives into separate patterns, bound repetitions/);
    expect(help).toContain('`\\w+(?:\\s\\w+)*` rather than `(\\w+\\s?)*`');
  });

  it('accepts plainly linear patterns whose repetitions are all bounded, even where the first analysis runs out of steps', () => {
    for (const [regex, flags] of [
      ['[0-9]{1,6} (?:million|billion|per cent|percent)', 'i'],
      ['[0-9]{1,6} (?:million|billion|per cent|percent)', ''],
      ['\\b[0-9]{1,6} (?:million|billion|per cent|percent)', 'iu'],
    ] as const) {
      expect(checkPattern(regex, flags), `/${regex}/${flags}`).toEqual({ ok: true });
    }
  });

  it('says plainly that a bounded pattern with too many ways to match could not be proved linear', () => {
    const verdict = checkPattern('[0-9]{1,12} (?:million|billion|per cent|percent|pounds|euros|dollars|people|jobs|homes)', 'i');
    expect(verdict).toEqual({
      ok: false,
      code: 'unsafe-pattern',
      reason: 'the safety check could not prove that it runs in time linear in the text: some texts give it more than 200 ways to try at one place',
      help: 'simplify it: split alternatives into separate patterns, or use fewer or tighter repetitions',
    });
  });

  it('keeps verdicts: asking again gives the very same answer', () => {
    const regex = '[0-9]{1,6} (?:thousand|million|billion)';
    const first = checkPattern(regex, 'i');
    expect(first).toEqual({ ok: true });
    expect(checkPattern(regex, 'i')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it.each([
    ['\\bCASE-[0-9]{6}\\b', 'i'],
    ['\\bOFFICIAL[- ]SENSITIVE\\b', ''],
    ['\\bembargo(?:ed)?\\b', 'iu'],
    ['\\b[A-Z]{2}[0-9]{6}[A-D]\\b', 'i'],
    ['£[0-9]+(?:\\.[0-9]{2})?\\b', 'u'],
    ['\\w+(?:\\s\\w+)*', ''],
    ['\\/path\\/to', ''],
    ['(?<year>20[0-9]{2})', 'u'],
    ['[(?<=]', ''],
  ])('accepts the linear pattern /%s/%s', (regex, flags) => {
    expect(checkPattern(regex, flags)).toEqual({ ok: true });
  });

  it('refuses flags other than i and u, and repeated flags', () => {
    expect(checkPattern('a', 'g')).toEqual({
      ok: false,
      code: 'invalid-pattern',
      reason: 'the flag `g` is not allowed',
      help: 'only `i` (ignore case) and `u` (Unicode) may follow the closing `/`',
    });
    expect(checkPattern('a', 'ii')).toMatchObject({ ok: false, code: 'invalid-pattern', reason: 'the flags `ii` repeat a flag' });
    for (const flag of ['m', 's', 'y', 'd', 'v']) expect(checkPattern('a', flag)).toMatchObject({ ok: false, code: 'invalid-pattern' });
  });

  it('refuses syntax errors with the engine reason', () => {
    const verdict = checkPattern('(ab', '');
    expect(verdict).toMatchObject({ ok: false, code: 'invalid-pattern' });
    expect(verdict.ok ? '' : verdict.reason).toMatch(/^it is not a valid regular expression \(.+\)$/);
    // Valid without `u`, but not with it.
    expect(checkPattern('\\p{L}+', 'u')).toEqual({ ok: true });
    expect(checkPattern('a{', 'u')).toMatchObject({ ok: false, code: 'invalid-pattern' });
  });

  it('refuses the empty pattern', () => {
    expect(checkPattern('', '')).toMatchObject({ ok: false, code: 'invalid-pattern', reason: 'it is empty and would match everywhere' });
  });

  it('refuses backreferences and lookbehind, which the analysis cannot reason about', () => {
    expect(checkPattern('(a)\\1', '')).toMatchObject({
      ok: false,
      code: 'unsafe-pattern',
      reason: 'it uses the backreference `\\1`, which can take time that grows faster than the text',
    });
    expect(checkPattern('(?<w>a)\\k<w>', 'u')).toMatchObject({ ok: false, code: 'unsafe-pattern' });
    expect(checkPattern('(?<=(a+)+)b', '')).toMatchObject({
      ok: false,
      code: 'unsafe-pattern',
      reason: 'it uses lookbehind `(?<=…)`, whose running time cannot be checked',
    });
    expect(checkPattern('(?<!x)y', '')).toMatchObject({ ok: false, code: 'unsafe-pattern' });
    // A class may contain the same characters harmlessly.
    expect(checkPattern('[\\1]', '')).toEqual({ ok: true });
  });

  it('checks `i` with `u` only where Unicode case folding cannot add overlaps', () => {
    expect(checkPattern('\\bembargo(?:ed)?\\b', 'iu')).toEqual({ ok: true });
    // Under `iu` the Kelvin sign folds to `k`: both branches match `k`, and the
    // repetition backtracks exponentially. It must not pass.
    const kelvin = checkPattern('(?:k|\\u212A)+$', 'iu');
    expect(kelvin).toMatchObject({ ok: false, code: 'unsafe-pattern' });
    expect(checkPattern('café', 'iu')).toMatchObject({
      ok: false,
      code: 'unsafe-pattern',
      reason: 'its running time cannot be checked with both `i` and `u` when it has characters beyond ASCII or Unicode escapes',
    });
    expect(checkPattern('café', 'i')).toEqual({ ok: true });
    expect(checkPattern('\\p{Lu}', 'u')).toEqual({ ok: true });
  });

  it('refuses patterns too long to analyse', () => {
    const verdict = checkPattern('a'.repeat(MAX_PATTERN_LENGTH + 1), '');
    expect(verdict).toMatchObject({ ok: false, code: 'unsafe-pattern' });
    expect(verdict.ok ? '' : verdict.reason).toContain(`more than the ${MAX_PATTERN_LENGTH}`);
  });

  it('is total over arbitrary text, and what it accepts the engine can run', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', '(', ')', '|', '*', '+', '?', '\\', '[', ']', '{', '}', '1', ',', '^', '$', '.', 'w', 's'), maxLength: 10 }),
        fc.constantFrom('', 'i', 'u', 'iu', 'g'),
        (regex, flags) => {
          const first = checkPattern(regex, flags);
          if (first.ok) {
            // Whatever it accepts, the engine can compile with the same flags.
            expect(() => new RegExp(regex, flags)).not.toThrow();
          } else {
            expect(['invalid-pattern', 'unsafe-pattern']).toContain(first.code);
            expect(first.reason.length).toBeGreaterThan(0);
            expect(first.reason).not.toMatch(/\.$/);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('accepted patterns really are fast on adversarial input', () => {
    for (const [regex, flags] of [['\\bCASE-[0-9]{6}\\b', 'i'], ['\\w+(?:\\s\\w+)*', '']] as const) {
      expect(checkPattern(regex, flags).ok).toBe(true);
      const re = new RegExp(regex, `${flags}g`);
      const input = `${'a '.repeat(20_000)}!`;
      const started = performance.now();
      re.lastIndex = 0;
      while (re.exec(input) !== null) {
        /* scan the whole input */
      }
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });
});
