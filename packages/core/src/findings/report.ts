import type { Citation } from '../ir/schema.js';

/** A severity a rule can have once it is on. */
export type Severity = 'block' | 'review' | 'advice';

/**
 * The overall answer for an activity, worst first:
 * - `block`: do not publish;
 * - `review`: if in doubt, don't post — check with the press office or a line manager first;
 * - `advice`: fine to publish, with something to consider;
 * - `ok`: nothing found.
 */
export type Verdict = Severity | 'ok';

/** A range of the ORIGINAL text of one field of the activity; `end` is exclusive. */
export interface Span {
  /** The activity field the span is in: `text`, `title`, `inReplyTo.bio`, `attachments.0.name`, … */
  field: string;
  /** Offset in UTF-16 code units (0-based). */
  start: number;
  /** Offset in UTF-16 code units, exclusive. */
  end: number;
  /** Line of `start` (1-based). */
  line: number;
  /** Column of `start`, in UTF-16 code units (1-based). */
  column: number;
  /** Line of `end` (1-based). */
  endLine: number;
  /** Column of `end` (1-based). */
  endColumn: number;
  /** The original text covered by the span. */
  text: string;
}

/** What made a test true: a term, a pattern or a detector match. */
export interface Evidence {
  kind: 'terms' | 'pattern' | 'detector' | 'field';
  /** The id of the term list, pattern or detector, or the field path for `field`. */
  source: string;
  /** The term as written in the pack, or the detector's label for what it found. */
  matched: string;
  /** The normalised form of the text that matched (after case folding, confusables, leetspeak, …). */
  normalised?: string | undefined;
  /** The detector's confidence, 0 to 1. */
  confidence?: number | undefined;
  /** Index into the finding's `spans`, when the evidence has a place in the text. */
  span?: number | undefined;
}

/** A change that would make the finding go away. */
export interface Suggestion {
  /** What to do, in plain words: "Remove the email address at 1:34". */
  message: string;
  /** The span to replace, when the suggestion is an edit. */
  span?: Span | undefined;
  /** The replacement text for `span` (empty to delete). */
  replacement?: string | undefined;
}

/** One rule that fired. */
export interface Finding {
  /** The rule id. */
  rule: string;
  /** The pack that declared the rule. */
  pack: string;
  severity: Severity;
  /** Free words from the rule (`personal-data`, `political`) for grouping and filtering. */
  tags: string[];
  /** The rule's message with its placeholders filled in. */
  message: string;
  advice?: string | undefined;
  citation?: Citation | undefined;
  /** Where in the original text, sorted by field then offset; empty for rules on fields only. */
  spans: Span[];
  evidence: Evidence[];
  suggestions: Suggestion[];
}

/** Why a rule fired or did not: the condition that decided it. */
export interface RuleExplanation {
  rule: string;
  /** `fired`, `not-fired`, or `off` (severity off). */
  outcome: 'fired' | 'not-fired' | 'off';
  /** A plain-words account: "`text has controversial` was false: no term of `controversial` appears". */
  reason: string;
  /** For a rule that fired: what would make it pass, when that can be said ("remove `brexit` at 1:10"). */
  toPass?: string[] | undefined;
}

/** The result of checking one activity. */
export interface Report {
  /** The activity's `id`, echoed when it had one. */
  id?: string | number | undefined;
  verdict: Verdict;
  /** Sorted by field, then start offset, then rule id. */
  findings: Finding[];
  /** The packs and versions that produced the report, root first. */
  packs: { name: string; version: string }[];
  /** Only with `explain: true`: one entry per rule, in pack order. */
  explanation?: RuleExplanation[] | undefined;
}
