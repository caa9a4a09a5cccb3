import fc from 'fast-check';

/** Characters that exercise every branch of the normaliser. */
const TRICKY = [
  ' ', '  ', '.', '-', '_', '*', '!', '@', '$', '|', '+', '#', '\n', '\r\n', '\t', '\u00A0', '\u3000',
  '0', '1', '3', '4', '5', '7', '8', '9', '2', '6',
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u202E', '\u2066',
  '\u0301', '\u0308', '\u20DD', '\uFE0F',
  'é', 'ß', 'ẞ', 'ﬁ', 'Ａ', '𝐁', 'ⓐ', '🅱', 'В', 'е', 'х', 'З', 'İ', 'ı', 'ς', '½', '①', '£', '❤', '🇬🇧', '😀',
  '\uD800', '\uDC00', '𠀀', '한', '中',
  'a', 'b', 'e', 'i', 'l', 'o', 's', 't', 'x', 'A', 'I', 'L', 'O',
];

/** Any string: arbitrary code units and code points mixed with tricky characters. */
export const anyText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
      { weight: 2, arbitrary: fc.constantFrom('brexit', 'god', 'good', 'oil', 'ill', 'plan', 'tax', 'b r e x i t') },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

/** A lower-case ASCII word. */
export const word = (minLength: number, maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength, maxLength });

/** Words of two letters or more that never join with a spaced-out term. */
export const CONTEXT_WORDS = ['the', 'minister', 'said', 'today', 'we', 'will', 'report', 'on', 'it', 'later'];

/** Look-alikes from other scripts and Unicode blocks, by the ASCII letter they imitate. */
export const LOOK_ALIKES: Record<string, string[]> = (() => {
  const table: Record<string, string[]> = {};
  const cyrillic: Record<string, string> = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і', s: 'ѕ', j: 'ј', b: 'Ь' };
  for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
    const k = letter.charCodeAt(0) - 97;
    const forms = [
      String.fromCharCode(0xff41 + k), // fullwidth
      String.fromCodePoint(0x1d41a + k), // mathematical bold
      String.fromCharCode(0x24d0 + k), // circled
      String.fromCodePoint(0x1d5ee + k), // mathematical sans-serif bold
    ];
    const cyr = cyrillic[letter];
    if (cyr !== undefined && letter !== 'b') forms.push(cyr);
    table[letter] = forms;
  }
  return table;
})();

/** Leet spellings of letters. */
export const LEET: Record<string, string[]> = {
  a: ['4', '@'],
  b: ['8'],
  e: ['3'],
  g: ['9'],
  i: ['1', '!', '|'],
  l: ['1', '|'],
  o: ['0'],
  s: ['5', '$'],
  t: ['7', '+'],
};

/** How one letter of a term is disguised. */
export interface LetterDisguise {
  form: 'plain' | 'upper' | 'lookalike' | 'leet';
  pick: number;
  stretch: boolean;
  zeroWidthAfter: boolean;
}

export const letterDisguise: fc.Arbitrary<LetterDisguise> = fc.record({
  form: fc.constantFrom('plain', 'upper', 'lookalike', 'leet'),
  pick: fc.nat(),
  stretch: fc.boolean(),
  zeroWidthAfter: fc.boolean(),
});

/**
 * Writes `term` (lower-case ASCII letters) in disguise. Leet is used only
 * inside the word of four letters or more (a symbol at a word edge is
 * punctuation); stretched letters repeat three to four times; `spaced`
 * puts one space between letters.
 */
export function disguise(term: string, letters: LetterDisguise[], spaced: boolean): string {
  const out: string[] = [];
  for (let k = 0; k < term.length; k++) {
    const letter = term[k]!;
    const d = letters[k % letters.length]!;
    let form = letter;
    const interior = k > 0 && k < term.length - 1 && term.length >= 4;
    if (d.form === 'upper') form = letter.toUpperCase();
    else if (d.form === 'lookalike') {
      const options = LOOK_ALIKES[letter]!;
      form = options[d.pick % options.length]!;
    } else if (d.form === 'leet' && interior && LEET[letter] !== undefined) {
      const options = LEET[letter]!;
      form = options[d.pick % options.length]!;
    }
    let piece = d.stretch ? Array<string>(3 + (d.pick % 2)).fill(form).join(spaced ? ' ' : '') : form;
    if (d.zeroWidthAfter && k < term.length - 1) piece += '\u200B';
    out.push(piece);
  }
  return out.join(spaced ? ' ' : '');
}
