/** The process exit codes of `propriety`, documented in `--help` and docs/cli.md. */
export const EXIT = {
  /** Every activity is `ok` or `advice`; a command succeeded. */
  ok: 0,
  /** Some activity needs `review` (and none is `block`); `test` and `fmt --check` failures. */
  review: 1,
  /** Some activity is `block`: do not publish. */
  block: 2,
  /** A usage or input error: an unknown flag, a pack that does not compile, a bad input line. */
  usage: 3,
} as const;

/** What happened over a whole run, for {@link exitCodeFor}. */
export interface RunTally {
  block: number;
  review: number;
  /** Inputs that could not be checked at all: bad JSON, invalid activities, unreadable files. */
  invalid: number;
}

/**
 * The exit code of a check run. Worst first: a `block` verdict (2) wins over
 * bad input (3), which wins over `review` (1); otherwise 0. A block comes
 * first because it is the one answer a publishing pipeline must never miss;
 * bad input comes before review because an input that was not checked may
 * hide anything.
 */
export function exitCodeFor(tally: RunTally): number {
  if (tally.block > 0) return EXIT.block;
  if (tally.invalid > 0) return EXIT.usage;
  if (tally.review > 0) return EXIT.review;
  return EXIT.ok;
}
