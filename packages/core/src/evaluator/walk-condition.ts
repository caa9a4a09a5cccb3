import type { ConditionIR } from '../ir/schema.js';

/** A condition together with the dotted path of its place in the IR. */
export interface PlacedCondition {
  condition: ConditionIR;
  /** `rules.3.when.args.1`. */
  path: string;
}

/**
 * Every condition in a tree, parents before children, each with its path.
 * Iterative, so that a deeply nested condition in untrusted IR cannot
 * overflow the stack here.
 */
export function conditionsIn(root: ConditionIR, rootPath: string): PlacedCondition[] {
  const out: PlacedCondition[] = [];
  const stack: PlacedCondition[] = [{ condition: root, path: rootPath }];
  while (stack.length > 0) {
    const placed = stack.pop()!;
    out.push(placed);
    const { condition, path } = placed;
    if (condition.op === 'and' || condition.op === 'or') {
      for (let i = condition.args.length - 1; i >= 0; i--) {
        stack.push({ condition: condition.args[i]!, path: `${path}.args.${i}` });
      }
    } else if (condition.op === 'not') {
      stack.push({ condition: condition.arg, path: `${path}.arg` });
    }
  }
  return out;
}

/** How deeply `and`/`or`/`not` nest in a condition (a single test is 1). */
export function conditionDepth(root: ConditionIR): number {
  let deepest = 0;
  const stack: [ConditionIR, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [condition, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (condition.op === 'and' || condition.op === 'or') {
      for (const arg of condition.args) stack.push([arg, depth + 1]);
    } else if (condition.op === 'not') {
      stack.push([condition.arg, depth + 1]);
    }
  }
  return deepest;
}
