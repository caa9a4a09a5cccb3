import { z } from 'zod';

/**
 * The version of the IR format this build of core writes and reads. A loader
 * refuses IR of another major version with a clear error.
 */
export const IR_VERSION = 1;

const locationSchema = z.object({
  source: z.string().optional(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
});

/** The zod schema of a citation of the guidance: its source, section and paragraph. */
export const citationSchema = z.object({
  source: z.string().optional(),
  section: z.union([z.number(), z.string()]).optional(),
  paragraph: z.union([z.number(), z.string()]).optional(),
});

/** The zod schema of a reference from a `has` test to a term list, pattern or detector. */
export const sourceRefSchema = z.object({
  kind: z.enum(['terms', 'pattern', 'detector']),
  /** For `terms` and `pattern`: the declared id. For `detector`: the id of a declared or built-in detector (a key of `detectors`). */
  id: z.string(),
});

const dateSchema = z.string();

/** What a `has` test scans for: a term list, a pattern or a detector, by id. */
export interface SourceRefIR {
  kind: 'terms' | 'pattern' | 'detector';
  /** For `terms` and `pattern`: the declared id. For `detector`: a key of the pack's `detectors`. */
  id: string;
}

/** A compiled condition: a boolean combination of tests on the activity. */
type ConditionIR =
  | { op: 'and'; args: ConditionIR[] }
  | { op: 'or'; args: ConditionIR[] }
  | { op: 'not'; arg: ConditionIR }
  | {
      op: 'has';
      field: string;
      source: SourceRefIR;
      atLeast?: number | undefined;
      near?: { source: SourceRefIR; within: number } | undefined;
    }
  | { op: 'is'; field: string; value: string | number | boolean; negated?: boolean | undefined }
  | { op: 'in'; field: string; values: (string | number | boolean)[]; negated?: boolean | undefined }
  | { op: 'before' | 'after'; field: string; date: string }
  | { op: 'between'; field: string; from: string; to: string }
  | { op: 'exists'; field: string }
  | { op: 'contains'; field: string; value: string };

const scalar = z.union([z.string(), z.number(), z.boolean()]);

/** The zod schema of a compiled condition. */
export const conditionSchema: z.ZodType<ConditionIR> = z.lazy(() =>
  z.discriminatedUnion('op', [
    z.object({ op: z.literal('and'), args: z.array(conditionSchema) }),
    z.object({ op: z.literal('or'), args: z.array(conditionSchema) }),
    z.object({ op: z.literal('not'), arg: conditionSchema }),
    z.object({
      op: z.literal('has'),
      field: z.string(),
      source: sourceRefSchema,
      atLeast: z.number().int().positive().optional(),
      near: z.object({ source: sourceRefSchema, within: z.number().int().nonnegative() }).optional(),
    }),
    z.object({ op: z.literal('is'), field: z.string(), value: scalar, negated: z.boolean().optional() }),
    z.object({ op: z.literal('in'), field: z.string(), values: z.array(scalar), negated: z.boolean().optional() }),
    z.object({ op: z.literal('before'), field: z.string(), date: dateSchema }),
    z.object({ op: z.literal('after'), field: z.string(), date: dateSchema }),
    z.object({ op: z.literal('between'), field: z.string(), from: dateSchema, to: dateSchema }),
    z.object({ op: z.literal('exists'), field: z.string() }),
    z.object({ op: z.literal('contains'), field: z.string(), value: z.string() }),
  ]),
);

/** One term of a compiled term list. */
export const termSchema = z.object({
  /** The term as written in the pack, for evidence and docs. */
  text: z.string(),
  /** True when it matches any word starting with `text`. */
  prefix: z.boolean().default(false),
});

const exampleSchema = z.object({
  expect: z.enum(['flags', 'passes']),
  /** Rule ids; for `passes`, empty means no rule may flag the text. */
  rules: z.array(z.string()),
  /** The activity of the example: at least `text`. Validated against the activity schema by the tester. */
  activity: z.record(z.string(), z.unknown()),
  location: locationSchema.optional(),
  /** Which pack the example was written in. */
  pack: z.string(),
});

const ruleSchema = z.object({
  id: z.string(),
  severity: z.enum(['block', 'review', 'advice', 'off']),
  tags: z.array(z.string()),
  /** The documentation comment of the rule, Markdown. */
  doc: z.string().optional(),
  /** Message template; `{match}`, `{matches}`, `{count}`, `{term}` are filled in. */
  message: z.string(),
  advice: z.string().optional(),
  suggestion: z.string().optional(),
  citation: citationSchema.optional(),
  when: conditionSchema,
  unless: conditionSchema.optional(),
  /** Which pack declared (or last replaced) the rule. */
  pack: z.string(),
  location: locationSchema.optional(),
});

/** The zod schema of a compiled pack. */
export const packIRSchema = z.object({
  irVersion: z.literal(IR_VERSION),
  name: z.string(),
  version: z.string(),
  title: z.string().optional(),
  source: z.string().optional(),
  /** Every pack that went into this one, the root of the `extends` chain first, this one last. */
  packs: z.array(z.object({ name: z.string(), version: z.string() })),
  termLists: z.record(
    z.string(),
    z.object({
      description: z.string().optional(),
      inflect: z.boolean().default(false),
      terms: z.array(termSchema),
    }),
  ),
  patterns: z.record(
    z.string(),
    z.object({ regex: z.string(), flags: z.string(), description: z.string().optional() }),
  ),
  /** Declared detectors and every built-in detector the rules use, by id. */
  detectors: z.record(
    z.string(),
    z.object({ uses: z.string(), options: z.record(z.string(), z.unknown()).default({}) }),
  ),
  rules: z.array(ruleSchema),
  examples: z.array(exampleSchema),
});

/** A compiled pack: plain JSON, validated by {@link packIRSchema}. */
export type PackIR = z.output<typeof packIRSchema>;
/** A compiled rule. */
export type RuleIR = PackIR['rules'][number];
/** A compiled condition. */
export type { ConditionIR };
/** A compiled in-pack example. */
export type ExampleIR = PackIR['examples'][number];
/** A citation of the guidance: its source, section and paragraph. */
export interface Citation {
  source?: string | undefined;
  section?: number | string | undefined;
  paragraph?: number | string | undefined;
}
