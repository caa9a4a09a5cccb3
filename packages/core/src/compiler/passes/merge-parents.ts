import type { Inherited, InheritedEntry, Parent } from '../context.js';
import { canonicalJson, jsonEqual } from '../json-equal.js';
import type { Session } from '../session.js';

/**
 * Merges the compiled parents into what this pack inherits, in the order the
 * parents are named. Two parents may share an ancestor (both extend the
 * standard pack): what they share must then be identical, otherwise it is not
 * clear which one this pack gets, and that is reported as
 * `conflicting-parents` at the second `extends`.
 */
export function mergeParents(session: Session, parents: readonly Parent[]): Inherited {
  const inherited: Inherited = {
    parents: [...parents],
    packs: [],
    source: parents[0]?.ir.source,
    termLists: new Map(),
    patterns: new Map(),
    detectors: new Map(),
    rules: new Map(),
    examples: [],
  };
  const exampleKeys = new Set<string>();

  for (const parent of parents) {
    const { ir } = parent;
    for (const entry of ir.packs) {
      const known = inherited.packs.find((p) => p.name === entry.name);
      if (known === undefined) {
        inherited.packs.push({ name: entry.name, version: entry.version });
      } else if (known.version !== entry.version) {
        session.error(
          'conflicting-parents',
          `the packs this pack extends build on two versions of \`${entry.name}\`: \`${known.version}\` and \`${entry.version}\``,
          parent.node,
          { help: `extend packs that build on the same version of \`${entry.name}\`` },
        );
      }
    }
    mergeEntries(session, parent, 'term list', Object.entries(ir.termLists), inherited.termLists);
    mergeEntries(session, parent, 'pattern', Object.entries(ir.patterns), inherited.patterns);
    mergeEntries(session, parent, 'detector', Object.entries(ir.detectors), inherited.detectors);
    mergeEntries(session, parent, 'rule', ir.rules.map((rule) => [rule.id, rule] as const), inherited.rules);

    const parentRules = ir.rules.map((rule) => rule.id);
    for (const example of ir.examples) {
      const key = canonicalJson(example);
      if (exampleKeys.has(key)) continue;
      exampleKeys.add(key);
      inherited.examples.push({ example, parentRules });
    }
  }
  return inherited;
}

function mergeEntries<T>(
  session: Session,
  parent: Parent,
  noun: string,
  entries: Iterable<readonly [string, T]>,
  into: Map<string, InheritedEntry<T>>,
): void {
  for (const [id, value] of entries) {
    const known = into.get(id);
    if (known === undefined) {
      into.set(id, { value, parent: parent.name });
    } else if (!jsonEqual(known.value, value)) {
      session.error(
        'conflicting-parents',
        `\`${known.parent}\` and \`${parent.name}\` both have a ${noun} \`${id}\`, and they differ`,
        parent.node,
        { help: `extend only one of them, or make \`${id}\` the same in both` },
      );
    }
  }
}
