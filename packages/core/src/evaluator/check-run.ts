import type { Span } from '../findings/report.js';
import { makeSpan } from '../findings/make-span.js';
import type { Activity } from '../schema/activity.js';
import { readField, type FieldValue } from '../schema/read-field.js';
import type { DateValue } from './dates.js';
import { FieldScan } from './field-scan.js';
import type { LoadedPack } from './loaded-pack.js';

/** Settings of one check, resolved from the caller's options. */
export interface RunSettings {
  explain: boolean;
  /** The time `at` stands for when the activity gives none (may be worked out on first read). */
  readonly now: DateValue;
  maxTextLength: number;
}

/**
 * The state of one check of one activity: the memoised {@link FieldScan} of
 * each text field, shared by every rule, so that whatever the number of
 * rules each field is normalised and scanned once; and the values of each
 * field path, read once however many conditions test it.
 */
export class CheckRun {
  private readonly scans = new Map<string, FieldScan>();
  private readonly fieldValues = new Map<string, readonly FieldValue[]>();

  constructor(
    readonly pack: LoadedPack,
    readonly activity: Activity,
    readonly settings: RunSettings,
  ) {}

  /** The values of a field path in the activity, as `readField` reads them (the list is shared: do not change it). */
  values(field: string): readonly FieldValue[] {
    let values = this.fieldValues.get(field);
    if (values === undefined) {
      values = readField(this.activity, field);
      this.fieldValues.set(field, values);
    }
    return values;
  }

  /** The scan of a text field, by concrete path, created on first use. */
  scan(path: string, text: string): FieldScan {
    let scan = this.scans.get(path);
    if (scan === undefined) {
      scan = new FieldScan(path, text, this.pack, this.activity, this.settings.maxTextLength);
      this.scans.set(path, scan);
    }
    return scan;
  }

  /** A span of a field that has been scanned, with line and column. */
  span(path: string, start: number, end: number): Span {
    const scan = this.scans.get(path);
    if (scan === undefined) throw new Error(`no scan of \`${path}\``);
    return makeSpan(path, scan.original, start, end, (offset) => scan.locate(offset));
  }

  /** The original text of a scanned field from `start` to `end`. */
  slice(path: string, start: number, end: number): string {
    return this.scans.get(path)?.original.slice(start, end) ?? '';
  }

  /** `1:10` for an offset in a scanned field, prefixed by the field when it is not `text`. */
  where(path: string, offset: number): string {
    const scan = this.scans.get(path);
    if (scan === undefined) return path;
    const { line, column } = scan.locate(offset);
    return path === 'text' ? `${line}:${column}` : `${line}:${column} of \`${path}\``;
  }
}
