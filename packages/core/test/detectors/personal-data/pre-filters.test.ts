import fc from 'fast-check';
import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
// Loading every personal-data detector registers every cue pattern.
import '../../../src/detectors/personal-data/index.js';
import { LIBRARY_MIN_DIGITS, libraryMayAccept, phoneDetector } from '../../../src/detectors/personal-data/phone.js';
import { findAllHits } from '../../../src/detectors/personal-data/shared/after-cue.js';
import { anchoredPatterns, mayMatch, phraseAnchor, phraseReach } from '../../../src/detectors/personal-data/shared/word-anchors.js';
import { mayHoldAddress, streetAddressDetector } from '../../../src/detectors/personal-data/street-address.js';
import { digitRunLengths } from '../../../src/detectors/personal-data/shared/digit-runs.js';
import { ACCOUNT, NEEDED_RUNS, SORT_CODE, ukBankAccountDetector } from '../../../src/detectors/personal-data/uk-bank-account.js';
import { CANDIDATE as SSN_CANDIDATE, CANDIDATE_RUNS, usSsnDetector } from '../../../src/detectors/personal-data/us-ssn.js';
import { DVLA, DVLA_RUNS } from '../../../src/detectors/personal-data/driving-licence.js';
import { START as IBAN_START, START_RUNS } from '../../../src/detectors/personal-data/iban.js';
import { IPV4, IPV4_RUNS } from '../../../src/detectors/personal-data/ip-address.js';
import { CANDIDATE as NINO_CANDIDATE, CANDIDATE_RUNS as NINO_RUNS } from '../../../src/detectors/personal-data/nino.js';
import { DETAIL_CUE, detailCues } from '../../../src/detectors/personal-data/personal-detail.js';
import { mayHoldWallet, WALLETS } from '../../../src/detectors/personal-data/crypto-wallet.js';
import { run } from './helpers.js';

/** Characters that break words, join them, or look like letters to a case-insensitive pattern. */
const NOISE = [
  'a', 'Z', 'k', 's', 'x', '1', '7', '0', ' ', '  ', '-', '.', ',', ':', '#', '/', "'", '’', '\n', '\t', '\u00a0',
  '\u200d', '\u0301', 'é', 'ſ', '\u212a', '@', '&#', ';', '(', ')', '+', 'my ', ' is ', 'box', 'Box',
];
const noise = fc.array(fc.constantFrom(...NOISE), { maxLength: 8 }).map((parts) => parts.join(''));

/** A text with noise inserted at random places of `base`: before, inside and after it. */
function aroundAndInside(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(base, noise, noise, noise, fc.nat()).map(([text, before, inside, after, at]) => {
    const cut = text.length === 0 ? 0 : at % (text.length + 1);
    return `${before}${text.slice(0, cut)}${inside}${text.slice(cut)}${after}`;
  });
}

/** A phrase as people write it: any case, other spaces and apostrophes, and the letters `ſ` and `K` that fold to ASCII. */
function writtenAs(phrase: string): fc.Arbitrary<string> {
  return fc.array(fc.nat(99), { minLength: phrase.length, maxLength: phrase.length }).map((rolls) => {
    let out = '';
    for (let i = 0; i < phrase.length; i++) {
      const ch = phrase[i]!;
      const r = rolls[i]!;
      if (ch === ' ') out += [' ', '  ', '-', '\t', '\u00a0', ' - '][r % 6];
      else if (ch === "'") out += ["'", '’', ''][r % 3];
      else if (ch === 's' && r < 10) out += 'ſ';
      else if (ch === 'k' && r < 10) out += '\u212a';
      else out += r % 2 === 0 ? ch.toUpperCase() : ch;
    }
    return out;
  });
}

/** What usually stands around a cue: a possessive before, a value or a name after. */
const BEFORE_CUE = ['', 'my ', 'her late ', 'their   next-door   ', 'our youngest ', "John's ", 'the ', 'x', '2', '. ', '\n'];
const AFTER_CUE = ['', ' is 4821', ': AB123456', ' was Leeds', ' Smith', ' = 9', "'s name is Ann", 's', '2'];

