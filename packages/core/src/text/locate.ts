/**
 * Precomputes where the lines of `text` start and returns a function that
 * turns a UTF-16 offset into a 1-based line and column (columns count UTF-16
 * units). `\n`, `\r\n` and a lone `\r` each end a line. Each lookup is a
 * binary search over the line starts.
 *
 * @param text - the text offsets refer to
 */
export function lineColumn(text: string): (offset: number) => { line: number; column: number } {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  const lineStarts = Uint32Array.from(starts);
  return (offset: number) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - lineStarts[lo]! + 1 };
  };
}
