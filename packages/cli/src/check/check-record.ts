import type { CheckOptions, Engine, Issue } from '@propriety/core';
import { describeJsonError } from '../input/json-error.js';
import type { InputRecord } from '../input/records.js';
import type { Outcome } from './outcome.js';

/** How each activity is checked; plain data, so that it can be sent to worker threads. */
export interface CheckSettings {
  explain: boolean;
  /** The time an activity without `at` is published, ISO 8601; the time of the check when absent. */
  now?: string | undefined;
}

/**
 * Checks one input with the engine: parses an NDJSON line, validates the
 * activity (through the engine, which names each bad field) and returns the
 * report, or what stood in the way.
 */
export function checkRecord(engine: Engine, record: InputRecord, settings: CheckSettings): Outcome {
  const { ref } = record;
  if (record.kind === 'bad') return { ok: false, ref, problem: record.problem };
  let activity: unknown;
  if (record.kind === 'line') {
    try {
      activity = JSON.parse(record.text);
    } catch (error) {
      const problem = describeJsonError(error, record.text);
      const at = problem.column === undefined ? '' : ` at column ${problem.column}`;
      return { ok: false, ref, problem: `not valid JSON${at}: ${problem.message}` };
    }
  } else {
    activity = record.value;
  }
  const options: CheckOptions = { explain: settings.explain };
  if (settings.now !== undefined) options.now = settings.now;
  const result = engine.safeCheck(activity, options);
  if (!result.ok) {
    return { ok: false, ref, problem: `not a valid activity: ${listIssues(result.error.issues)}`, issues: result.error.issues };
  }
  return { ok: true, ref, report: result.report, activity };
}

function listIssues(issues: readonly Issue[]): string {
  return issues.map((issue) => (issue.path === '' ? `the activity ${issue.message}` : `\`${issue.path}\` ${issue.message}`)).join('; ');
}
