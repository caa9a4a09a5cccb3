import type { Verdict } from '@propriety/core';
import type { InputRecord, InputRef } from '../input/records.js';
import type { Rendered } from './outcome.js';

// Batches cross between threads by structured clone, whose cost grows with
// the number of objects rather than bytes: an array of 256 small records
// costs about four times what the same data costs as a few strings and typed
// arrays. So a batch travels in columns, and each side rebuilds the objects
// its own code wants.

/** A batch of input records in columns: NDJSON lines joined into one string, the rest whole. */
export interface PackedRecords {
  /** The text of every NDJSON line of the batch, in order, joined with `\n` (a line never holds one). */
  lines: string;
  /** Per record: 1 when it is a line (its text is the next of `lines`), 0 when it is the next of `others`. */
  isLine: Uint8Array;
  /** Per line record: the 1-based line number. */
  lineNumbers: Uint32Array;
  /** Per line record: its file, as an index into `files`. */
  fileIndex: Uint16Array;
  files: string[];
  /** Records other than lines (whole JSON values, inputs that could not be read), in order. */
  others: InputRecord[];
}

/** Packs records for a worker thread; {@link unpackRecords} gives them back unchanged. */
export function packRecords(records: readonly InputRecord[]): PackedRecords {
  const isLine = new Uint8Array(records.length);
  const lineNumbers = new Uint32Array(records.length);
  const fileIndex = new Uint16Array(records.length);
  const files: string[] = [];
  const others: InputRecord[] = [];
  const texts: string[] = [];
  for (let k = 0; k < records.length; k++) {
    const record = records[k]!;
    if (!isPlainLine(record)) {
      others.push(record);
      continue;
    }
    isLine[k] = 1;
    lineNumbers[k] = record.ref.line!;
    // Files come in runs: comparing with the last one keeps this linear.
    if (files.length === 0 || files[files.length - 1] !== record.ref.file) files.push(record.ref.file);
    fileIndex[k] = files.length - 1;
    texts.push(record.text);
  }
  return { lines: texts.join('\n'), isLine, lineNumbers, fileIndex, files, others };
}

/** The records {@link packRecords} packed, in their order. */
export function unpackRecords(packed: PackedRecords): InputRecord[] {
  const texts = packed.lines.split('\n');
  const records: InputRecord[] = [];
  let text = 0;
  let other = 0;
  for (let k = 0; k < packed.isLine.length; k++) {
    if (packed.isLine[k] === 1) {
      records.push({ ref: { file: packed.files[packed.fileIndex[k]!]!, line: packed.lineNumbers[k]! }, kind: 'line', text: texts[text++]! });
    } else {
      records.push(packed.others[other++]!);
    }
  }
  return records;
}

// A line whose ref is exactly `{ file, line }`, and whose number and file fit the columns.
function isPlainLine(record: InputRecord): record is InputRecord & { kind: 'line'; text: string } {
  if (record.kind !== 'line') return false;
  const { ref } = record;
  return ref.line !== undefined && ref.line > 0 && ref.line <= 0xffffffff && Number.isInteger(ref.line)
    && ref.index === undefined && ref.text === undefined && Object.keys(ref).length <= 2
    && !record.text.includes('\n');
}

const VERDICT_CODES: readonly Verdict[] = ['block', 'review', 'advice', 'ok'];
/** `status` of an input that could not be checked. */
const UNCHECKED = 255;
/** `status` of an input that was checked but has no verdict (not produced today; kept apart rather than guessed). */
const NO_VERDICT = 254;

/** A batch of rendered outcomes in columns, without their `ref` (the sender of the records has it). */
export interface PackedRendered {
  /** Every outcome's output text, concatenated. */
  text: string;
  /** Per outcome: where its text ends in `text`. */
  textEnds: Uint32Array;
  /** Per outcome: the index of its verdict in block, review, advice, ok; or a code for none. */
  status: Uint8Array;
  /** Every finding's rule, outcome after outcome, joined with `\n`. */
  rules: string;
  /** Per outcome: how many of `rules` are its own. */
  ruleCounts: Uint32Array;
  /** Activity ids by outcome index, when any outcome has one. */
  ids?: Record<number, string | number> | undefined;
  /** Inputs that could not be checked, by outcome index. */
  problems?: Record<number, Pick<Rendered, 'problem' | 'issues'>> | undefined;
}

/** Packs a batch's outcomes to send back; {@link unpackRendered} gives them back with their refs. */
export function packRendered(outcomes: readonly Omit<Rendered, 'ref'>[]): PackedRendered {
  const n = outcomes.length;
  const textEnds = new Uint32Array(n);
  const status = new Uint8Array(n);
  const ruleCounts = new Uint32Array(n);
  const texts: string[] = [];
  const rules: string[] = [];
  let length = 0;
  let ids: Record<number, string | number> | undefined;
  let problems: Record<number, Pick<Rendered, 'problem' | 'issues'>> | undefined;
  for (let k = 0; k < n; k++) {
    const outcome = outcomes[k]!;
    texts.push(outcome.text);
    length += outcome.text.length;
    textEnds[k] = length;
    if (!outcome.ok) {
      status[k] = UNCHECKED;
      (problems ??= {})[k] = { problem: outcome.problem, issues: outcome.issues };
      continue;
    }
    status[k] = outcome.verdict === undefined ? NO_VERDICT : VERDICT_CODES.indexOf(outcome.verdict);
    if (outcome.id !== undefined) (ids ??= {})[k] = outcome.id;
    const own = outcome.rules ?? [];
    ruleCounts[k] = own.length;
    for (const rule of own) rules.push(rule);
  }
  return { text: texts.join(''), textEnds, status, rules: rules.join('\n'), ruleCounts, ids, problems };
}

/** The outcomes {@link packRendered} packed, each given the `ref` of its record. */
export function unpackRendered(packed: PackedRendered, refs: readonly InputRef[]): Rendered[] {
  const rules = packed.rules === '' ? [] : packed.rules.split('\n');
  const out: Rendered[] = [];
  let start = 0;
  let rule = 0;
  for (let k = 0; k < packed.status.length; k++) {
    const end = packed.textEnds[k]!;
    const text = packed.text.slice(start, end);
    start = end;
    const code = packed.status[k]!;
    const ref = refs[k]!;
    if (code === UNCHECKED) {
      const problem = packed.problems?.[k];
      out.push({ ref, ok: false, problem: problem?.problem, issues: problem?.issues, text });
      continue;
    }
    const count = packed.ruleCounts[k]!;
    out.push({
      ref,
      ok: true,
      verdict: code === NO_VERDICT ? undefined : VERDICT_CODES[code],
      id: packed.ids?.[k],
      rules: rules.slice(rule, rule + count),
      text,
    });
    rule += count;
  }
  return out;
}
