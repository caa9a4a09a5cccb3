/** Options of {@link Engine.check}. */
export interface CheckOptions {
  /** Add an explanation of every rule to the report: why it fired or not, and what would make it pass. */
  explain?: boolean | undefined;
  /**
   * The time the check may take, in milliseconds. Time is measured between
   * rules; the rules not started when it runs out are reported as not checked
   * (verdict at least `review`). `0` checks nothing.
   */
  budgetMs?: number | undefined;
  /**
   * The time `at` stands for when the activity gives none ("publish now"):
   * a `Date`, milliseconds since the epoch, or an ISO 8601 string. Defaults
   * to the time of the check.
   */
  now?: Date | number | string | undefined;
  /**
   * The longest text field, in UTF-16 code units, that is scanned; rules that
   * need a longer one are reported as not checked. Defaults to
   * 10,000,000 UTF-16 code units.
   */
  maxTextLength?: number | undefined;
}
