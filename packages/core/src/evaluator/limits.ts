/**
 * The largest text field, in UTF-16 code units (about 10 MB of ASCII), that
 * a check scans. A longer field is not scanned: the rules that need it are
 * reported as not checked, so the verdict is `review`, never a silent `ok`.
 */
export const MAX_TEXT_LENGTH = 10_000_000;

/**
 * The most matches one pattern may produce in one field. Past it the pattern
 * stops; a test whose answer could depend on the matches not counted makes
 * its rule "not checked" rather than guessing.
 */
export const MAX_PATTERN_MATCHES = 100_000;

/** The rule id of the finding that says a check could not be completed. */
export const INCOMPLETE_RULE = 'propriety/incomplete';
