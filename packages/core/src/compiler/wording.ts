/** `a`, `a` and `b`, `a`, `b` and `c`: each in backticks. */
export function listAnd(words: readonly string[]): string {
  return joinList(words, 'and');
}

/** `a`, `a` or `b`, `a`, `b` or `c`: each in backticks. */
export function listOr(words: readonly string[]): string {
  return joinList(words, 'or');
}

function joinList(words: readonly string[], last: string): string {
  const quoted = words.map((word) => `\`${word}\``);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${last} ${quoted[quoted.length - 1]}`;
}

/** `1 error`, `3 errors`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
