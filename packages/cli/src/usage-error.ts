/**
 * A problem with how the command was called or with what it was given (a
 * missing file, a pack that does not compile): printed without a stack
 * trace, exit code 3. `details` is printed as is after the message, for
 * code frames.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';

  constructor(
    message: string,
    /** Text printed after the message, such as every diagnostic of a pack with code frames. */
    readonly details?: string | undefined,
  ) {
    super(message);
  }
}
