/**
 * The activity of an in-pack example as an activity object. Compilers write
 * it nested (`{ channel: { platform: 'x' } }`); dotted keys as written after
 * `with` (`{ 'channel.platform': 'x' }`) are expanded too, so either form
 * works. Keys that could reach an object's prototype are dropped.
 */
export function exampleActivity(activity: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(activity)) {
    const segments = key.split('.');
    if (segments.some((segment) => segment === '__proto__' || segment === 'constructor' || segment === 'prototype')) continue;
    let target = out;
    for (const segment of segments.slice(0, -1)) {
      const existing = Object.hasOwn(target, segment) ? target[segment] : undefined;
      if (existing === null || typeof existing !== 'object' || Array.isArray(existing)) {
        const created: Record<string, unknown> = {};
        target[segment] = created;
        target = created;
      } else {
        target = existing as Record<string, unknown>;
      }
    }
    const last = segments[segments.length - 1]!;
    const existing = Object.hasOwn(target, last) ? target[last] : undefined;
    if (isPlainObject(existing) && isPlainObject(value)) {
      target[last] = { ...(existing as object), ...(value as object) };
    } else {
      target[last] = value;
    }
  }
  return out;
}

function isPlainObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
