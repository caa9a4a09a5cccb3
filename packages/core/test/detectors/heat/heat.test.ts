import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heatDetector } from '../../../src/detectors/heat/index.js';
import { findPunctuationRuns, findShouting } from '../../../src/detectors/heat/signals.js';
import { run, spans, wellFormed } from '../offensive/run-detector.js';

const heat = (text: string, options: Record<string, unknown> = {}) => run(heatDetector, text, options);

describe('heat detector', () => {
  it('finds shouting, exclamation runs and angry words, and strengthens them together', () => {
    const text = 'THIS IS AN ABSOLUTE DISGRACE!!! I am furious';
    const found = heat(text);
    expect(found.map((m) => m.label)).toEqual(['shouting', 'angry words', 'repeated exclamation marks', 'angry words']);
    expect(spans(text, found)[0]).toBe('THIS IS AN ABSOLUTE DISGRACE');
    const alone = heat('I am furious', { minConfidence: 0 })[0]!;
    expect(found[3]!.confidence).toBeGreaterThan(alone.confidence);
  });

  it.each([
    ['WHY WON\u2019T ANYONE LISTEN TO US', 'shouting'],
    ['Unbelievable!!!!', 'repeated exclamation marks'],
    ['You did WHAT?!?!', 'exasperated punctuation'],
    ['This is fucking ridiculous!!!', 'repeated exclamation marks'],
    ['I am furious and sick and tired of this', 'angry words'],
  ])('flags %j', (text, label) => {
    expect(heat(text).map((m) => m.label)).toContain(label);
  });

  it.each([
    'Great news today!',
    'Is it Friday yet?',
    'The NHS and the BBC in the UK',
    'I hate Mondays',
    'OFFICIAL-SENSITIVE COMMERCIAL',
    'Meeting at 10am in room B',
    'Thanks!! See you soon',
  ])('does not flag the calm %j', (text) => {
    expect(heat(text)).toEqual([]);
  });

  it('keeps a lone angry word below the default confidence', () => {
    const [m] = heat('I hate Mondays', { minConfidence: 0 });
    expect(m?.label).toBe('angry words');
    expect(m!.confidence).toBeLessThan(0.5);
  });
});

describe('heat signals', () => {
  it('does not let a lone capital start, end or break a run of shouting', () => {
    const text = 'I SAID NO MORE MEETINGS I';
    expect(findShouting(text).map((s) => text.slice(s.start, s.end))).toEqual(['SAID NO MORE MEETINGS']);
  });

  it('ignores marking words in capitals', () => {
    expect(findShouting('SECRET UK EYES ONLY', (w) => ['secret', 'uk', 'eyes', 'only'].includes(w))).toEqual([]);
  });

  it('reads runs of marks with spaces between them', () => {
    const text = 'what ! ! ! no';
    expect(findPunctuationRuns(text).map((s) => text.slice(s.start, s.end))).toEqual(['! ! !']);
  });

  it('finds shouting wherever a run of capital words is planted', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z ,.]{0,30}$/), fc.stringMatching(/^[a-z ,.]{0,30}$/), (before, after) => {
        const text = `${before} PLEASE READ THIS NOW ${after}`;
        const found = findShouting(text);
        expect(found.map((s) => text.slice(s.start, s.end))).toEqual(['PLEASE READ THIS NOW']);
      }),
      { numRuns: 300 },
    );
  });

  it('finishes on pathological 50k inputs with sane output', () => {
    const inputs = [
      'A'.repeat(50_000),
      'AB '.repeat(16_000),
      '!'.repeat(50_000),
      '?! '.repeat(16_000),
      '\u200d'.repeat(50_000),
      `E${'\u0301'.repeat(50_000)}`,
      'furious '.repeat(6000),
    ];
    for (const text of inputs) expect(wellFormed(text, heat(text, { minConfidence: 0 }))).toBe(true);
    expect(heat('!'.repeat(50_000))).toHaveLength(1);
  });
});

