import { StringDecoder } from 'node:string_decoder';

/** The longest NDJSON line read, in UTF-16 code units; a longer one is skipped and reported. */
export const MAX_LINE_LENGTH = 32 * 1024 * 1024;

/** A line of a stream: its text without the line break, or a note that it was too long to keep. */
export type StreamLine = { text: string; tooLong?: false } | { text: ''; tooLong: true; length: number };

/**
 * Splits a byte stream into lines (`\n` or `\r\n`), pulling one chunk at a
 * time: the stream is read only as fast as the caller takes lines, so memory
 * stays bounded by one chunk plus the longest line. (readline's async
 * iterator was measured to buffer hundreds of megabytes ahead of a slow
 * reader, so it is not used.) A line longer than `maxLength` is dropped as
 * it streams by and yielded as `tooLong`.
 */
export async function* splitLines(
  stream: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  maxLength: number = MAX_LINE_LENGTH,
): AsyncGenerator<StreamLine> {
  const decoder = new StringDecoder('utf8');
  // The start of the current line, in pieces: joining once at its end keeps a long line linear.
  let pieces: string[] = [];
  let pending = 0;
  let dropped = false;
  const take = (tail: string): StreamLine => {
    const length = pending + tail.length;
    const wasDropped = dropped;
    let text = pieces.length === 0 ? tail : pieces.join('') + tail;
    pieces = [];
    pending = 0;
    dropped = false;
    if (wasDropped || length > maxLength) return { text: '', tooLong: true, length };
    if (text.endsWith('\r')) text = text.slice(0, -1);
    return { text };
  };
  const keep = (part: string): void => {
    if (part.length === 0) return;
    pending += part.length;
    if (dropped) return;
    if (pending > maxLength) {
      dropped = true;
      pieces = [];
    } else {
      pieces.push(part);
    }
  };
  for await (const chunk of stream) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let start = 0;
    let nl = text.indexOf('\n');
    while (nl !== -1) {
      yield take(text.slice(start, nl));
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    keep(text.slice(start));
  }
  keep(decoder.end());
  if (pending > 0 || pieces.length > 0) yield take('');
}
