/**
 * `@propriety/cli`: the `propriety` command, and the pieces of it other
 * tools reuse.
 *
 * @packageDocumentation
 */
export { renderRuleDocs, ruleFile } from './docs/render-rule-docs.js';
export type { RuleDocsOptions } from './docs/render-rule-docs.js';
export { conditionText } from './docs/condition-text.js';
export { run } from './program.js';
export { EXIT, exitCodeFor } from './exit-codes.js';
export type { RunTally } from './exit-codes.js';
export type { CheckIO } from './check/run-check.js';
