/**
 * Why part of a check could not be done. Thrown inside the evaluation of one
 * rule and caught by the check loop, which reports the rule as not checked
 * instead of letting the exception escape.
 */
export class IncompleteError extends Error {
  override readonly name = 'IncompleteError';

  /**
   * @param key - identifies the cause, so that rules stopped by the same
   *   cause share one finding (`detector:boom:text`)
   * @param what - the cause in plain words: "detector `boom` failed on `text`"
   */
  constructor(readonly key: string, readonly what: string) {
    super(what);
  }
}

/** Turns anything thrown into an {@link IncompleteError}, keeping one that already is. */
export function asIncomplete(error: unknown, context: string): IncompleteError {
  if (error instanceof IncompleteError) return error;
  const detail = errorDetail(error);
  return new IncompleteError(`internal:${context}:${detail}`, `${context} failed (${detail})`);
}

/** The message of anything thrown, kept short enough for a finding. */
export function errorDetail(error: unknown): string {
  let detail: string;
  try {
    detail = error instanceof Error ? error.message : String(error);
  } catch {
    detail = 'an error that cannot be shown';
  }
  return detail.length > 160 ? `${detail.slice(0, 157)}...` : detail;
}
