import type { Activity } from '../../schema/activity.js';
import { foldWord } from '../../detectors/char-class.js';
import { readField, type FieldValue } from '../../schema/read-field.js';

/** A field value as words for reasons and evidence: `personal`, `true`, `housing, planning`. */
export function displayValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(displayValue).join(', ');
  return 'given';
}

/** Compares a field value with a value written in a pack: strings without case, booleans with `true`/`false`. */
export function sameValue(actual: unknown, expected: string | number | boolean): boolean {
  if (typeof actual === 'boolean') {
    if (typeof expected === 'boolean') return actual === expected;
    return String(actual) === String(expected).toLowerCase();
  }
  if (typeof actual === 'string' || typeof actual === 'number') {
    return fold(String(actual)) === fold(String(expected));
  }
  return false;
}

/**
 * Strings already folded: the values packs compare with and the values
 * activities give (`personal`, `twitter`) are a small set, compared on every
 * check. Bounded, so that arbitrary values cannot grow it without end.
 */
const folded = new Map<string, string>();
const FOLDED_KEPT = 1024;

/** Lower case, compatibility-folded: how strings are compared. */
export function fold(text: string): string {
  let result = folded.get(text);
  if (result === undefined) {
    result = foldWord(text);
    if (folded.size >= FOLDED_KEPT) folded.clear();
    if (text.length <= 64) folded.set(text, result);
  }
  return result;
}

/** Whether a value counts as given: not missing, not blank, not an empty list. */
export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** The values of a field, as {@link readField} reads them. */
export function valuesOf(activity: Activity, field: string): FieldValue[] {
  return readField(activity, field);
}

/** "`capacity` is `official`" / "there is no `author.device`" / "`attachments.kind` is `image`, `video`". */
export function describeActual(field: string, values: readonly FieldValue[]): string {
  const present = values.filter((v) => isPresent(v.value));
  if (present.length === 0) {
    if (values.length > 0 && Array.isArray(values[0]!.value)) return `\`${field}\` is empty`;
    return field.startsWith('attachments.') ? `no attachment has a \`${field.slice(12)}\`` : `there is no \`${field}\``;
  }
  return `\`${field}\` is ${present.map((v) => `\`${displayValue(v.value)}\``).join(', ')}`;
}
