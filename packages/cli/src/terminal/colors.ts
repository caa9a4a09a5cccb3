import pc from 'picocolors';
import type { Severity, Verdict } from '@propriety/core';

/** The colour functions of picocolors, switched on or off as a whole. */
export type Colors = ReturnType<typeof pc.createColors>;

/**
 * Whether to colour what goes to `stream`. In order: `--color` /
 * `--no-color`; then `FORCE_COLOR` (any value but `0` or `false` switches
 * colour on, as in Node itself); then `NO_COLOR` (any non-empty value switches
 * it off, see no-color.org); otherwise only when the stream is a terminal.
 */
export function wantsColor(
  stream: { isTTY?: boolean | undefined },
  flag: boolean | undefined,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  if (flag !== undefined) return flag;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  return stream.isTTY === true;
}

/** Colour functions for `stream`, following {@link wantsColor}. */
export function colorsFor(stream: { isTTY?: boolean | undefined }, flag: boolean | undefined): Colors {
  return pc.createColors(wantsColor(stream, flag));
}

/** Paints a verdict or severity word: red for block, yellow for review, cyan for advice, green for ok. */
export function paintVerdict(c: Colors, verdict: Verdict | Severity, text: string = verdict): string {
  switch (verdict) {
    case 'block':
      return c.bold(c.red(text));
    case 'review':
      return c.bold(c.yellow(text));
    case 'advice':
      return c.cyan(text);
    default:
      return c.green(text);
  }
}
