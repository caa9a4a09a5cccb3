import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { print } from '../../src/ast/print.js';
import { compile, safeCompile, safeCompileAst } from '../../src/compiler/compile.js';
import { termKey } from '../../src/compiler/terms.js';
import type { ConditionIR, PackIR } from '../../src/ir/schema.js';
import { packIRSchema } from '../../src/ir/schema.js';
import { activitySchema } from '../../src/schema/activity.js';
import { packArbitrary } from '../arbitraries/pack.js';
import { childPackArbitrary, rootPackArbitrary } from './valid-pack-arbitrary.js';

/** Every `has` source of a condition. */
function sourcesOf(condition: ConditionIR): { kind: string; id: string }[] {
  switch (condition.op) {
    case 'and':
    case 'or':
      return condition.args.flatMap(sourcesOf);
    case 'not':
      return sourcesOf(condition.arg);
    case 'has':
      return condition.near === undefined ? [condition.source] : [condition.source, condition.near.source];
    default:
      return [];
  }
}

/** The invariants every compiled pack keeps. */
function expectWellFormed(ir: PackIR): void {
  expect(packIRSchema.parse(JSON.parse(JSON.stringify(ir)))).toEqual(ir);
  const maps = { terms: ir.termLists, pattern: ir.patterns, detector: ir.detectors } as Record<string, Record<string, unknown>>;
  for (const rule of ir.rules) {
    for (const source of [...sourcesOf(rule.when), ...(rule.unless === undefined ? [] : sourcesOf(rule.unless))]) {
      expect(Object.hasOwn(maps[source.kind]!, source.id), `${source.kind} ${source.id}`).toBe(true);
    }
  }
  const ruleIds = new Set(ir.rules.map((r) => r.id));
  expect(ruleIds.size).toBe(ir.rules.length);
  for (const example of ir.examples) {
    expect(activitySchema.safeParse(example.activity).success).toBe(true);
    for (const rule of example.rules) expect(ruleIds.has(rule)).toBe(true);
  }
  for (const list of Object.values(ir.termLists)) {
    expect(new Set(list.terms.map(termKey)).size).toBe(list.terms.length);
  }
}

describe('compiler properties', () => {
  it('valid packs compile to well-formed IR, the same every time', () => {
    fc.assert(
      fc.property(rootPackArbitrary, (pack) => {
        const first = safeCompile(pack.source, { file: 'root.prop' });
        expect(first.ok ? [] : first.diagnostics).toEqual([]);
        if (!first.ok) return;
        const second = compile(pack.source, { file: 'root.prop' });
        expect(second).toEqual(first.ir);
        expect(JSON.stringify(second)).toBe(JSON.stringify(first.ir));
        expectWellFormed(first.ir);
        expect(first.ir.rules.map((r) => r.id)).toEqual(pack.rules);
        expect(Object.keys(first.ir.termLists)).toEqual([...pack.termLists.keys()]);
      }),
      { numRuns: 200 },
    );
  });

  it('a child pack flattens its parent: edits, overrides and new rules', () => {
    fc.assert(
      fc.property(childPackArbitrary, (child) => {
        const rootIr = compile(child.root.source, { file: 'root.prop' });
        const result = safeCompile(child.source, { file: 'child.prop', packs: { [child.root.name]: rootIr } });
        expect(result.ok ? [] : result.diagnostics).toEqual([]);
        if (!result.ok) return;
        const ir = result.ir;
        expectWellFormed(ir);
        // Deterministic, and the same from the parent's IR as from its source.
        expect(compile(child.source, { file: 'child.prop', packs: { [child.root.name]: child.root.source } })).toEqual(
          JSON.parse(JSON.stringify(ir, (key, value) => (key === 'source' && value === 'root.prop' ? undefined : value))),
        );
        // Rules: the parent's in order (replaced in place), then the new ones.
        expect(ir.rules.map((r) => r.id)).toEqual([...child.root.rules, ...child.newRules]);
        for (const change of child.changes) {
          const rule = ir.rules.find((r) => r.id === change.rule)!;
          if (change.kind === 'severity') {
            expect(rule.severity).toBe(change.severity);
            expect(rule.pack).toBe(child.root.name);
          } else {
            expect(rule.pack).toBe('child.pack');
          }
        }
        // Term lists: replay the edits on the parent's lists.
        for (const [list, terms] of child.root.termLists) {
          const keys: string[] = [];
          for (const t of terms) {
            const key = termKey({ text: t.replace(/\*$/, ''), prefix: t.endsWith('*') });
            if (!keys.includes(key)) keys.push(key);
          }
          for (const edit of child.edits.filter((e) => e.list === list)) {
            const editKeys = edit.terms.map((t) => termKey({ text: t.replace(/\*$/, ''), prefix: t.endsWith('*') }));
            if (edit.operator === '+=') {
              for (const key of editKeys) if (!keys.includes(key)) keys.push(key);
            } else {
              for (const key of editKeys) if (keys.includes(key)) keys.splice(keys.indexOf(key), 1);
            }
          }
          expect(ir.termLists[list]?.terms.map(termKey)).toEqual(keys);
        }
        // Parent examples never name a rule the child switched off or replaced.
        const gone = new Set(child.changes.filter((c) => c.kind === 'replace' || c.severity === 'off').map((c) => c.rule));
        for (const example of ir.examples.filter((e) => e.pack === child.root.name)) {
          expect(example.rules.length).toBeGreaterThan(0);
          for (const rule of example.rules) expect(gone.has(rule)).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('any syntactically valid pack gets the same answer twice and never throws', () => {
    const parent = compile('pack "p" version "1.0.0"\nterms t { "a" }\nrule r { severity block when text has t say "x" }\n');
    fc.assert(
      fc.property(packArbitrary(), (pack) => {
        // Every name after `extends` resolves to a pack of that name, so the later stages run too.
        const options = { file: 'any.prop', resolve: (name: string) => ({ ...parent, name }) };
        const fromAst = safeCompileAst(pack, options);
        expect(safeCompileAst(pack, options)).toEqual(fromAst);
        const source = print(pack);
        const fromSource = safeCompile(source, options);
        expect(safeCompile(source, options)).toEqual(fromSource);
        if (fromSource.ok) {
          expectWellFormed(fromSource.ir);
        } else {
          expect(fromSource.diagnostics.length).toBeGreaterThan(0);
          for (const d of fromSource.diagnostics) {
            expect(d.severity).toBe('error');
            expect(d.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
            expect(d.message).not.toMatch(/\.$/);
            expect(d.location?.source).toBe('any.prop');
          }
          const positions = fromSource.diagnostics.map((d) => [d.location!.start.line, d.location!.start.column] as const);
          const sorted = [...positions].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
          expect(positions).toEqual(sorted);
        }
      }),
      { numRuns: 300 },
    );
  });
});