describe('word anchors of the cue patterns', () => {
  it('picks a word of the phrase with a mandatory break on both sides', () => {
    expect(phraseAnchor("mother's maiden name")).toBe('maiden');
    expect(phraseAnchor('2fa code')).toBe('code');
    expect(phraseAnchor('i.d.')).toBe('i');
    expect(phraseAnchor("child's", false)).toBe('child');
    expect(phraseAnchor("i'm")).toBeUndefined();
  });

  it('filters every cue pattern searched over whole texts', () => {
    // Nine phrase lists, the relations and titles of names, and the personal details.
    expect(anchoredPatterns().length).toBeGreaterThanOrEqual(12);
  });

  it('never skips a text the pattern matches', () => {
    const cases = anchoredPatterns().flatMap(({ pattern, phrases }) => phrases.map((phrase) => ({ pattern, phrase })));
    const text = fc
      .tuple(fc.constantFrom(...cases), fc.constantFrom(...BEFORE_CUE), fc.constantFrom(...AFTER_CUE))
      .chain(([c, before, after]) =>
        aroundAndInside(writtenAs(c.phrase).map((p) => `${before}${p}${after}`)).map((t) => ({ pattern: c.pattern, text: t })),
      );
    let matched = 0;
    fc.assert(
      fc.property(text, ({ pattern, text: t }) => {
        const raw = new RegExp(pattern.source, pattern.flags);
        const hit = raw.exec(t) !== null;
        if (hit) matched++;
        return !hit || mayMatch(pattern, t);
      }),
      { numRuns: 1000 },
    );
    // The generator must reach real matches, or the property says nothing.
    expect(matched).toBeGreaterThan(100);
  });

  it('finds near the anchors what a search of the whole text finds', () => {
    const cases = anchoredPatterns().flatMap(({ pattern, phrases }) => phrases.map((phrase) => ({ pattern, phrase })));
    const piece = fc
      .tuple(fc.constantFrom(...cases), fc.constantFrom(...BEFORE_CUE), fc.constantFrom(...AFTER_CUE))
      .chain(([c, before, after]) => aroundAndInside(writtenAs(c.phrase).map((p) => `${before}${p}${after}`)));
    const text = fc.tuple(fc.array(piece, { minLength: 1, maxLength: 4 }), fc.constantFrom(' ', '', '\n', ', '));
    let found = 0;
    fc.assert(
      fc.property(text, ([pieces, glue]) => {
        const t = pieces.join(glue);
        for (const { pattern } of anchoredPatterns()) {
          const whole = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
          const expected: { start: number; end: number }[] = [];
          for (let m = whole.exec(t); m; m = whole.exec(t)) {
            expected.push({ start: m.index, end: m.index + m[0].length });
            if (m[0].length === 0) whole.lastIndex++;
          }
          found += expected.length;
          expect(findAllHits(t, pattern)).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
    expect(found).toBeGreaterThan(100);
  });

  it('bounds how far before its anchor a phrase starts', () => {
    expect(phraseReach('passport number')).toBe(0);
    expect(phraseReach("mother's maiden name")).toBe(6 + 1 + 1 + 3);
    expect(phraseReach('answer to my security question')).toBe(6 + 3 + 2 + 3 + 2 + 3);
  });

  it('skips texts without any anchor, such as runs of joiners or marks', () => {
    for (const { pattern } of anchoredPatterns()) {
      expect(mayMatch(pattern, '\u200d'.repeat(500))).toBe(false);
      expect(mayMatch(pattern, 'a\u0301'.repeat(500))).toBe(false);
    }
  });
});

describe('phone: numbers too short for libphonenumber', () => {
  it('libphonenumber finds nothing in six digits or fewer without `+`, however they are written', () => {
    const chunk = fc
      .tuple(
        fc.boolean(),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.constantFrom('', '', ' ', '-', '.', '(', ')', '/', '\u00a0', '\u2013')), {
          minLength: 1,
          maxLength: LIBRARY_MIN_DIGITS - 1,
        }),
        fc.constantFrom('', ' x12', 'x459', ' ext. 12', ' extension 4'),
      )
      .map(([bracket, parts, extension]) => `${bracket ? '(' : ''}${parts.map(([d, s]) => `${d}${s}`).join('')}${extension}`);
    fc.assert(
      fc.property(chunk, (c) =>
        findPhoneNumbersInText(c, { defaultCountry: 'GB' }).length === 0 &&
        findPhoneNumbersInText(c, { defaultCountry: 'US' }).length === 0,
      ),
      { numRuns: 500 },
    );
  });

  it('libphonenumber finds nothing in seven digits starting with 0 or 1 without `+`, however they are written', () => {
    const chunk = fc
      .tuple(
        fc.boolean(),
        fc.constantFrom(0, 1),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.constantFrom('', '', ' ', '-', '.', '(', ')', '\u00a0')), {
          minLength: 6,
          maxLength: 6,
        }),
        fc.constantFrom('', ' x12', ' ext. 12'),
      )
      .map(([bracket, first, parts, extension]) => `${bracket ? '(' : ''}${first}${parts.map(([d, s]) => `${d}${s}`).join('')}${extension}`);
    fc.assert(
      fc.property(chunk, (c) => {
        expect(libraryMayAccept(c.replace(/ ?(?:x|ext\.) ?\d+$/, '').replace(/\D/g, ''), false)).toBe(false);
        return findPhoneNumbersInText(c, { defaultCountry: 'GB' }).length === 0 && findPhoneNumbersInText(c, { defaultCountry: 'US' }).length === 0;
      }),
      { numRuns: 300 },
    );
    expect(libraryMayAccept('3100000', false)).toBe(true);
    expect(libraryMayAccept('1041185', true)).toBe(true);
  });

  it('still reports short numbers written with `+` and long ones', () => {
    expect(run(phoneDetector, 'ring me on +43 1110').length).toBe(1);
    expect(run(phoneDetector, 'call me on 07911 123456').length).toBe(1);
  });
});

