import type { ExampleDeclaration } from '../ast/nodes.js';
import { FIELDS } from '../schema/fields.js';
import { literalValue } from './detector-options.js';
import { pathOf } from './field-values.js';

/**
 * The activity of an example: its text, then the fields after `with` as
 * nested objects (`channel.platform x` gives `{ channel: { platform: 'x' } }`),
 * dates as the ISO strings written and lists as arrays. Attachment fields
 * describe the attachments in turn: a list value gives one attachment per
 * item, a single value the first attachment. The first of a repeated field
 * wins (the checker reports the repeat). Only call it on checked examples:
 * every path must be a field of `schema/fields.ts`.
 */
export function exampleActivity(example: ExampleDeclaration): Record<string, unknown> {
  const activity: Record<string, unknown> = { text: example.text.value };
  const done = new Set<string>(['text']);
  for (const field of example.activity) {
    const path = pathOf(field.path);
    if (done.has(path)) continue;
    done.add(path);
    let value = literalValue(field.value);
    const [head, ...rest] = field.path.segments;
    if (head === undefined) continue;
    if (head === 'attachments' && rest.length === 1) {
      const key = rest[0]!;
      const attachments = (activity.attachments ??= []) as Record<string, unknown>[];
      const items = Array.isArray(value) ? value : [value];
      items.forEach((item, i) => {
        attachments[i] ??= {};
        attachments[i]![key] = item;
      });
      continue;
    }
    if (FIELDS[path]?.kind === 'list' && !Array.isArray(value)) value = [value];
    let target = activity;
    for (const segment of [head, ...rest].slice(0, -1)) {
      target = (target[segment] ??= {}) as Record<string, unknown>;
    }
    target[[head, ...rest][rest.length]!] = value;
  }
  return activity;
}
