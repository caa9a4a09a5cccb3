import type { Issue, Report, Verdict } from '@propriety/core';
import type { InputRef } from '../input/records.js';

/** An input that was checked. */
export interface Checked {
  ok: true;
  ref: InputRef;
  report: Report;
  /** The activity as read (before defaults), for formats that quote its text. */
  activity: unknown;
}

/** An input that could not be checked: bad JSON, an invalid activity, an unreadable file. */
export interface Unchecked {
  ok: false;
  ref: InputRef;
  /** One line: what is wrong, naming each bad field by its path. */
  problem: string;
  /** The bad fields of an invalid activity, by dotted path. */
  issues?: Issue[] | undefined;
}

/** What became of one input. */
export type Outcome = Checked | Unchecked;

/**
 * An outcome once written in the output format, where it was checked (a
 * worker thread or the main one): the main thread only counts and writes,
 * so it does not become the bottleneck of `--jobs N`.
 */
export interface Rendered {
  ref: InputRef;
  ok: boolean;
  /** The verdict, for an input that was checked. */
  verdict?: Verdict | undefined;
  /** Activity id, for an input that was checked and had one. */
  id?: string | number | undefined;
  /** The rule of each finding, for the summary. */
  rules?: string[] | undefined;
  /** Why an input could not be checked. */
  problem?: string | undefined;
  issues?: Issue[] | undefined;
  /** The output format's text for this outcome; may be empty. */
  text: string;
}

/** Renders an outcome with `render` into what the main thread needs. */
export function renderOutcome(outcome: Outcome, render: (outcome: Outcome) => string): Rendered {
  const text = render(outcome);
  if (!outcome.ok) return { ref: outcome.ref, ok: false, problem: outcome.problem, issues: outcome.issues, text };
  const { report } = outcome;
  return {
    ref: outcome.ref,
    ok: true,
    verdict: report.verdict,
    id: report.id,
    rules: report.findings.map((finding) => finding.rule),
    text,
  };
}