/** Addresses from the tests, and near misses. */
const ADDRESSES = [
  'My neighbour lives at 14 Crown Street, Leeds LS1 4AP and is lovely.',
  'Ship the replacement to 742 Evergreen Terrace, Springfield, IL 62704, attention to me.',
  'Flat 3, 12a Mill Lane, Bristol',
  'I once lived in 41086 Kiannonkatu 98 Suite 464 OULU Finland 80896.',
  'The office is at Rue de Rivoli 12, Paris',
  'We met at Király u. 15.',
  'Please return to PSC 2581, Box 0041 APO AP 32376 in case of an issue.',
  'Send it to 26 rue de Tanger, Tunis',
  'He lives on Joaquin Suarez 2906.',
  'Write to PO Box 123456, London',
  'Springfield, IL 62704',
  'my address is Baker Street, London',
  'Apt 4412345 Mill Lane',
];

describe('street-address: texts without a house number', () => {
  it('never skips a text the full detector would flag', () => {
    fc.assert(
      fc.property(aroundAndInside(fc.constantFrom(...ADDRESSES)), (text) => {
        const fast = run(streetAddressDetector, text);
        const full = run(streetAddressDetector, text, { minConfidence: 0 }).filter((m) => m.confidence >= 0.5);
        expect(fast).toEqual(full);
        if (!mayHoldAddress(text)) expect(full).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('lets through the numbers an address may have, and skips emoji written as numbers', () => {
    expect(mayHoldAddress('lives at 14 Crown Street')).toBe(true);
    expect(mayHoldAddress('PO Box 1234567')).toBe(true);
    expect(mayHoldAddress('lol &#128514;&#128514; &#9829;')).toBe(false);
    expect(mayHoldAddress('1'.repeat(50_000))).toBe(false);
  });
});

/** Numbers from the tests, and near misses, as digits and separators. */
const NUMBERS = [
  '123-45-6789', '123 45 6789', '123456789', '12-34-56 12345678', 'sort code 12 34 56', 'account 31926819',
  '4111 1111 1111 1111', '078-05-1120', '1234567', '12-34-567', '١٢٣-45-6789', '0'.repeat(20),
  'QQ 12 34 56 C', 'QQ123456C', 'ab-12-34-56', 'MORGA753116SM9IJ', 'MORGA9753116SM9IJ 35', 'JONES9999123456AB1CD',
  'GB82 WEST 1234 5698 7654 32', 'GB82WEST12345698765432', '192.168.1.1', '8.8.8.8', '1.2.3.4.5', '255.255.255.255',
];
const DIGIT_NOISE = ['1', '22', '9', '-', ' ', '/', '.', 'a', 'Q', 'AB', '٣', '\u200d', 'ssn ', '#'];
const numberText = fc
  .tuple(fc.constantFrom(...NUMBERS), fc.array(fc.constantFrom(...DIGIT_NOISE), { maxLength: 6 }), fc.array(fc.constantFrom(...DIGIT_NOISE), { maxLength: 6 }), fc.nat())
  .map(([base, inside, after, at]) => {
    const cut = at % (base.length + 1);
    return `${base.slice(0, cut)}${inside.join('')}${base.slice(cut)}${after.join('')}`;
  });

describe('digit runs: the number detectors need runs of given lengths', () => {
  it('never skips a text their patterns match', () => {
    let matched = 0;
    fc.assert(
      fc.property(numberText, (text) => {
        const lengths = digitRunLengths(text);
        const gates = [
          [[SSN_CANDIDATE], CANDIDATE_RUNS], [[SORT_CODE, ACCOUNT], NEEDED_RUNS], [[NINO_CANDIDATE], NINO_RUNS],
          [[DVLA], DVLA_RUNS], [[IBAN_START], START_RUNS], [[IPV4], IPV4_RUNS],
        ] as const;
        for (const [patterns, needed] of gates) {
          const hit = patterns.some((p) => new RegExp(p.source, p.flags).exec(text) !== null);
          if (hit) matched++;
          if (hit) expect(lengths & needed).not.toBe(0);
        }
      }),
      { numRuns: 600 },
    );
    expect(matched).toBeGreaterThan(75);
  });

  it('skips a run of fifty thousand digits', () => {
    const digits = '1'.repeat(50_000);
    expect(digitRunLengths(digits) & (CANDIDATE_RUNS | NEEDED_RUNS | NINO_RUNS | DVLA_RUNS | IPV4_RUNS)).toBe(0);
    expect(run(usSsnDetector, digits)).toEqual([]);
    expect(run(ukBankAccountDetector, digits)).toEqual([]);
  });
});

describe('personal-detail: the cue tried near its anchors only', () => {
  const longName = `B${'a'.repeat(80)}`;
  const cueText = fc
    .tuple(
      fc.constantFrom('my', 'His', 'their', 'John’s', "Mary's", `${longName}'s`, '𝐀𝐚𝐚’s', 'Jo\u0345e’s', 'MY'),
      fc.constantFrom(' ', '  ', '\t', '   '),
      fc.constantFrom("mother's maiden name", 'salary', 'place of birth', 'age', 'blood pressure', 'annual income', 'rent'),
      fc.constantFrom(' is 5', ': x', ' was Leeds', ' = 1', 'is', ''),
    )
    .chain(([possessive, space, attribute, tail]) => writtenAs(attribute).map((a) => `${possessive}${space}${a}${tail}`));
  const many = fc.array(aroundAndInside(cueText), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));

  it('finds what a search of the whole text finds', () => {
    let found = 0;
    fc.assert(
      fc.property(many, (text) => {
        const whole = new RegExp(DETAIL_CUE.source, DETAIL_CUE.flags);
        const expected: { start: number; end: number }[] = [];
        for (let m = whole.exec(text); m; m = whole.exec(text)) expected.push({ start: m.index, end: m.index + m[0].length });
        found += expected.length;
        expect(detailCues(text)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
    expect(found).toBeGreaterThan(100);
  });
});

describe('crypto-wallet: an address is one run of 14 to 74 letters and digits', () => {
  const WALLET_TEXTS = [
    '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
    `0x${'a1B2c3D4e5'.repeat(4)}`, 'x'.repeat(14), 'x'.repeat(74), 'x'.repeat(75),
  ];
  const text = fc
    .tuple(fc.constantFrom(...WALLET_TEXTS), fc.array(fc.constantFrom('a', '1', ' ', '-', '_', '\u200d', 'é', '0x', 'bc1'), { maxLength: 6 }), fc.nat())
    .map(([base, inside, at]) => {
      const cut = at % (base.length + 1);
      return `send to ${base.slice(0, cut)}${inside.join('')}${base.slice(cut)} now`;
    });

  it('never skips a text an address pattern matches', () => {
    let matched = 0;
    fc.assert(
      fc.property(text, (t) => {
        const hit = WALLETS.some((p) => new RegExp(p.source, p.flags).exec(t) !== null);
        if (hit) matched++;
        return !hit || mayHoldWallet(t);
      }),
      { numRuns: 500 },
    );
    expect(matched).toBeGreaterThan(50);
    expect(mayHoldWallet('1'.repeat(50_000))).toBe(false);
  });
});
