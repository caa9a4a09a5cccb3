import { listIssues, type Issue } from './issues.js';

/**
 * An activity that does not match the activity schema. `issues` names every
 * bad field by its dotted path (`channel.platform`, `attachments.0.kind`).
 */
export class ActivityError extends Error {
  override readonly name = 'ActivityError';
  /** Every bad field, by dotted path, with what it should be. */
  readonly issues: Issue[];

  /** @param issues - every invalid field of the activity, each with its path */
  constructor(issues: Issue[]) {
    super(`The activity is not valid: ${listIssues(issues)}`);
    this.issues = issues;
  }
}
