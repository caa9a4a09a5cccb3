import type { Activity } from './activity.js';
import { FIELDS, type FieldInfo } from './fields.js';

/** One concrete value of a field path in an activity. */
export interface FieldValue {
  /**
   * The concrete path of the value: the field path itself, or for attachment
   * fields the path with the attachment's index (`attachments.2.name`).
   */
  path: string;
  value: unknown;
}

const ATTACHMENTS_PREFIX = 'attachments.';

/**
 * Looks a field path up in {@link FIELDS}, ignoring inherited keys so that a
 * path such as `constructor` is never taken for a field.
 */
export function fieldInfo(path: string): FieldInfo | undefined {
  return Object.hasOwn(FIELDS, path) ? FIELDS[path] : undefined;
}

/**
 * Reads every value a field path stands for in a validated activity.
 *
 * Most paths name one value; attachment paths (`attachments.name`) name one
 * value per attachment, each reported with its own concrete path
 * (`attachments.0.name`) so that spans can point at the right attachment.
 * Absent values are left out, so an empty result means the field is missing.
 */
export function readField(activity: Activity, path: string): FieldValue[] {
  if (path.startsWith(ATTACHMENTS_PREFIX)) {
    const key = path.slice(ATTACHMENTS_PREFIX.length);
    const values: FieldValue[] = [];
    activity.attachments.forEach((attachment, index) => {
      const value = ownValue(attachment, key);
      if (value !== undefined) values.push({ path: `attachments.${index}.${key}`, value });
    });
    return values;
  }
  let current: unknown = activity;
  for (const segment of segmentsOf(path)) {
    current = ownValue(current, segment);
    if (current === undefined) return [];
  }
  return [{ path, value: current }];
}

/** Paths split at their dots, kept: packs name a few dozen paths, and every check reads them. */
const segments = new Map<string, readonly string[]>();

function segmentsOf(path: string): readonly string[] {
  let split = segments.get(path);
  if (split === undefined) {
    split = path.split('.');
    // Paths come from packs and callers; a bound keeps an odd caller from growing the table without end.
    if (segments.size < 4096) segments.set(path, split);
  }
  return split;
}

function ownValue(container: unknown, key: string): unknown {
  if (container === null || typeof container !== 'object') return undefined;
  if (!Object.hasOwn(container, key)) return undefined;
  const value = (container as Record<string, unknown>)[key];
  return value === null ? undefined : value;
}
