/**
 * `@propriety/cli`: the `propriety` command, and the pieces of it other
 * tools reuse.
 *
 * @packageDocumentation
 */
/** The rule reference `propriety docs` writes; it lives in `@propriety/core`, re-exported here for scripts that used it from the CLI. */
export { renderRuleDocs } from '@propriety/core';
export type { RuleDocsOptions } from '@propriety/core';
export { run } from './program.js';
export { EXIT, exitCodeFor } from './exit-codes.js';
export type { RunTally } from './exit-codes.js';
export type { CheckIO } from './check/run-check.js';
