import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLinks, linkDetector } from '../../src/detectors/link.js';
import { detect, texts, timed } from './helpers.js';

const strong = (text: string) => texts(text, findLinks(text).filter((l) => l.confidence >= 0.5));

describe('link detector', () => {
  it('finds http and https links with their paths, queries and fragments', () => {
    const text = 'See https://www.gov.uk/guidance/x?y=1#z and http://example.org.';
    expect(strong(text)).toEqual(['https://www.gov.uk/guidance/x?y=1#z', 'http://example.org']);
    expect(findLinks(text).map((l) => l.host)).toEqual(['www.gov.uk', 'example.org']);
  });

  it('finds bare domains with a known ending, with or without a path', () => {
    const text = 'Read gov.uk/guidance, www.example.org or bbc.co.uk today';
    expect(strong(text)).toEqual(['gov.uk/guidance', 'www.example.org', 'bbc.co.uk']);
  });

  it('drops sentence punctuation and unbalanced brackets after a link but keeps balanced ones', () => {
    const text = '(see https://en.wikipedia.org/wiki/Foo_(bar)), then gov.uk/a.';
    expect(strong(text)).toEqual(['https://en.wikipedia.org/wiki/Foo_(bar)', 'gov.uk/a']);
  });

  it('does not take email addresses, abbreviations, numbers or versions for links', () => {
    expect(strong('Write to jo.smith@example.org or @example.com')).toEqual([]);
    expect(strong('e.g. i.e. a.m. 3.14 v1.2.3 U.S. no. of items')).toEqual([]);
    expect(strong('http:// alone, https://')).toEqual([]);
  });

  it('is unsure of typos and file names, so the default threshold ignores them', () => {
    const found = findLinks('It ended.It was fine. Run setup.py now');
    expect(found.map((l) => l.host)).toEqual(['ended.it', 'setup.py']);
    expect(found.every((l) => l.confidence < 0.5)).toBe(true);
    expect(detect(linkDetector, 'It ended.It was fine. Run setup.py now')).toEqual([]);
    expect(detect(linkDetector, 'Run setup.py now', { minConfidence: 0.2 })).toHaveLength(1);
  });

  it('reads GOV.UK written in capitals as the site', () => {
    expect(strong('Apply on GOV.UK now')).toEqual(['GOV.UK']);
  });

  it('labels each link with its host and reports only the listed domains and their subdomains', () => {
    const text = 'https://www.gov.uk/x, https://notgov.uk/y, https://example.org and service.gov.uk';
    const all = detect(linkDetector, text);
    expect(all.map((m) => m.label)).toEqual([
      'link to www.gov.uk', 'link to notgov.uk', 'link to example.org', 'link to service.gov.uk',
    ]);
    const gov = detect(linkDetector, text, { domains: ['GOV.UK'] });
    expect(texts(text, gov)).toEqual(['https://www.gov.uk/x', 'service.gov.uk']);
    const byUrl = detect(linkDetector, text, { domains: ['https://example.org/'] });
    expect(texts(text, byUrl)).toEqual(['https://example.org']);
  });

  it('refuses unknown options and a confidence outside 0 to 1', () => {
    expect(linkDetector.options.safeParse({ domain: ['gov.uk'] }).success).toBe(false);
    expect(linkDetector.options.safeParse({ minConfidence: 2 }).success).toBe(false);
    expect(linkDetector.options.parse({})).toEqual({ minConfidence: 0.5 });
  });

  it('handles international domain names', () => {
    expect(strong('Visit 例え.jp today')).toEqual(['例え.jp']);
  });

  it('stays linear and sane on pathological input', () => {
    for (const text of ['a'.repeat(50_000), '.'.repeat(50_000), 'a.'.repeat(25_000), '-'.repeat(50_000),
      `https://${'a'.repeat(50_000)}`, `${'a.'.repeat(25_000)}com`, '@a'.repeat(25_000), 'http://'.repeat(7_000)]) {
      let found: ReturnType<typeof findLinks> = [];
      const ms = timed(() => {
        found = findLinks(text);
      });
      expect(ms).toBeLessThan(500);
      for (const link of found) {
        expect(link.start).toBeGreaterThanOrEqual(0);
        expect(link.end).toBeLessThanOrEqual(text.length);
      }
    }
    expect(findLinks('a'.repeat(50_000))).toEqual([]);
    expect(findLinks('.'.repeat(50_000))).toEqual([]);
  });

  it('returns ordered, non-overlapping spans inside the text for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '.', '/', ':', 'h', 't', 'p', 's', '@', ' ', 'k', 'u', 'w', '(', ')', 'é') , maxLength: 80 }), (text) => {
        let previousEnd = 0;
        for (const link of findLinks(text)) {
          expect(link.start).toBeGreaterThanOrEqual(previousEnd);
          expect(link.end).toBeGreaterThan(link.start);
          expect(link.end).toBeLessThanOrEqual(text.length);
          previousEnd = link.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});
