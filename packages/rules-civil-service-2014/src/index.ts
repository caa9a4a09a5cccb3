/**
 * `@propriety/rules-civil-service-2014`: the standard Propriety pack, which
 * encodes the Cabinet Office's social media guidance for civil servants
 * (October 2014).
 *
 * The pack ships compiled, so checking needs only {@link createEngine} (or
 * `load(ir)` from `@propriety/core`); the parser is never loaded. A
 * department pack that extends this one compiles against {@link source} or
 * {@link ir}:
 *
 * ```ts
 * import { compile, load } from '@propriety/core';
 * import { name, ir } from '@propriety/rules-civil-service-2014';
 *
 * const department = compile(departmentSource, { packs: { [name]: ir } });
 * const engine = load(department);
 * ```
 *
 * @packageDocumentation
 */
import { load, type Engine, type LoadOptions, type PackIR } from '@propriety/core';
import guidanceData from './guidance-paragraphs.json';
import { ir as compiled } from './generated/ir.js';

export { source } from './generated/source.js';

/** The compiled pack (IR), as `compile` from `@propriety/core` writes it. */
export const ir: PackIR = compiled;

/** The pack's name, for `extends` in a department pack: `uk.civil-service.social-media`. */
export const name: string = compiled.name;

/** The pack's version, which is also the package's version. */
export const version: string = compiled.version;

/** One numbered paragraph of the guidance, and how the pack covers it. */
export interface GuidanceParagraph {
  /** A short stable id: `foreword.1`, `3.4`, `3.top5.3`. */
  id: string;
  /** The section as a citation names it: a number, or `foreword`. */
  section: number | string;
  /** The paragraph as a citation names it: a number, or `top 5, item K`. */
  paragraph: number | string;
  /** What the paragraph is about, in a few words of our own. */
  subject: string;
  /** For a paragraph no rule cites: why no machine can check it, and how the report surfaces it instead. */
  notCheckable?: string | undefined;
}

/** The paragraphs of the guidance the pack's citations point into, and how they are numbered. */
export const guidance: {
  source: string;
  publisher: string;
  numbering: string;
  paragraphs: readonly GuidanceParagraph[];
} = guidanceData;

/**
 * Loads the standard pack into an engine, ready to check activities.
 *
 * @param options - passed to `load` (extra detectors, for example)
 * @returns an engine; make it once and reuse it
 */
export function createEngine(options?: LoadOptions): Engine {
  return load(compiled, options);
}
