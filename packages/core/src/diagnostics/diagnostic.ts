import type { SourceRange } from '../ast/nodes.js';

/**
 * A problem found in a pack, from the parser or a check pass. Data first,
 * wording second: `code` is a stable kebab-case identifier covered by semver,
 * `message` is one sentence without a trailing period, user input in backticks,
 * and `help` says what to write instead.
 */
export interface Diagnostic {
  /** Stable identifier such as `unknown-term-list` or `syntax-error`. */
  code: string;
  severity: 'error' | 'warning';
  message: string;
  /** Where the problem is, with `source` set to the file name when known. */
  location?: SourceRange | undefined;
  /** Related places: "the rule was first declared here". */
  notes?: { message: string; location?: SourceRange | undefined }[] | undefined;
  /** What to write instead: "did you mean `controversial`?". */
  help?: string | undefined;
}