describe('shouting in any script', () => {
  /** Case of one UTF-16 unit by case mapping, as the detector decides it on first sight. */
  function caseOf(unit: string): 'upper' | 'lower' | 'none' {
    if (unit !== unit.toLowerCase()) return 'upper';
    return unit !== unit.toUpperCase() ? 'lower' : 'none';
  }

  it('reads capitals beyond ASCII the same however often a character comes back', () => {
    const wide = fc.constantFrom('É', 'é', 'Ω', 'ω', 'Ж', 'ж', 'İ', 'ß', 'ǅ', '\u0301', '\u200d', '東', "'", ' ', '!', 'A', 'a');
    fc.assert(
      fc.property(fc.array(wide, { maxLength: 40 }), (units) => {
        const text = units.join('');
        const shouted = findShouting(text);
        // Every reported run starts and ends on a capital, and holds no lower-case letter.
        for (const s of shouted) {
          const run = [...text.slice(s.start, s.end)];
          expect(caseOf(run[0]!)).toBe('upper');
          expect(run.some((u) => caseOf(u) === 'lower')).toBe(false);
        }
        // The same text read a second time (the case table now warm) gives the same runs.
        expect(findShouting(text)).toEqual(shouted);
      }),
      { numRuns: 500 },
    );
  });

  it('finds shouting written in Greek and Cyrillic capitals', () => {
    expect(findShouting('ΑΥΤΟ ΕΙΝΑΙ ΑΠΑΡΑΔΕΚΤΟ ΤΕΛΟΣ').map((s) => s.label)).toEqual(['shouting']);
    expect(findShouting('ЭТО ПРОСТО НЕДОПУСТИМО')).toHaveLength(1);
    expect(findShouting('это просто недопустимо')).toHaveLength(0);
  });
});

describe('the quick exits of the heat signals', () => {
  /** Runs of marks read with a regular expression: a different way to the same runs. */
  function punctuationOracle(text: string): { start: number; end: number; label: string }[] {
    const out: { start: number; end: number; label: string }[] = [];
    for (const m of text.matchAll(/[!?\uff01\u203c](?:[ !?\uff01\u203c]*[!?\uff01\u203c])?/g)) {
      const run = m[0];
      let bangs = 0;
      let questions = 0;
      for (const ch of run) {
        if (ch === '!' || ch === '\uff01') bangs++;
        else if (ch === '\u203c') bangs += 2;
        else if (ch === '?') questions++;
      }
      const marks = bangs + questions;
      const at = { start: m.index, end: m.index + run.length };
      if (bangs >= 3 && questions === 0) out.push({ ...at, label: 'repeated exclamation marks' });
      else if (bangs >= 1 && questions >= 1 && marks >= 2) out.push({ ...at, label: 'exasperated punctuation' });
      else if (questions >= 4) out.push({ ...at, label: 'repeated question marks' });
    }
    return out;
  }

  it('find the same punctuation runs as a plain reading of the marks', () => {
    const piece = fc.constantFrom('!', '?', '\uff01', '\u203c', ' ', '  ', 'a', 'Why', '.', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(findPunctuationRuns(text).map(({ start, end, label }) => ({ start, end, label }))).toEqual(punctuationOracle(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('never find shouting with fewer than nine capitals, and still find it at nine', () => {
    const word = fc.constantFrom('NO', 'WAY', 'STOP', 'this', 'is', 'Unfair', 'I', '!', 'ÉTÉ');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (words) => {
        const text = words.join(' ');
        const capitals = [...text].filter((ch) => ch !== ch.toLowerCase()).length;
        if (capitals < 9) expect(findShouting(text)).toEqual([]);
      }),
      { numRuns: 500 },
    );
    expect(findShouting('STOP IT NOW')).toHaveLength(1);
    expect(findShouting('STOP IT NO')).toEqual([]);
  });
});
