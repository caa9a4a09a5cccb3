import type { Node } from './nodes.js';

/** The node of `Node` whose `type` is `T`. */
export type NodeOfType<T extends Node['type']> = Extract<Node, { type: T }>;

/**
 * Callbacks for {@link visit}. `enter` and the callback named after the
 * node's `type` run before its children; either may return `false` to skip
 * them. `leave` runs after the children.
 */
export type Visitor = {
  [T in Node['type']]?: (node: NodeOfType<T>, parent: Node | undefined) => void | boolean;
} & {
  enter?: (node: Node, parent: Node | undefined) => void | boolean;
  leave?: (node: Node, parent: Node | undefined) => void;
};

/**
 * Walks `root` depth first, children in source order (a rule's clauses in the
 * order the formatter writes them, a pack's comments after its body).
 */
export function visit(root: Node, visitor: Visitor): void {
  walk(root, undefined, visitor);
}

function walk(node: Node, parent: Node | undefined, visitor: Visitor): void {
  const typed = visitor[node.type] as ((n: Node, p: Node | undefined) => void | boolean) | undefined;
  const entered = visitor.enter?.(node, parent);
  const typedResult = typed?.(node, parent);
  if (entered !== false && typedResult !== false) {
    for (const child of childrenOf(node)) walk(child, node, visitor);
  }
  visitor.leave?.(node, parent);
}

/** The direct children of `node`, in source order. */
export function childrenOf(node: Node): Node[] {
  const out: Node[] = [];
  const add = (child: Node | undefined): void => {
    if (child !== undefined) out.push(child);
  };
  switch (node.type) {
    case 'Pack':
      add(node.header);
      out.push(...node.body, ...node.comments);
      break;
    case 'PackHeader':
      add(node.name);
      add(node.version);
      add(node.title);
      add(node.source);
      out.push(...node.extends);
      break;
    case 'Terms':
      add(node.id);
      add(node.description);
      out.push(...node.terms);
      break;
    case 'TermsEdit':
      add(node.id);
      out.push(...node.terms);
      break;
    case 'Pattern':
      add(node.id);
      add(node.description);
      break;
    case 'Detector':
      add(node.id);
      add(node.uses);
      out.push(...node.options);
      break;
    case 'DetectorOption':
      add(node.key);
      add(node.value);
      break;
    case 'ValueList':
      out.push(...node.values);
      break;
    case 'Rule':
      add(node.id);
      add(node.body);
      break;
    case 'RuleBody':
      add(node.severity);
      out.push(...node.tags);
      add(node.citation);
      add(node.when);
      add(node.unless);
      add(node.message);
      add(node.advice);
      add(node.suggestion);
      out.push(...node.examples);
      break;
    case 'Citation':
      add(node.source);
      add(node.section);
      add(node.paragraph);
      break;
    case 'Override':
      add(node.id);
      add(node.change.kind === 'severity' ? node.change.severity : node.change.body);
      break;
    case 'Example':
      out.push(...node.rules);
      add(node.text);
      out.push(...node.activity);
      break;
    case 'ExampleField':
      add(node.path);
      add(node.value);
      break;
    case 'And':
    case 'Or':
      out.push(...node.operands);
      break;
    case 'Not':
      add(node.operand);
      break;
    case 'Has':
      add(node.field);
      add(node.atLeast);
      add(node.source);
      if (node.near !== undefined) {
        add(node.near.source);
        add(node.near.within);
      }
      break;
    case 'Is':
    case 'Contains':
      add(node.field);
      add(node.value);
      break;
    case 'In':
      add(node.field);
      out.push(...node.values);
      break;
    case 'DateTest':
      add(node.field);
      add(node.from);
      add(node.to);
      break;
    case 'Exists':
      add(node.field);
      break;
    case 'Comment':
    case 'Identifier':
    case 'String':
    case 'Number':
    case 'Boolean':
    case 'Date':
    case 'Term':
    case 'Severity':
    case 'FieldPath':
      break;
    default:
      return assertNever(node);
  }
  return out;
}

function assertNever(node: never): never {
  throw new Error(`unknown syntax tree node ${JSON.stringify((node as { type?: unknown }).type)}`);
}
