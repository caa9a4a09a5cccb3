import type { ConditionIR, RuleIR } from '../ir/schema.js';
import { conditionsIn } from './walk-condition.js';

/** What is looked for in one text field. */
export interface FieldSources {
  termLists: ReadonlySet<string>;
  patterns: ReadonlySet<string>;
  detectors: ReadonlySet<string>;
}

/**
 * What the rules that are on need, worked out once at load: which fields
 * each rule reads, what each text field is scanned for, and which term lists
 * go into the one matcher. Rules with severity `off` contribute nothing, so
 * they never make a detector run or a list be compiled.
 */
export interface EvaluationPlan {
  /** For each rule that is on, every field path its conditions read, in first-use order. */
  fieldsByRule: ReadonlyMap<string, readonly string[]>;
  /** For each field path a `has` test scans, the term lists, patterns and detectors looked for in it. */
  sourcesByField: ReadonlyMap<string, FieldSources>;
  /** Every term list a rule that is on uses, for the one term matcher. */
  termLists: ReadonlySet<string>;
  /** Every detector id a rule that is on uses. */
  detectors: ReadonlySet<string>;
}

/** Builds the {@link EvaluationPlan} of a pack's rules. */
export function planRules(rules: readonly RuleIR[]): EvaluationPlan {
  const fieldsByRule = new Map<string, string[]>();
  const sourcesByField = new Map<string, { termLists: Set<string>; patterns: Set<string>; detectors: Set<string> }>();
  const termLists = new Set<string>();
  const detectors = new Set<string>();
  for (const rule of rules) {
    if (rule.severity === 'off') continue;
    const fields = new Set<string>();
    const roots: ConditionIR[] = rule.unless === undefined ? [rule.when] : [rule.when, rule.unless];
    for (const root of roots) {
      for (const { condition } of conditionsIn(root, '')) {
        if (!('field' in condition)) continue;
        fields.add(condition.field);
        if (condition.op !== 'has') continue;
        let sources = sourcesByField.get(condition.field);
        if (sources === undefined) {
          sources = { termLists: new Set(), patterns: new Set(), detectors: new Set() };
          sourcesByField.set(condition.field, sources);
        }
        for (const source of condition.near === undefined ? [condition.source] : [condition.source, condition.near.source]) {
          if (source.kind === 'terms') {
            sources.termLists.add(source.id);
            termLists.add(source.id);
          } else if (source.kind === 'pattern') {
            sources.patterns.add(source.id);
          } else {
            sources.detectors.add(source.id);
            detectors.add(source.id);
          }
        }
      }
    }
    fieldsByRule.set(rule.id, [...fields]);
  }
  return { fieldsByRule, sourcesByField, termLists, detectors };
}
