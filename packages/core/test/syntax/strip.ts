/** A deep copy of a syntax tree without its `location`s, to compare shapes with `toEqual`. */
export function strip<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'location' ? undefined : v))) as T;
}
