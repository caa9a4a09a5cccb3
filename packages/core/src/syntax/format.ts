import { print } from '../ast/print.js';
import { parse, type ParseOptions } from './parse.js';

/**
 * Rewrites a pack in canonical form (see `print`), keeping its comments.
 *
 * @throws {@link CompileError} when the pack has syntax errors
 */
export function format(source: string, options?: ParseOptions): string {
  return print(parse(source, options));
}
