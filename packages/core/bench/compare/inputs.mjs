import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The texts every contender is given: the posts of the shared corpora, one
// long document made by joining them, term lists for the terms curve and the
// pathological inputs.

/** Target size of the long document, in bytes of UTF-8 (1 MB = 10⁶ bytes throughout). */
export const DOCUMENT_BYTES = 5_000_000;

/**
 * The `text` of every line of every `*.jsonl` file in `folder`, files in name
 * order, lines in file order.
 *
 * @param {string} folder
 * @returns {{ texts: string[], files: { name: string, posts: number }[] }}
 */
export function readCorpora(folder) {
  if (!existsSync(folder)) throw new Error(`cannot find the corpora at ${folder}: set PROPRIETY_CORPORA to the folder of the *.jsonl files`);
  const texts = [];
  const files = [];
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.jsonl')).sort()) {
    let posts = 0;
    for (const line of readFileSync(join(folder, name), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const text = JSON.parse(line).text;
      if (typeof text !== 'string') continue;
      texts.push(text);
      posts++;
    }
    files.push({ name, posts });
  }
  if (texts.length === 0) throw new Error(`no texts in the *.jsonl files of ${folder}`);
  return { texts, files };
}

/**
 * The texts joined one per line, cycling through them again when they run
 * out, until the document holds at least `bytes` bytes of UTF-8.
 *
 * @param {string[]} texts
 * @param {number} bytes
 */
export function makeDocument(texts, bytes = DOCUMENT_BYTES) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i = (i + 1) % texts.length) {
    parts.push(texts[i]);
    size += Buffer.byteLength(texts[i], 'utf8') + 1;
  }
  return parts.join('\n');
}

/**
 * `count` distinct lower-case terms: the real ones first (in their order,
 * deduplicated), then made-up words of 5 to 10 letters from a fixed
 * generator, so every run and every contender gets the same list.
 *
 * @param {string[]} real
 * @param {number} count
 */
export function termList(real, count) {
  const terms = new Set();
  for (const term of real) {
    if (terms.size >= count) break;
    terms.add(term);
  }
  let seed = 0x9e3779b9;
  const next = () => {
    // xorshift32: deterministic and cheap.
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 0x100000000;
  };
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  while (terms.size < count) {
    const length = 5 + Math.floor(next() * 6);
    let word = '';
    for (let i = 0; i < length; i++) word += letters[Math.floor(next() * letters.length)];
    terms.add(word);
  }
  return [...terms];
}

/** Length of each pathological input, in UTF-16 code units. */
export const PATHOLOGICAL_LENGTH = 50_000;

/**
 * Inputs that make naive matchers slow: long runs that never end a word, or
 * that end one at every character, or that the normaliser must drop or merge.
 *
 * @returns {{ id: string, label: string, text: string }[]}
 */
export function pathologicalInputs(length = PATHOLOGICAL_LENGTH) {
  const fill = (unit) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  return [
    { id: 'letter', label: 'one letter (`aaaa…`)', text: fill('a') },
    { id: 'digits', label: 'digits (`1111…`)', text: fill('1') },
    { id: 'dotted', label: '`a.a.a.…`', text: fill('a.') },
    { id: 'spaced', label: 'spaced letters (`a a a …`)', text: fill('a ') },
    { id: 'spaces', label: 'spaces', text: fill(' ') },
    { id: 'zwj', label: 'zero-width joiners (U+200D)', text: fill('\u200d') },
    { id: 'marks', label: 'combining marks (U+0301)', text: fill('\u0301') },
    { id: 'letter-marks', label: '`a` + combining mark, repeated', text: fill('a\u0301') },
    { id: 'at-signs', label: '`a@a@…` (e-mail-like)', text: fill('a@') },
  ];
}
