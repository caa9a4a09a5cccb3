/**
 * Words of the DSL, as the grammar (`grammar/propriety.peggy`) knows them.
 * Kept here for help messages, the formatter and tests; a test checks that
 * the grammar agrees.
 */

/** Words that can never be a name (`at` may still start a field path). */
export const RESERVED_WORDS: readonly string[] = [
  'and', 'or', 'not', 'unless', 'near', 'within', 'words', 'at', 'least', 'has', 'is',
  'in', 'contains', 'exists', 'before', 'after', 'between', 'with', 'true', 'false',
];

/** The clauses of a rule body, in the order the formatter writes them. */
export const CLAUSE_KEYWORDS: readonly string[] = [
  'severity', 'tags', 'cite', 'when', 'unless', 'say', 'advise', 'suggest', 'example',
];

/** The words that start a top-level declaration. */
export const DECLARATION_KEYWORDS: readonly string[] = [
  'terms', 'pattern', 'detector', 'rule', 'override', 'example',
];

/**
 * Words that cannot be a tag or start an example's field path: after a
 * trailing comma they start the next clause or declaration instead.
 */
export const STATEMENT_KEYWORDS: readonly string[] = [
  ...DECLARATION_KEYWORDS,
  ...CLAUSE_KEYWORDS.filter((k) => k !== 'example'),
];
