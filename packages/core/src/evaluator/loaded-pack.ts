import type { Detector } from '../detectors/detector.js';
import type { PackIR, RuleIR } from '../ir/schema.js';
import type { TermMatcher } from '../text/term-matcher.js';
import type { EvaluationPlan } from './plan.js';

/** A detector a pack uses, with its options validated once at load. */
export interface LoadedDetector {
  /** The id conditions use: a declared detector's id, or a built-in's name. */
  id: string;
  detector: Detector<any>;
  /** The options after the detector's schema parsed them (defaults applied). */
  options: unknown;
  /** Matches below this confidence are ignored. */
  minConfidence: number;
  /**
   * For a {@link Detector.thresholdOnly} detector declared several times with
   * only the threshold changed: the run the declarations share (keyed by
   * detector and options), with the lowest of their thresholds.
   */
  shared?: { key: string; options: unknown } | undefined;
}

/** A pattern compiled once at load, with the `g` flag added. */
export interface LoadedPattern {
  id: string;
  regex: RegExp;
}

/**
 * Everything {@link load} works out once so that each check only evaluates:
 * the validated IR, compiled patterns, configured detectors, the one term
 * matcher over every list a rule that is on uses, and the plan.
 */
export interface LoadedPack {
  ir: PackIR;
  /** Rules in pack order (the order of explanations). */
  rules: readonly RuleIR[];
  patterns: ReadonlyMap<string, LoadedPattern>;
  detectors: ReadonlyMap<string, LoadedDetector>;
  /** Undefined when no rule that is on uses a term list. */
  matcher: TermMatcher | undefined;
  plan: EvaluationPlan;
}
