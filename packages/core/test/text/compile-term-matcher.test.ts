import { describe, expect, it } from 'vitest';
import { compileTermMatcher } from '../../src/text/compile-term-matcher.js';
import { normalise } from '../../src/text/normalise.js';
import type { TermListInput } from '../../src/text/term-matcher.js';

const list = (id: string, terms: string[], inflect = false): TermListInput => ({
  id,
  inflect,
  terms: terms.map((text) => ({ text, prefix: false })),
});

const found = (lists: TermListInput[], text: string): string[] =>
  compileTermMatcher(lists)
    .scan(normalise(text))
    .map((m) => `${m.term}=${text.slice(m.start, m.end)}`);

describe('compileTermMatcher', () => {
  const basic = [list('topics', ['Brexit', 'scottish independence', 'god', 'stupid', 'blitz', 'oil'])];

  it('matches whole words only', () => {
    expect(found(basic, 'Brexit!')).toEqual(['Brexit=Brexit']);
    expect(found(basic, 'exit brexits rebrexit brexit')).toEqual(['Brexit=brexit']);
  });

  it('matches phrases across any run of separators', () => {
    expect(found(basic, 'scottish  independence, Scottish\nIndependence; scottish-independence')).toEqual([
      'scottish independence=scottish  independence',
      'scottish independence=Scottish\nIndependence',
      'scottish independence=scottish-independence',
    ]);
  });

  it('sees through obfuscation', () => {
    expect(found(basic, 'brexiiiiit')).toEqual(['Brexit=brexiiiiit']);
    expect(found(basic, 'Вrехit')).toEqual(['Brexit=Вrехit']);
    expect(found(basic, 'bre\u200Bxit')).toEqual(['Brexit=bre\u200Bxit']);
    expect(found(basic, 'b r e x i t')).toEqual(['Brexit=b r e x i t']);
    expect(found(basic, 'br3x1t')).toEqual(['Brexit=br3x1t']);
    expect(found(basic, 'stuuuupid')).toEqual(['stupid=stuuuupid']);
  });

  it('reads an ambiguous 1 or | as either i or l', () => {
    expect(found(basic, 'b1itz o1l b|itz')).toEqual(['blitz=b1itz', 'oil=o1l', 'blitz=b|itz']);
  });

  it('keeps a doubled letter distinct from a single one', () => {
    expect(found(basic, 'good')).toEqual([]);
    expect(found([list('x', ['good'])], 'god')).toEqual([]);
    expect(found(basic, 'good god')).toEqual(['god=god']);
    expect(found(basic, 'oiil')).toEqual([]);
  });

  it('matches prefix terms on word starts', () => {
    const lists: TermListInput[] = [{ id: 'c', inflect: false, terms: [{ text: 'campaign*', prefix: true }] }];
    expect(found(lists, 'campaigners campaign recampaign')).toEqual(['campaign*=campaigners', 'campaign*=campaign']);
  });

  it('matches inflections of the last word when asked', () => {
    const lists = [list('c', ['plan', 'party', 'leaflet', 'tax credit'], true)];
    expect(found(lists, 'planned planning plans plan parties partied leafleting tax credits')).toEqual([
      'plan=planned',
      'plan=planning',
      'plan=plans',
      'plan=plan',
      'party=parties',
      'party=partied',
      'leaflet=leafleting',
      'tax credit=tax credits',
    ]);
    expect(found([list('c', ['plan'])], 'planned plans')).toEqual([]);
  });

  it('reports overlapping matches of different terms and lists, sorted', () => {
    const lists = [list('b', ['scottish independence', 'independence']), list('a', ['scottish'])];
    const matches = compileTermMatcher(lists).scan(normalise('Scottish independence'));
    expect(matches.map((m) => [m.list, m.term, m.start, m.end, m.firstWord, m.lastWord])).toEqual([
      ['a', 'scottish', 0, 8, 0, 0],
      ['b', 'scottish independence', 0, 21, 0, 1],
      ['b', 'independence', 9, 21, 1, 1],
    ]);
  });

  it('fills in the normalised form and word indices', () => {
    const [m] = compileTermMatcher(basic).scan(normalise('We said: BRËXIT.'));
    expect(m).toMatchObject({ list: 'topics', term: 'Brexit', start: 9, end: 15, normalised: 'brexit', firstWord: 2, lastWord: 2 });
  });

  it('matches prefix phrases and terms written with a trailing star', () => {
    const lists: TermListInput[] = [
      { id: 'c', inflect: false, terms: [{ text: 'scottish indep', prefix: true }, { text: 'idiot*', prefix: false }] },
    ];
    expect(found(lists, 'Scottish Independence; idiots; an idiot')).toEqual([
      'scottish indep=Scottish Independence',
      'idiot*=idiots',
      'idiot*=idiot',
    ]);
  });

  it('counts digits exactly and keeps numbers apart from words', () => {
    const lists = [list('n', ['100', '2024', 'g7', 'covid 19'])];
    expect(found(lists, '1000 100 2024 2o24 G7 covid-19')).toEqual(['100=100', '2024=2024', 'g7=G7', 'covid 19=covid-19']);
  });

  it('normalises terms like texts', () => {
    const lists = [list('x', ['Café', 'ＦＵＥＬ duty', 'br3xit', 'Straße', '中文'])];
    expect(found(lists, 'cafe, fuel-duty, BREXIT, strasse, 中文')).toEqual([
      'Café=cafe',
      'ＦＵＥＬ duty=fuel-duty',
      'br3xit=BREXIT',
      'Straße=strasse',
      '中文=中文',
    ]);
  });

  it('ignores empty and duplicate terms', () => {
    const lists = [list('x', ['tax', 'tax', '!!!', ''])];
    expect(found(lists, 'tax')).toEqual(['tax=tax']);
  });

  it('reports the same term once per list that has it', () => {
    expect(found([list('a', ['tax']), list('b', ['tax'])], 'tax')).toEqual(['tax=tax', 'tax=tax']);
  });

  it('takes no notice of case or diacritics in the text but keeps other scripts distinct', () => {
    expect(found([list('x', ['naive'])], 'NAÏVE naïve')).toEqual(['naive=NAÏVE', 'naive=naïve']);
    expect(found([list('x', ['中文'])], '中国')).toEqual([]);
  });

  it('accepts hand-made normalised texts without the leet map', () => {
    const matcher = compileTermMatcher([list('x', ['tax credit'])]);
    const text = 'tax credit';
    const matches = matcher.scan({ original: text, text, starts: Uint32Array.from([...text].map((_, i) => i)), ends: Uint32Array.from([...text].map((_, i) => i + 1)) });
    expect(matches.map((m) => [m.start, m.end])).toEqual([[0, 10]]);
  });
});
