import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Node } from '../../src/ast/nodes.js';
import { childrenOf, visit } from '../../src/ast/visit.js';
import { parse } from '../../src/syntax/parse.js';
import { packArbitrary } from '../arbitraries/pack.js';

const SOURCE = `pack "p" version "1"
  extends "base"
# note
terms t { "a", "b*" }
detector d uses link with { domains: ["gov.uk"] }
rule r {
  severity block
  tags x
  when text has t near d within 3 words and not (capacity is personal or at before 2026-01-01)
  say "m"
  example flags "e" with channel.platform x
}
override rule q replace { when inReplyTo exists }
`;

describe('visit', () => {
  it('reaches every node in source order, entering before and leaving after the children', () => {
    const events: string[] = [];
    visit(parse(SOURCE), {
      enter: (node) => void events.push(`+${node.type}`),
      leave: (node) => void events.push(`-${node.type}`),
    });
    const entered = events.filter((e) => e.startsWith('+')).map((e) => e.slice(1));
    expect(entered).toEqual([
      'Pack', 'PackHeader', 'String', 'String', 'String',
      'Terms', 'Identifier', 'Term', 'Term',
      'Detector', 'Identifier', 'Identifier', 'DetectorOption', 'Identifier', 'ValueList', 'String',
      'Rule', 'Identifier', 'RuleBody', 'Severity', 'Identifier',
      'And', 'Has', 'FieldPath', 'Identifier', 'Identifier', 'Number',
      'Not', 'Or', 'Is', 'FieldPath', 'Identifier', 'DateTest', 'FieldPath', 'Date',
      'String', 'Example', 'String', 'ExampleField', 'FieldPath', 'Identifier',
      'Override', 'Identifier', 'RuleBody', 'Exists', 'FieldPath',
      'Comment',
    ]);
    expect(events[0]).toBe('+Pack');
    expect(events.at(-1)).toBe('-Pack');
    expect(events.filter((e) => e.startsWith('-'))).toHaveLength(entered.length);
  });

  it('calls the callback named after the type, with the parent', () => {
    const seen: [string, string | undefined][] = [];
    visit(parse(SOURCE), {
      Identifier: (node, parent) => void seen.push([node.name, parent?.type]),
    });
    expect(seen).toContainEqual(['link', 'Detector']);
    expect(seen).toContainEqual(['personal', 'Is']);
    expect(seen).toContainEqual(['x', 'RuleBody']);
    expect(seen).toContainEqual(['x', 'ExampleField']);
  });

  it('skips the children when a callback returns false', () => {
    const types: string[] = [];
    visit(parse(SOURCE), {
      Rule: () => false,
      enter: (node) => void types.push(node.type),
    });
    expect(types).toContain('Rule');
    expect(types).not.toContain('Severity');
    expect(types).not.toContain('Example');
    expect(types).toContain('Override');
    expect(types).toContain('Exists');
  });

  it('visits each node of any generated pack exactly once', () => {
    fc.assert(
      fc.property(packArbitrary(), (pack) => {
        const seen = new Set<Node>();
        let count = 0;
        visit(pack, {
          enter: (node) => {
            count++;
            seen.add(node);
          },
        });
        expect(seen.size).toBe(count);
        const walk = (n: Node): number => 1 + childrenOf(n).reduce((s, c) => s + walk(c), 0);
        expect(count).toBe(walk(pack));
        expect(seen.has(pack.header)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a node it does not know', () => {
    expect(() => childrenOf({ type: 'Mystery' } as unknown as Node)).toThrow('unknown syntax tree node "Mystery"');
  });
});
