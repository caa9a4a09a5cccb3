import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions, mentionDetector } from '../../src/detectors/mention.js';
import { detect, texts, timed } from './helpers.js';

describe('mention detector', () => {
  it('finds X, Bluesky and Mastodon handles', () => {
    const text = '@CabinetOfficeUK thanks, cc @jo.bsky.social and @sam@mastodon.social.';
    expect(texts(text, detect(mentionDetector, text))).toEqual(['@CabinetOfficeUK', '@jo.bsky.social', '@sam@mastodon.social']);
    expect(findMentions(text).map((m) => m.handle)).toEqual(['CabinetOfficeUK', 'jo.bsky.social', 'sam@mastodon.social']);
  });

  it('labels each mention with its handle', () => {
    expect(detect(mentionDetector, '(@abc_12)').map((m) => m.label)).toEqual(['mention of @abc_12']);
  });

  it('does not take email addresses, a lone @ or @@ for mentions', () => {
    expect(detect(mentionDetector, 'mail jo@example.org or jo.smith@gov.uk')).toEqual([]);
    expect(detect(mentionDetector, 'meet @ 10, @@x, a+@b, @-x')).toEqual([]);
  });

  it('is unsure of digits-only handles, which are usually times', () => {
    const found = findMentions('see you @10');
    expect(found).toHaveLength(1);
    expect(found[0]!.confidence).toBeLessThan(0.5);
    expect(detect(mentionDetector, 'see you @10')).toEqual([]);
  });

  it('reads handles in any script', () => {
    expect(texts('hi @Øyvind and @東京', detect(mentionDetector, 'hi @Øyvind and @東京'))).toEqual(['@Øyvind', '@東京']);
  });

  it('reports only the listed handles, without case and with or without @', () => {
    const text = '@PressOffice and @someone';
    expect(texts(text, detect(mentionDetector, text, { handles: ['@pressoffice'] }))).toEqual(['@PressOffice']);
    expect(texts(text, detect(mentionDetector, text, { handles: ['SOMEONE'] }))).toEqual(['@someone']);
    expect(mentionDetector.options.safeParse({ handles: [] }).success).toBe(false);
  });

  it('stays linear and sane on pathological input', () => {
    for (const text of ['a'.repeat(50_000), '.'.repeat(50_000), '@'.repeat(50_000), '@a'.repeat(25_000),
      `@${'a.'.repeat(25_000)}`, `@a@${'b.'.repeat(25_000)}`, 'a@'.repeat(25_000)]) {
      let found: ReturnType<typeof findMentions> = [];
      expect(timed(() => { found = findMentions(text); })).toBeLessThan(500);
      for (const m of found) expect(m.end).toBeLessThanOrEqual(text.length);
    }
    expect(findMentions('a'.repeat(50_000))).toEqual([]);
    expect(findMentions('@'.repeat(50_000))).toEqual([]);
    expect(findMentions('@a'.repeat(25_000))).toEqual([]);
    expect(findMentions(`@${'a'.repeat(50_000)}`)).toHaveLength(1);
  });

  it('returns ordered spans that start with @ for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '1', '_', '.', '-', '@', ' ', 'é', '\u0301'), maxLength: 60 }), (text) => {
        let previousEnd = 0;
        for (const m of findMentions(text)) {
          expect(text[m.start]).toBe('@');
          expect(m.start).toBeGreaterThanOrEqual(previousEnd);
          expect(m.end).toBeGreaterThan(m.start + 1);
          previousEnd = m.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});
