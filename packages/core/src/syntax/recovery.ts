/**
 * Where to resume after a syntax error, so that one run can report a mistake
 * in each top-level declaration rather than only the first.
 *
 * A declaration is taken to start on a line that begins, in the first
 * column, with `terms`, `pattern`, `detector`, `rule`, `override` or
 * `example`: the formatter writes every declaration that way and indents
 * everything inside them. The region to skip runs from the start of the
 * declaration holding the error to the start of the next one; when the error
 * sits on a declaration keyword in the first column, the declaration before
 * it was left unfinished and is the one skipped.
 *
 * @returns the `[start, end)` offsets to blank out, or `undefined` when the
 * error is in the header or nothing could be skipped
 */
export function recoveryRegion(text: string, errorOffset: number): [number, number] | undefined {
  const starts = declarationStarts(text);
  let before = -1;
  let after = text.length;
  for (const start of starts) {
    if (start <= errorOffset) before = start;
    else {
      after = start;
      break;
    }
  }
  if (before === -1) return undefined;
  if (before === errorOffset) {
    const index = starts.indexOf(before);
    if (index === 0) return undefined;
    return [starts[index - 1]!, before];
  }
  return [before, after];
}

const DECLARATION_LINE = /^(?:terms|pattern|detector|rule|override|example)(?![A-Za-z0-9_-])/gm;

function declarationStarts(text: string): number[] {
  const starts: number[] = [];
  for (const match of text.matchAll(DECLARATION_LINE)) starts.push(match.index);
  return starts;
}

/** `text` with `[start, end)` replaced by spaces, line breaks kept so that lines and columns stay put. */
export function blankOut(text: string, [start, end]: [number, number]): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
}
