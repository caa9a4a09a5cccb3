import type { Report } from '@propriety/core';
import type { Checked } from '../check/outcome.js';
import type { InputRef } from '../input/records.js';

/** Where an output record came from: `{ file, line }` for NDJSON, `{ file, index }` for a JSON array, `{ file }` otherwise. */
export function inputField(ref: InputRef): { file: string; line?: number; index?: number } {
  const input: { file: string; line?: number; index?: number } = { file: ref.file };
  if (ref.line !== undefined) input.line = ref.line;
  if (ref.index !== undefined) input.index = ref.index;
  return input;
}

/** A report as the JSON and NDJSON formats write it: the core report, then `input`. */
export function reportRecord(outcome: Checked): Report & { input: ReturnType<typeof inputField> } {
  return { ...outcome.report, input: inputField(outcome.ref) };
}
