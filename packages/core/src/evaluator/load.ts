import { builtinDetectors } from '../detectors/builtin.js';
import type { Detector } from '../detectors/detector.js';
import { IR_VERSION, packIRSchema, type PackIR } from '../ir/schema.js';
import { compileTermMatcher } from '../text/compile-term-matcher.js';
import type { TermMatcher } from '../text/term-matcher.js';
import { createEngine, type Engine } from './engine.js';
import { IRError } from './ir-error.js';
import { issuesFromZod, type Issue } from './issues.js';
import { loadDetectors, shareRuns } from './load-detectors.js';
import { loadPatterns } from './load-patterns.js';
import type { LoadedPack } from './loaded-pack.js';
import { planRules } from './plan.js';
import { validateRules } from './validate-rules.js';

/** Options of {@link load}. */
export interface LoadOptions {
  /**
   * Extra detectors packs may use (`detector x uses <name>`), added to the
   * built-in ones; one with the name of a built-in replaces it.
   */
  detectors?: readonly Detector<any>[] | undefined;
}

/**
 * Loads a compiled pack (IR) into an {@link Engine}. The IR is treated as
 * untrusted: it is validated against the IR schema, its version must be the
 * one this build reads, every name it uses must resolve, detector options
 * must suit their detector, and every pattern must pass the safety check.
 * Everything a check can prepare in advance is prepared here: the patterns
 * are compiled, the detectors configured, and the term lists of every rule
 * that is on compiled into one matcher. The parser is not needed.
 *
 * @param ir - the compiled pack, as parsed JSON
 * @throws {@link IRError} naming every problem, each by its path in the IR
 */
export function load(ir: unknown, options: LoadOptions = {}): Engine {
  const parsed = parseIR(ir);
  const registry = new Map(builtinDetectors);
  for (const detector of options.detectors ?? []) {
    if (detector === null || typeof detector !== 'object' || typeof detector.name !== 'string' ||
      typeof detector.detect !== 'function' || typeof detector.options?.safeParse !== 'function') {
      throw new TypeError('Each detector given to load needs a `name`, an `options` schema and a `detect` function');
    }
    registry.set(detector.name, detector);
  }

  const issues: Issue[] = [];
  const { detectors, resolve } = loadDetectors(parsed, registry, issues);
  const patterns = loadPatterns(parsed, issues);
  issues.push(...validateRules(parsed, (id) => Object.hasOwn(parsed.detectors, id) || registry.has(id)));
  if (issues.length > 0) throw new IRError(issues);

  const plan = planRules(parsed.rules);
  for (const id of plan.detectors) resolve(id);
  if (issues.length > 0) throw new IRError(issues);
  shareRuns(detectors);

  const pack: LoadedPack = {
    ir: parsed,
    rules: parsed.rules,
    patterns,
    detectors,
    matcher: compileMatcher(parsed, plan.termLists),
    plan,
  };
  return createEngine(pack);
}

function parseIR(ir: unknown): PackIR {
  if (ir === null || typeof ir !== 'object' || Array.isArray(ir)) {
    throw new IRError([{ path: '', message: 'must be an object: a compiled pack as parsed JSON' }]);
  }
  if (Object.hasOwn(ir, 'irVersion') && (ir as { irVersion: unknown }).irVersion !== IR_VERSION) {
    const version = (ir as { irVersion: unknown }).irVersion;
    throw new IRError([{
      path: 'irVersion',
      message: `is \`${String(version)}\`, but this version of @propriety/core reads IR version ${IR_VERSION}; compile the pack again with a matching version of @propriety/core`,
    }]);
  }
  let result;
  try {
    result = packIRSchema.safeParse(ir);
  } catch (error) {
    if (error instanceof RangeError) {
      throw new IRError([{ path: '', message: 'is nested too deeply to be a compiled pack' }]);
    }
    throw error;
  }
  if (!result.success) throw new IRError(issuesFromZod(result.error));
  return result.data;
}

function compileMatcher(ir: PackIR, used: ReadonlySet<string>): TermMatcher | undefined {
  if (used.size === 0) return undefined;
  const lists = [...used].map((id) => {
    const list = ir.termLists[id]!;
    return { id, inflect: list.inflect, terms: list.terms.map((term) => ({ text: term.text, prefix: term.prefix })) };
  });
  try {
    return compileTermMatcher(lists);
  } catch (error) {
    throw new IRError([{ path: 'termLists', message: `could not be compiled (${error instanceof Error ? error.message : String(error)})` }]);
  }
}
