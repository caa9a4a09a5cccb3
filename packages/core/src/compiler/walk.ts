import type {
  Condition,
  ExampleDeclaration,
  Identifier,
  Pack,
  RuleBody,
  RuleDeclaration,
  RuleOverride,
  Test,
} from '../ast/nodes.js';

/** A rule body and what it belongs to: a rule, or an `override … replace`. */
export interface OwnedRuleBody {
  id: Identifier;
  body: RuleBody;
  node: RuleDeclaration | RuleOverride;
}

/** Every rule body of a pack in source order: rules and `override … replace` bodies. */
export function ruleBodies(pack: Pack): OwnedRuleBody[] {
  const bodies: OwnedRuleBody[] = [];
  for (const declaration of pack.body) {
    if (declaration.type === 'Rule') {
      bodies.push({ id: declaration.id, body: declaration.body, node: declaration });
    } else if (declaration.type === 'Override' && declaration.change.kind === 'replace') {
      bodies.push({ id: declaration.id, body: declaration.change.body, node: declaration });
    }
  }
  return bodies;
}

/** An example and, when it is written inside a rule body, the id of that rule. */
export interface OwnedExample {
  example: ExampleDeclaration;
  /** The rule (or replaced rule) the example is written in; undefined at the top level. */
  rule?: Identifier | undefined;
}

/** Every example of a pack in source order, whether inside a rule or at the top level. */
export function packExamples(pack: Pack): OwnedExample[] {
  const examples: OwnedExample[] = [];
  for (const declaration of pack.body) {
    if (declaration.type === 'Example') {
      examples.push({ example: declaration });
    } else if (declaration.type === 'Rule') {
      for (const example of declaration.body.examples) examples.push({ example, rule: declaration.id });
    } else if (declaration.type === 'Override' && declaration.change.kind === 'replace') {
      for (const example of declaration.change.body.examples) examples.push({ example, rule: declaration.id });
    }
  }
  return examples;
}

/** Calls `visit` on every test of a condition, left to right. */
export function forEachTest(condition: Condition, visit: (test: Test) => void): void {
  switch (condition.type) {
    case 'And':
    case 'Or':
      for (const operand of condition.operands) forEachTest(operand, visit);
      return;
    case 'Not':
      forEachTest(condition.operand, visit);
      return;
    default:
      visit(condition);
  }
}

/** Calls `visit` on every test of a rule body's `when` and `unless`. */
export function forEachBodyTest(body: RuleBody, visit: (test: Test) => void): void {
  if (body.when !== undefined) forEachTest(body.when, visit);
  if (body.unless !== undefined) forEachTest(body.unless, visit);
}
