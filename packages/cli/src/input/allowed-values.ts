import { activitySchema } from '@propriety/core';

/**
 * The values the activity schema allows for an enumerated field
 * (`channel.platform`), read from the schema itself so that `--help` never
 * drifts from what the engine accepts; empty when the field is not an enum.
 */
export function allowedValues(path: string): string[] {
  let schema: unknown = activitySchema;
  for (const key of path.split('.')) {
    const shape = (unwrap(schema) as { shape?: Record<string, unknown> } | undefined)?.shape;
    schema = shape?.[key];
  }
  const options = (unwrap(schema) as { options?: unknown } | undefined)?.options;
  return Array.isArray(options) ? options.map(String) : [];
}

// Defaults and optionals wrap the schema that has the shape or the options.
function unwrap(schema: unknown): unknown {
  let here = schema as { def?: { innerType?: unknown }; shape?: unknown; options?: unknown } | undefined;
  for (let i = 0; i < 8 && here !== undefined; i++) {
    if (here.shape !== undefined || Array.isArray(here.options)) return here;
    here = here.def?.innerType as typeof here;
  }
  return here;
}
