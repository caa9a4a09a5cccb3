import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OFFENSIVE_LEXICON, offensiveDetector, profanityDetector } from '../../../src/detectors/offensive/index.js';
import { run, spans, wellFormed } from './run-detector.js';

const offensive = (text: string, options: Record<string, unknown> = {}) => run(offensiveDetector, text, options);
const all = (text: string) => offensive(text, { minSeverity: 'mild', minConfidence: 0 });

describe('offensive detector: severity', () => {
  it.each([
    ['What the hell is going on', 'hell'],
    ['Damn, missed the train', 'Damn'],
    ['That was crap', 'crap'],
  ])('grades the oath in %j as mild', (text, word) => {
    const matches = all(text);
    expect(spans(text, matches)).toEqual([word]);
    expect(matches[0]!.label).toBe('offensive (mild)');
    // Mild words are hidden at the default severity.
    expect(offensive(text)).toEqual([]);
  });

  it.each([
    ['this traffic is fucking awful', 'fucking'],
    ['what a load of shit', 'shit'],
    ['he is such a bastard', 'bastard'],
    ['total bollocks', 'bollocks'],
    ['stop being a wanker', 'wanker'],
  ])('grades the swearing in %j as moderate', (text, word) => {
    const matches = offensive(text);
    expect(spans(text, matches)).toEqual([word]);
    expect(matches[0]!.label).toBe('offensive (moderate)');
  });

  it.each(['faggot', 'nigger', 'retard', 'paki', 'kike', 'tranny', 'spastic'])('grades the slur %j as severe', (slur) => {
    const text = `he called him a ${slur} in the canteen`;
    const matches = offensive(text);
    expect(spans(text, matches)).toEqual([slur]);
    expect(matches[0]!.label).toBe('offensive (severe)');
    expect(matches[0]!.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('orders confidence by severity', () => {
    const mild = all('damn')[0]!.confidence;
    const moderate = all('shit')[0]!.confidence;
    const severe = all('faggot')[0]!.confidence;
    expect(mild).toBeLessThan(moderate);
    expect(moderate).toBeLessThan(severe);
  });

  it('filters by minSeverity', () => {
    const text = 'damn this shit, you faggot';
    expect(offensive(text, { minSeverity: 'mild' })).toHaveLength(3);
    expect(offensive(text, { minSeverity: 'moderate' })).toHaveLength(2);
    expect(spans(text, offensive(text, { minSeverity: 'severe' }))).toEqual(['faggot']);
  });

  it('raises an insult aimed at someone to moderate, and leaves a pejorative about a thing alone', () => {
    expect(offensive('you are pathetic')[0]?.label).toBe('offensive (moderate)');
    expect(offensive('Smith is a liar')[0]?.label).toBe('offensive (moderate)');
    expect(offensive('a pathetic performance from the buses today')).toEqual([]);
    expect(offensive('this plan is stupid')).toEqual([]);
  });

  it('reports a masked swear word', () => {
    for (const text of ['this traffic is f***ing awful', 'what a load of sh*t', 'you absolute a**hole', 'f**k this']) {
      expect(offensive(text), text).toHaveLength(1);
    }
    // HTML entities and ordinary hyphens are not masks.
    expect(all('more to come&#8230; a&#8230;')).toEqual([]);
    expect(all('a well-known e-mail address')).toEqual([]);
  });

  it('finds a swear word masked with any hiding mark, whatever surrounds it', () => {
    const word = fc.constantFrom('fuck', 'shit', 'bastard', 'wanker', 'bollocks');
    const filler = fc.array(fc.constantFrom('the', 'bus', 'is', 'late', 'again', 'today', ',', '.'), { maxLength: 6 });
    fc.assert(
      fc.property(word, fc.constantFrom('*', '#', '%', '^'), filler, filler, (w, mark, before, after) => {
        // Keep the first letter, hide the rest but the last (`f**k`, `b#####d`).
        const masked = w[0] + mark.repeat(w.length - 2) + w[w.length - 1];
        const text = [...before, masked, ...after].join(' ');
        const found = all(text);
        expect(found.some((m) => text.slice(m.start, m.end) === masked), text).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('offensive detector: near misses', () => {
  it.each([
    'Scunthorpe United won on Saturday',
    'the class assessment is due',
    'we walked along Offa\u2019s Dyke',
    "we walked along Offa's Dyke",
    'reading Moby Dick on the train',
    'the blue tit is back at the feeder',
    'a pussy willow in bloom',
    'hoedown at the village hall',
    'the cocktail menu',
    'grab your Christmas crackers',
    'homo sapiens evolved in Africa',
    'the shiitake mushrooms',
    'she works at the Department for Work and Pensions',
    'a document on mental health',
    'Dick Whitman was the name on the card',
  ])('does not flag %j', (text) => {
    expect(offensive(text)).toEqual([]);
  });
});

/** Moderate or severe single words the property test disguises. */
const TARGET_WORDS = ['fuck', 'shit', 'bitch', 'bastard', 'wanker', 'cunt', 'faggot', 'twat', 'bollocks', 'asshole'];

const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
const LEET: Record<string, string[]> = { a: ['4', '@'], e: ['3'], i: ['1', '!'], o: ['0'], s: ['5', '$'], t: ['7'] };
const CONFUSABLE: Record<string, string[]> = {
  a: ['\u0430'], c: ['\u0441'], e: ['\u0435'], o: ['\u043e', '\u03bf'], p: ['\u0440'], x: ['\u0445'],
  i: ['\u0456'], s: ['\u0455'], k: ['\u043a'],
};

/** Replaces each letter by a random choice from `table`, keeping at least the first letter plain. */
function substitute(word: string, table: Record<string, string[]>, picks: number[]): string {
  return [...word]
    .map((ch, i) => {
      const options = table[ch];
      if (i === 0 || options === undefined) return ch;
      const p = picks[i % picks.length]!;
      return p % 3 === 0 ? ch : options[p % options.length]!;
    })
    .join('');
}

const obfuscated = fc
  .record({
    word: fc.constantFrom(...TARGET_WORDS),
    how: fc.constantFrom('zero-width', 'leet', 'confusable', 'spaced', 'stretched', 'upper', 'mixed'),
    picks: fc.array(fc.nat(50), { minLength: 1, maxLength: 8 }),
  })
  .map(({ word, how, picks }) => {
    const letters = [...word];
    switch (how) {
      case 'zero-width':
        return letters.map((ch, i) => (i === 0 ? ch : ZERO_WIDTH[picks[i % picks.length]! % ZERO_WIDTH.length]! + ch)).join('');
      case 'leet':
        return substitute(word, LEET, picks);
      case 'confusable':
        return substitute(word, CONFUSABLE, picks);
      case 'spaced':
        return letters.join(picks[0]! % 2 === 0 ? ' ' : '.');
      case 'stretched': {
        const at = picks[0]! % letters.length;
        return letters.map((ch, i) => (i === at ? ch.repeat(3 + (picks[0]! % 4)) : ch)).join('');
      }
      case 'upper':
        return word.toUpperCase();
      default:
        return substitute(word, CONFUSABLE, picks)
          .split('')
          .map((ch, i) => (i === 1 ? `\u200d${ch}` : ch))
          .join('');
    }
  });

describe('offensive detector: obfuscation', () => {
  it('catches a disguised swear word and reports its original span', () => {
    fc.assert(
      fc.property(obfuscated, fc.constantFrom('oh ', 'well ', ''), fc.constantFrom(' that', ' off', ', ok', ''), (word, before, after) => {
        const text = `${before}${word}${after}`;
        const matches = offensive(text);
        expect(wellFormed(text, matches)).toBe(true);
        const at = before.length;
        expect(matches.some((m) => m.start <= at + 1 && m.end >= at + word.length - 1)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['f\u200bu\u200bc\u200bk off', 'zero-width'],
    ['sh1t', 'leet'],
    ['\u0455h\u0456t', 'confusables'],
    ['f u c k this', 'spaced'],
    ['fuuuuuck', 'stretched'],
    ['sh!t', 'symbols'],
    ['a$$hole', 'symbols'],
    ['ƒuck', 'look-alike'],
  ])('catches %j (%s)', (text) => {
    expect(offensive(text).length).toBeGreaterThan(0);
  });
});

describe('offensive detector: invariants', () => {
  it('never reports a match below its options', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('you', 'are', 'a', 'damn', 'idiot', 'shit', 'faggot', 'lovely', 'day', 'the', 'is', 'stupid', '!'), {
          maxLength: 12,
        }),
        fc.constantFrom('mild', 'moderate', 'severe'),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (words, minSeverity, minConfidence) => {
          const text = words.join(' ');
          const matches = offensive(text, { minSeverity, minConfidence });
          expect(wellFormed(text, matches)).toBe(true);
          for (const m of matches) {
            expect(m.confidence).toBeGreaterThanOrEqual(minConfidence);
            const rank = ['mild', 'moderate', 'severe'];
            expect(rank.indexOf(/\((\w+)\)/.exec(m.label)![1]!)).toBeGreaterThanOrEqual(rank.indexOf(minSeverity));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is the same detector under the name profanity', () => {
    const text = 'you absolute bastard';
    expect(profanityDetector.name).toBe('profanity');
    expect(run(profanityDetector, text)).toEqual(offensive(text));
  });

  it('lists each lexicon entry once', () => {
    const texts = OFFENSIVE_LEXICON.map((e) => e.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('finds every lexicon entry written plainly', () => {
    for (const entry of OFFENSIVE_LEXICON) {
      const found = all(`so ${entry.text} then`);
      expect(found.length, entry.text).toBeGreaterThan(0);
    }
  });

  it('finishes on pathological 50k inputs with sane output', () => {
    const inputs = [
      'a'.repeat(50_000),
      'f'.repeat(50_000),
      '\u200d'.repeat(50_000),
      `e${'\u0301'.repeat(50_000)}`,
      'fuck '.repeat(10_000),
      'f*'.repeat(25_000),
      'f* '.repeat(16_000),
      'a '.repeat(25_000),
      '*'.repeat(50_000),
    ];
    for (const text of inputs) expect(wellFormed(text, all(text))).toBe(true);
    expect(offensive('fuck '.repeat(10_000))).toHaveLength(10_000);
  });
});
