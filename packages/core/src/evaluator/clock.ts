/**
 * Milliseconds from an arbitrary origin, for measuring the time budget of a
 * check. Uses `performance.now()` where the runtime has it (browsers, Node,
 * edge runtimes) and `Date.now()` otherwise.
 */
export const clock: () => number = (() => {
  const performance = (globalThis as { performance?: { now?: () => number } }).performance;
  if (performance !== undefined && typeof performance.now === 'function') {
    const now = performance.now.bind(performance);
    return () => now();
  }
  return () => Date.now();
})();
