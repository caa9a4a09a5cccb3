/**
 * Reading the labelled corpora: every `*.jsonl` file of a folder, one post a
 * line, in the format of the corpora README.
 *
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The `.jsonl` files of `dir`, sorted by name. */
export function corpusFiles(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(dir, f));
}

/** The posts of one file; a line that is not valid JSON is an error naming the file and line. */
export function readCorpus(file) {
  const posts = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let post;
    try {
      post = JSON.parse(line);
    } catch (error) {
      throw new Error(`\`${basename(file)}\` line ${i + 1} is not valid JSON: ${error.message}`);
    }
    if (typeof post.text !== 'string' || typeof post.expected !== 'object' || post.expected === null) {
      throw new Error(`\`${basename(file)}\` line ${i + 1} has no \`text\` or no \`expected\` object`);
    }
    posts.push(post);
  });
  return posts;
}

/** The corpus name of a file: `presidio-pii.dev.jsonl` → `presidio-pii`. */
export function corpusName(file) {
  return basename(file).replace(/\.jsonl$/, '').replace(/\.(dev|test|train)$/, '');
}
