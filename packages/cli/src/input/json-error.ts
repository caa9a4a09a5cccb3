/** A JSON syntax error, with the place it points at when the parser gave one. */
export interface JsonProblem {
  message: string;
  line?: number | undefined;
  column?: number | undefined;
}

/**
 * Describes why `JSON.parse(text)` failed, with the line and column of the
 * position V8 names ("… in JSON at position 11"), which the message then
 * leaves out.
 */
export function describeJsonError(error: unknown, text: string): JsonProblem {
  const raw = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(raw);
  const message = raw
    .replace(/\s*in JSON at position \d+(\s*\(line \d+ column \d+\))?/, '')
    .replace(/^JSON\.parse:\s*/, '');
  if (position === null) return { message };
  const offset = Math.min(Number(position[1]), text.length);
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { message, line, column: offset - lineStart + 1 };
}
