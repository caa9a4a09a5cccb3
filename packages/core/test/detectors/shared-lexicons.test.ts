import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineLexicon } from '../../src/detectors/shared-lexicons.js';
import { compileTermMatcher } from '../../src/text/compile-term-matcher.js';
import { normalise } from '../../src/text/normalise.js';
import type { TermListInput } from '../../src/text/term-matcher.js';
import { textArb } from '../fixtures/arbitraries.js';

const terms = (...texts: string[]) => texts.map((text) => ({ text, prefix: text.endsWith('*') }));

// Two lexicons with the same list ids and overlapping terms, as detectors define them independently.
const A: TermListInput[] = [
  { id: 'topic', inflect: true, terms: terms('brexit', 'minister', 'scottish independence') },
  { id: 'cue', inflect: false, terms: terms('i support', 'support', 'leak*') },
];
const B: TermListInput[] = [
  { id: 'topic', inflect: false, terms: terms('brexit', 'independence', 'official') },
  { id: 'safe', inflect: true, terms: terms('minister', 'leaked') },
];
const sharedA = defineLexicon('test-a', () => A);
const sharedB = defineLexicon('test-b', () => B);
// The same lists again in a group of their own, scanned only when asked.
const sideB = defineLexicon('test-side-b', () => B, { group: 'test-side' });
const ownA = compileTermMatcher(A);
const ownB = compileTermMatcher(B);

const words = fc.constantFrom(
  'Brexit', 'br3xit', 'ministers', 'Minister', 'Scottish', 'independence', 'I', 'support', 'leaked', 'leaks', 'official',
  's u p p o r t', '#Brexit', ' ', '.', '\u200b',
);
const text = fc.oneof(textArb, fc.array(words, { maxLength: 20 }).map((w) => w.join(' ')));

describe('the shared automaton of the built-in detectors', () => {
  it('gives each lexicon exactly the matches, in the order, of its own matcher', () => {
    fc.assert(
      fc.property(text, (t) => {
        const normalised = normalise(t);
        expect(sharedA.scan(normalised)).toEqual(ownA.scan(normalise(t)));
        expect(sharedB.scan(normalised)).toEqual(ownB.scan(normalise(t)));
        expect(sideB.scan(normalised)).toEqual(ownB.scan(normalise(t)));
      }),
      { numRuns: 500 },
    );
  });

  it('scans a text once for every lexicon', () => {
    const normalised = normalise('Brexit minister leaked');
    const first = sharedA.scan(normalised);
    expect(sharedA.scan(normalised)).toBe(first);
    expect(first.map((m) => `${m.list}:${m.term}`)).toEqual(['topic:brexit', 'topic:minister', 'cue:leak*']);
    expect(sharedB.scan(normalised).map((m) => `${m.list}:${m.term}`)).toEqual(['topic:brexit', 'safe:minister', 'safe:leaked']);
  });

  it('refuses a lexicon name given twice', () => {
    expect(() => defineLexicon('test-a', () => [])).toThrow('The lexicon `test-a` is defined twice');
  });
});
