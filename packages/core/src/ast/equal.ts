/**
 * Whether two syntax trees (or any parts of them) say the same thing:
 * structural equality that ignores every `location`, and treats a property
 * set to `undefined` like a missing one. Comments compare by their text, in
 * order. This is the equality the formatter promises to keep:
 * `astEqual(parse(print(ast)), ast)`.
 */
export function astEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!astEqual(a[i], other[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const key of keys) {
    if (key === 'location') continue;
    if (!astEqual(x[key], y[key])) return false;
  }
  return true;
}
