import type { Activity } from '../../schema/activity.js';
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

const ASCII = /^[\x00-\x7f]*$/;

/** Lower case, compatibility-folded: how strings are compared. */
export function fold(text: string): string {
  // NFKC leaves ASCII as it is, and field values are nearly always ASCII (`personal`, `twitter`).
  return (ASCII.test(text) ? text : text.normalize('NFKC')).toLowerCase();
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
