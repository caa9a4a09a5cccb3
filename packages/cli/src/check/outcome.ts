import type { Issue, Report } from '@propriety/core';
import type { InputRef } from '../input/records.js';

/** An input that was checked. */
export interface Checked {
  ok: true;
  ref: InputRef;
  report: Report;
  /** The activity as read (before defaults), kept only for formats that quote its text. */
  activity?: unknown;
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
