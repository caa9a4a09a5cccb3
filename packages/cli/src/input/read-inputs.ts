import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { textActivity, type ActivityFlags } from './activity-flags.js';
import { describeFsError, type InputSource } from './expand-inputs.js';
import { describeJsonError } from './json-error.js';
import type { InputRecord, InputRef } from './records.js';
import { MAX_LINE_LENGTH, splitLines } from './split-lines.js';

/** How many bytes of input have been read, for the progress bar. */
export class ByteMeter {
  private finished = 0;
  private current: { readonly bytesRead: number } | undefined;

  /** Bytes read so far, counting the stream being read now. */
  get bytes(): number {
    return this.finished + (this.current?.bytesRead ?? 0);
  }

  /** Counts a stream while it is being read. */
  watch(stream: { readonly bytesRead: number }): void {
    this.current = stream;
  }

  /** Adds what the current stream (or a whole file of `size` bytes) read to the total. */
  done(size?: number): void {
    this.finished += size ?? this.current?.bytesRead ?? 0;
    this.current = undefined;
  }
}

/** How standard input is read when not detected. */
export type StdinFormat = 'auto' | 'ndjson' | 'text';

/** Options of {@link readInputs}. */
export interface ReadOptions {
  /** Fields for plain-text inputs. */
  flags: ActivityFlags;
  stdinFormat: StdinFormat;
  meter: ByteMeter;
  stdin?: NodeJS.ReadableStream & { readonly bytesRead?: number } | undefined;
}

/**
 * Reads every input, in order, as records for the checker. Plain text and
 * JSON files are read whole (one post, or a batch of a size JSON can hold);
 * NDJSON is streamed line by line, so a file of any size runs in constant
 * memory. Nothing here throws for a bad input: it becomes a `bad` record,
 * reported in its place.
 */
export async function* readInputs(sources: readonly InputSource[], options: ReadOptions): AsyncGenerator<InputRecord> {
  for (const source of sources) {
    if (source.kind === 'missing') {
      yield { ref: { file: source.path }, kind: 'bad', problem: source.problem };
    } else if (source.kind === 'stdin') {
      yield* readStdin(options);
    } else if (source.format === 'ndjson') {
      const stream = createReadStream(source.path);
      options.meter.watch(stream);
      try {
        yield* ndjsonRecords(stream, source.path);
      } catch (error) {
        yield { ref: { file: source.path }, kind: 'bad', problem: `cannot be read: ${describeFsError(error)}` };
      } finally {
        stream.destroy();
        options.meter.done();
      }
    } else {
      let content: string;
      try {
        content = stripBom(await readFile(source.path, 'utf8'));
      } catch (error) {
        yield { ref: { file: source.path }, kind: 'bad', problem: `cannot be read: ${describeFsError(error)}` };
        continue;
      }
      options.meter.done(source.size);
      yield* source.format === 'json'
        ? jsonRecords(content, source.path)
        : [textRecord(content, source.path, options.flags)];
    }
  }
}

async function* ndjsonRecords(stream: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, file: string): AsyncGenerator<InputRecord> {
  let line = 0;
  for await (const read of splitLines(stream)) {
    line++;
    const ref: InputRef = { file, line };
    if (read.tooLong) {
      yield { ref, kind: 'bad', problem: `the line is ${read.length} characters long, more than the ${MAX_LINE_LENGTH} an activity may take` };
      continue;
    }
    const text = line === 1 ? stripBom(read.text) : read.text;
    // Blank lines (a trailing newline, a gap between batches) are not activities.
    if (text.trim() === '') continue;
    yield { ref, kind: 'line', text };
  }
}

function* jsonRecords(content: string, file: string): Generator<InputRecord> {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    const problem = describeJsonError(error, content);
    const at = problem.line === undefined ? '' : ` at ${problem.line}:${problem.column}`;
    yield { ref: { file }, kind: 'bad', problem: `is not valid JSON${at}: ${problem.message}` };
    return;
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) yield { ref: { file, index }, kind: 'value', value: value[index] };
  } else {
    yield { ref: { file }, kind: 'value', value };
  }
}

function textRecord(content: string, file: string, flags: ActivityFlags): InputRecord {
  // Editors end a file with a line break that is not part of the post.
  const text = content.replace(/\r?\n$/, '');
  return { ref: { file, text: true }, kind: 'value', value: textActivity(text, flags) };
}

/**
 * Standard input is NDJSON when its first line is a whole JSON object, JSON
 * when it starts with `[` or `{` otherwise, and plain text when it does not
 * start with either; `--ndjson` and `--text` skip the guess. Only the first
 * line is looked at, so NDJSON still streams.
 */
async function* readStdin(options: ReadOptions): AsyncGenerator<InputRecord> {
  const stdin = options.stdin ?? process.stdin;
  const iterator = (stdin as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const head: (Buffer | string)[] = [];
  let headText = '';
  let ended = false;
  const PEEK_LIMIT = 1024 * 1024;
  if (options.stdinFormat === 'auto') {
    while (!headText.includes('\n') && headText.length < PEEK_LIMIT) {
      const next = await iterator.next();
      if (next.done === true) {
        ended = true;
        break;
      }
      head.push(next.value);
      headText += typeof next.value === 'string' ? next.value : next.value.toString('utf8');
    }
  }
  const replay = (async function* () {
    yield* head;
    if (ended) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done === true) return;
      yield next.value;
    }
  })();
  const meter = { get bytesRead() { return (stdin as { bytesRead?: number }).bytesRead ?? 0; } };
  options.meter.watch(meter);
  try {
    const format = options.stdinFormat === 'auto' ? guessFormat(stripBom(headText), ended) : options.stdinFormat;
    if (format === 'ndjson') {
      yield* ndjsonRecords(replay, '-');
      return;
    }
    const content = stripBom(await readAll(replay));
    if (format === 'json' && options.stdinFormat === 'auto' && !isJson(content) && looksLikeNdjson(content)) {
      // NDJSON whose first line is broken: stream its lines from what was read.
      yield* ndjsonRecords([content], '-');
    } else if (format === 'json') {
      yield* jsonRecords(content, '-');
    } else if (content.length === 0 && options.stdinFormat === 'auto') {
      yield { ref: { file: '-' }, kind: 'bad', problem: 'is empty: pipe in a post, JSON or NDJSON, or name files to check' };
    } else {
      const record = textRecord(content, '-', options.flags);
      yield record;
    }
  } finally {
    options.meter.done();
  }
}

function guessFormat(head: string, ended: boolean): 'ndjson' | 'json' | 'text' {
  const first = head.trimStart().charAt(0);
  if (first === '[') return 'json';
  if (first !== '{') return 'text';
  const newline = head.indexOf('\n');
  const firstLine = newline === -1 ? (ended ? head : undefined) : head.slice(0, newline);
  if (firstLine === undefined) return 'json';
  try {
    const value: unknown = JSON.parse(firstLine);
    return value !== null && typeof value === 'object' ? 'ndjson' : 'json';
  } catch {
    return 'json';
  }
}

function isJson(content: string): boolean {
  try {
    JSON.parse(content);
    return true;
  } catch {
    return false;
  }
}

/** Several lines, and some line after the first is a whole JSON object. */
function looksLikeNdjson(content: string): boolean {
  const lines = content.split('\n').filter((line) => line.trim() !== '');
  return lines.length > 1 && lines.slice(1).some((line) => {
    try {
      const value: unknown = JSON.parse(line);
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    } catch {
      return false;
    }
  });
}

async function readAll(stream: AsyncIterable<Buffer | string>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(parts).toString('utf8');
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
