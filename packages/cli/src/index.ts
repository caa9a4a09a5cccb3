/**
 * `@propriety/cli`: the `propriety` command, and the pieces of it other
 * tools reuse.
 *
 * @packageDocumentation
 */
export { run } from './program.js';
export { EXIT, exitCodeFor } from './exit-codes.js';
export type { RunTally } from './exit-codes.js';
export type { CheckIO } from './check/run-check.js';
