import type { Colors } from './colors.js';

/**
 * Colours diagnostics printed by core's `formatDiagnostics` (which prints
 * none): the headline by severity, the gutter in blue, the carets in the
 * headline's colour.
 */
export function paintDiagnostics(text: string, c: Colors): string {
  let paint = c.red;
  return text
    .split('\n')
    .map((line) => {
      const head = /^(error|warning)(\[[^\]]*\])(:.*)$/.exec(line);
      if (head !== null) {
        paint = head[1] === 'error' ? c.red : c.yellow;
        return `${c.bold(paint(head[1]!))}${c.bold(paint(head[2]!))}${c.bold(head[3]!)}`;
      }
      const frame = /^(\s*)(-->|\d+ \||\|| =)(.*)$/.exec(line);
      if (frame === null) return line;
      const [, indent, gutter, rest] = frame as unknown as [string, string, string, string];
      if (gutter === '|' && /^\s*\^+\s*$/.test(rest)) return `${indent}${c.blue(gutter)}${paint(rest)}`;
      if (gutter === '|' && /^\s+\^/.test(rest)) return `${indent}${c.blue(gutter)}${paint(rest)}`;
      return `${indent}${c.blue(gutter)}${rest}`;
    })
    .join('\n');
}
