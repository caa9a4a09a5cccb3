import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTags, splitTagWords } from '../../../src/detectors/political/hashtags.js';

describe('splitTagWords', () => {
  it.each([
    ['StopHillaryClinton2016', 'Stop Hillary Clinton 2016'],
    ['NHSCrisis', 'NHS Crisis'],
    ['vote_leave', 'vote leave'],
    ['ToriesOut', 'Tories Out'],
    ['GE2024', 'GE 2024'],
    ['BBCLauraK', 'BBC Laura K'],
  ])('splits %j', (body, split) => {
    expect(splitTagWords(body)).toBe(split);
  });

  it('leaves a tag with no break alone', () => {
    expect(splitTagWords('brexit')).toBeUndefined();
    expect(splitTagWords('Brexit')).toBeUndefined();
  });

  it('only ever adds spaces', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (body) => {
        const split = splitTagWords(body);
        if (split !== undefined) expect(split.replaceAll(' ', '')).toBe(body.replaceAll(' ', '').replaceAll('_', ''));
      }),
      { numRuns: 300 },
    );
  });
});

describe('findTags', () => {
  it('finds hashtags and handles, but not email addresses or numbers inside words', () => {
    const text = 'Hi @UKLabour, see #StopBrexit and #nohillary2016, mail me at a@b.com or call room#4';
    const tags = findTags(text);
    expect(tags.map((t) => text.slice(t.start, t.end))).toEqual(['@UKLabour', '#StopBrexit', '#nohillary2016']);
    expect(tags.map((t) => t.handle)).toEqual([true, false, false]);
    expect(tags[2]).toMatchObject({ letters: 'nohillary', numbered: true, split: 'nohillary 2016' });
  });

  it('skips tags too long to be real', () => {
    expect(findTags(`#${'a'.repeat(200)}`)).toEqual([]);
  });

  it('returns tags inside the text, in order, without overlaps', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('#', '@', 'a', 'B', '1', '_', ' ', '.', 'é'), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        let end = 0;
        for (const tag of findTags(text)) {
          expect(tag.start).toBeGreaterThanOrEqual(end);
          expect(tag.end).toBeLessThanOrEqual(text.length);
          expect('#@'.includes(text[tag.start]!)).toBe(true);
          end = tag.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
