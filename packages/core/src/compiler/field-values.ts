import type { FieldPath, SourceRange, Value, ValueList } from '../ast/nodes.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import { FIELDS, type FieldInfo } from '../schema/fields.js';
import { checkDate } from './dates.js';
import type { Session } from './session.js';
import { listOr } from './wording.js';

/** The dotted path as written: `channel.platform`. */
export function pathOf(path: FieldPath): string {
  return path.segments.join('.');
}

/**
 * Looks a field path up in `schema/fields.ts`, reporting `unknown-field` with
 * a suggestion when there is no such field.
 */
export function lookUpField(session: Session, path: FieldPath): FieldInfo | undefined {
  const written = pathOf(path);
  const info = Object.hasOwn(FIELDS, written) ? FIELDS[written] : undefined;
  if (info !== undefined) return info;
  session.error('unknown-field', `there is no field \`${written}\``, path, { help: suggestField(written) });
  return undefined;
}

function suggestField(written: string): string {
  const names = Object.keys(FIELDS);
  // The design sketches wrote `activity.at`; fields are named without the prefix.
  if (written.startsWith('activity.')) {
    const rest = written.slice('activity.'.length);
    if (Object.hasOwn(FIELDS, rest)) return `write \`${rest}\`: fields are named without \`activity.\``;
  }
  const whole = didYouMean(written, names);
  if (whole !== undefined) return `did you mean \`${whole}\`?`;
  // `author.authorisedOn`: the group is right, so compare the last part with the group's fields.
  const dot = written.lastIndexOf('.');
  if (dot > 0) {
    const group = written.slice(0, dot + 1);
    const siblings = names.filter((name) => name.startsWith(group));
    const last = didYouMean(
      written.slice(dot + 1),
      siblings.map((name) => name.slice(group.length)),
    );
    if (last !== undefined) return `did you mean \`${group}${last}\`?`;
    if (siblings.length > 0) return `the fields of \`${group.slice(0, -1)}\` are ${listOr(siblings)}`;
  }
  return `the fields are ${listOr(names)}`;
}

/** How a field's values are described in messages: "one of `official` or `personal`". */
export function describeFieldKind(info: FieldInfo): string {
  switch (info.kind) {
    case 'text':
      return 'text';
    case 'string':
      return 'a string';
    case 'enum':
      return `one of ${listOr(info.values ?? [])}`;
    case 'boolean':
      return '`true` or `false`';
    case 'date':
      return 'a date';
    case 'list':
      return 'a list of words';
    case 'object':
      return 'a group of fields';
  }
}

/** How a written value is described in messages: "a date", "a word". */
export function describeValue(value: Value | ValueList): string {
  switch (value.type) {
    case 'Identifier':
      return 'a word';
    case 'String':
      return 'a string';
    case 'Number':
      return 'a number';
    case 'Boolean':
      return '`true` or `false`';
    case 'Date':
      return 'a date';
    case 'ValueList':
      return 'a list';
  }
}

/** A value as the author wrote it, for messages. */
export function writtenValue(value: Value | ValueList): string {
  switch (value.type) {
    case 'Identifier':
      return value.name;
    case 'String':
      return JSON.stringify(value.value);
    case 'Number':
    case 'Boolean':
      return String(value.value);
    case 'Date':
      return value.value;
    case 'ValueList':
      return `[${value.values.map(writtenValue).join(', ')}]`;
  }
}

/** The subfields of a group field, such as `inReplyTo.kind` for `inReplyTo`. */
function subfields(path: string): string[] {
  return Object.keys(FIELDS).filter((name) => name.startsWith(`${path}.`));
}

/** What to write for a field of this kind. */
export function valueHelp(path: string, info: FieldInfo): string {
  switch (info.kind) {
    case 'text':
    case 'string':
      return 'write the value in quotes, such as `"…"`';
    case 'enum':
      return `write one of ${listOr(info.values ?? [])}`;
    case 'boolean':
      return 'write `true` or `false`';
    case 'date':
      return 'write a date such as `2026-04-01`, or a date and time with its zone such as `2026-04-01T09:00:00Z`';
    case 'list':
      return 'write a list of words in quotes, such as `["housing", "planning"]`';
    case 'object': {
      const fields = subfields(path);
      return fields.length > 0 ? `use one of its fields instead: ${listOr(fields)}` : 'use one of its fields instead';
    }
  }
}

/**
 * Checks one value written for a field (after `is`, inside `in { … }` or in an
 * example's `with`) against the field's kind, reporting `wrong-kind`,
 * `unknown-value` (a word outside an enum's set) or `invalid-date`.
 *
 * @returns true when the value fits
 */
export function checkScalarValue(session: Session, path: string, info: FieldInfo, value: Value | ValueList): boolean {
  const mismatch = (): false => {
    session.error(
      'wrong-kind',
      `\`${path}\` is ${describeFieldKind(info)}, so it cannot be ${describeValue(value)} like \`${writtenValue(value)}\``,
      value,
      { help: valueHelp(path, info) },
    );
    return false;
  };
  switch (info.kind) {
    case 'enum': {
      if (value.type !== 'Identifier' && value.type !== 'String') return mismatch();
      const word = value.type === 'Identifier' ? value.name : value.value;
      const values = info.values ?? [];
      if (values.includes(word)) return true;
      const suggestion = didYouMean(word, values);
      session.error(
        'unknown-value',
        `\`${word}\` is not a \`${path}\`; expected one of ${values.map((v) => `\`${v}\``).join(', ')}`,
        value,
        { help: suggestion !== undefined ? `did you mean \`${suggestion}\`?` : valueHelp(path, info) },
      );
      return false;
    }
    case 'string':
      return value.type === 'Identifier' || value.type === 'String' ? true : mismatch();
    case 'text':
      return value.type === 'String' ? true : mismatch();
    case 'boolean':
      return value.type === 'Boolean' ? true : mismatch();
    case 'date':
      return value.type === 'Date' ? checkDateLiteral(session, value.value, value) : mismatch();
    case 'list':
      if (value.type === 'String' || value.type === 'Identifier') return true;
      if (value.type !== 'ValueList') return mismatch();
      return value.values
        .map((item) => (item.type === 'String' || item.type === 'Identifier' ? true : mismatch()))
        .every(Boolean);
    case 'object':
      return mismatch();
  }
}

/** Checks a date against the calendar, reporting `invalid-date`. */
export function checkDateLiteral(session: Session, written: string, at: { location: SourceRange }): boolean {
  const checked = checkDate(written);
  if (checked.ok) return true;
  session.error('invalid-date', `\`${written}\` is not a date: ${checked.reason}`, at, {
    help: 'write a date that exists, as `YYYY-MM-DD` (such as `2026-04-01`), or with a time and zone (such as `2026-04-01T09:00:00Z`)',
  });
  return false;
}
