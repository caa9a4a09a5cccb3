import { didYouMean as closest } from '../diagnostics/did-you-mean.js';

/**
 * `; did you mean \`x\`?` when there is a close name, else nothing: the
 * suffix the loader adds to an IR issue. Names longer than 64 characters are
 * not compared, which bounds the cost on untrusted IR.
 */
export function didYouMean(name: string, known: Iterable<string>): string {
  if (name.length > 64) return '';
  const close = closest(name, known);
  return close === undefined ? '' : `; did you mean \`${close}\`?`;
}
