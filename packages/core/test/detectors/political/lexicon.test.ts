import { describe, expect, it } from 'vitest';
import { politicalLexicon, TOPIC_GROUPS } from '../../../src/detectors/political/lexicon.js';
import { STANCE_CUES } from '../../../src/detectors/political/terms/stance.js';
import { SAFE_PHRASES } from '../../../src/detectors/political/terms/safe-phrases.js';
import { normalise } from '../../../src/text/normalise.js';

describe('political lexicon', () => {
  it('gives every topic group a name, a kind and clarities between 0 and 1', () => {
    for (const group of TOPIC_GROUPS) {
      expect(group.topic.length).toBeGreaterThan(0);
      expect(group.terms.length).toBeGreaterThan(0);
      expect(group.clarity).toBeGreaterThan(0);
      expect(group.clarity).toBeLessThanOrEqual(1);
      expect(group.cue ?? 0).toBeLessThan(1);
      for (const term of group.terms) {
        const [text, clarity] = typeof term === 'string' ? [term, group.clarity] : term;
        expect(normalise(text).text, `${group.topic}: ${text}`).not.toBe('');
        expect(clarity).toBeGreaterThan(0);
        expect(clarity).toBeLessThanOrEqual(1);
      }
    }
  });

  it('gives every stance cue a strength below 1 and a term that normalises to words', () => {
    for (const group of STANCE_CUES) {
      expect(group.strength).toBeGreaterThan(0);
      expect(group.strength).toBeLessThan(1);
      for (const text of group.terms) expect(normalise(text).text, text).not.toBe('');
    }
    for (const text of SAFE_PHRASES) expect(normalise(text).text, text).not.toBe('');
  });

  it('covers the controversies and figures the guidance and the corpora name', () => {
    const { matcher } = politicalLexicon();
    const topicsOf = (text: string) =>
      matcher.scan(normalise(text)).filter((m) => m.list.startsWith('topic')).map((m) => m.term);
    for (const text of [
      'brexit', 'immigration', 'asylum seekers', 'small boats', 'abortion', 'climate change', 'net zero', 'feminism',
      'gun control', 'scottish independence', 'trans rights', 'gaza', 'strike action', 'nhs waiting lists', 'tax rises',
      'keir starmer', 'kemi badenoch', 'nigel farage', 'hillary clinton', 'donald trump', 'barack obama',
      'bernie sanders', 'sinn féin', 'plaid cymru', 'lib dems', 'snp', 'dup', 'reform uk', 'home secretary',
      'leader of the opposition', 'shadow chancellor', 'department for education',
    ]) {
      expect(topicsOf(text), text).not.toEqual([]);
    }
  });

  it('builds its matcher once', () => {
    expect(politicalLexicon()).toBe(politicalLexicon());
  });
});
