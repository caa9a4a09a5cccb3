import { listIssues, type Issue } from './issues.js';

/**
 * Thrown by {@link load} when a compiled pack (IR) cannot be used: it does
 * not match the IR schema, was written for another IR version, names
 * something that does not exist, or holds an unsafe pattern. `issues` names
 * every problem found, each with the dotted path of the bad part of the IR.
 */
export class IRError extends Error {
  override readonly name = 'IRError';
  /** Every problem found, each with the dotted path of the bad part (`rules.0.when.field`). */
  readonly issues: Issue[];

  /** @param issues - every problem found in the IR, each with its path */
  constructor(issues: Issue[]) {
    super(`The pack cannot be loaded: ${listIssues(issues)}`);
    this.issues = issues;
  }
}
