import { describe, expect, it } from 'vitest';
import { compile, safeCompile } from '../../src/compiler/compile.js';
import { CompileError } from '../../src/diagnostics/compile-error.js';
import { packIRSchema } from '../../src/ir/schema.js';
import { positionOf } from './helpers.js';

const ROOT = `pack "root" version "1.0.0"
  source "Root guidance"
terms controversial { "brexit", "abortion" }
pattern case-ref /\\bCASE-[0-9]{6}\\b/
rule political { severity review when text has controversial say "Controversial ({match})" example flags "brexit" }
rule refs { severity block when text has case-ref say "Case reference" example flags "CASE-123456" }
example passes "Lovely weather"
`;

const CHILD = `pack "child" version "2.0.0"
  extends "root"
terms controversial += { "fuel duty" }
override rule refs severity advice
rule links { severity advice when text has link say "A link" }
`;

describe('extends', () => {
  it('takes a parent from source in `packs`', () => {
    const ir = compile(CHILD, { file: 'child.prop', packs: { root: ROOT } });
    expect(ir.packs).toEqual([
      { name: 'root', version: '1.0.0' },
      { name: 'child', version: '2.0.0' },
    ]);
    expect(ir.rules.map((r) => [r.id, r.severity, r.pack])).toEqual([
      ['political', 'review', 'root'],
      ['refs', 'advice', 'root'],
      ['links', 'advice', 'child'],
    ]);
    expect(ir.termLists.controversial?.terms.map((t) => t.text)).toEqual(['brexit', 'abortion', 'fuel duty']);
    expect(Object.keys(ir.patterns)).toEqual(['case-ref']);
  });

  it('takes a parent from precompiled IR, with the same result as from source', () => {
    const rootIr = compile(ROOT, { file: 'root.prop' });
    const fromIr = compile(CHILD, { file: 'child.prop', packs: { root: rootIr } });
    const fromSource = compile(CHILD, { file: 'child.prop', resolve: (name) => (name === 'root' ? { source: ROOT, file: 'root.prop' } : undefined) });
    expect(fromIr).toEqual(fromSource);
    // The parent's locations keep the parent's own file name.
    expect(fromIr.rules[0]?.location).toEqual({ source: 'root.prop', line: 5, column: 1 });
    expect(fromIr.rules[2]?.location).toEqual({ source: 'child.prop', line: 5, column: 1 });
  });

  it('takes a parent from IR returned by `resolve`, and asks only for names it needs', () => {
    const asked: string[] = [];
    const rootIr = compile(ROOT);
    const ir = compile(CHILD, {
      resolve: (name) => {
        asked.push(name);
        return name === 'root' ? rootIr : undefined;
      },
    });
    expect(asked).toEqual(['root']);
    expect(ir.rules).toHaveLength(3);
  });

  it('compiles a shared ancestor once and merges a diamond without conflicts', () => {
    let lookups = 0;
    const left = 'pack "left" version "1.0.0"\n  extends "root"\nrule l { severity advice when text has hashtag say "l" }\n';
    const right = 'pack "right" version "1.0.0"\n  extends "root"\nrule r { severity advice when text has mention say "r" }\n';
    const sources: Record<string, string> = { root: ROOT, left, right };
    const ir = compile('pack "bottom" version "1.0.0"\n  extends "left", "right"\n', {
      resolve: (name) => {
        lookups++;
        const source = sources[name];
        return source === undefined ? undefined : { source };
      },
    });
    expect(lookups).toBe(3);
    expect(ir.packs.map((p) => p.name)).toEqual(['root', 'left', 'right', 'bottom']);
    expect(ir.rules.map((r) => r.id)).toEqual(['political', 'refs', 'l', 'r']);
    // The root's examples come through both parents but appear once.
    expect(ir.examples.filter((e) => e.pack === 'root')).toHaveLength(3);
    expect(Object.keys(ir.detectors)).toEqual(['hashtag', 'mention']);
  });

  it('reports a cycle of length 1, 2 and 3 with the whole chain, from the point of view of the pack compiled', () => {
    const one = 'pack "a" version "1.0.0"\n  extends "a"\n';
    const oneResult = safeCompile(one, { file: 'a.prop' });
    expect(oneResult.ok ? [] : oneResult.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['cyclic-extends', 'the pack `a` extends itself: `a` → `a`'],
    ]);

    const a = 'pack "a" version "1.0.0"\n  extends "b"\n';
    const b = 'pack "b" version "1.0.0"\n  extends "a"\n';
    const two = safeCompile(a, { file: 'a.prop', resolve: (name) => (name === 'b' ? { source: b, file: 'b.prop' } : name === 'a' ? { source: a, file: 'a.prop' } : undefined) });
    expect(two.ok).toBe(false);
    const twoDiagnostics = two.ok ? [] : two.diagnostics;
    expect(twoDiagnostics.map((d) => [d.code, d.message])).toEqual([
      ['cyclic-extends', 'the pack `a` extends itself through other packs: `a` → `b` → `a`'],
    ]);
    expect(twoDiagnostics[0]?.location).toMatchObject({ source: 'a.prop', start: positionOf(a, '"b"') });
    expect(twoDiagnostics[0]?.notes).toEqual([
      { message: '`b` continues the chain here', location: expect.objectContaining({ source: 'b.prop', start: expect.objectContaining(positionOf(b, '"a"')) }) },
    ]);

    const sources: Record<string, string> = {
      a: 'pack "a" version "1.0.0"\n  extends "b"\n',
      b: 'pack "b" version "1.0.0"\n  extends "c"\n',
      c: 'pack "c" version "1.0.0"\n  extends "a"\n',
    };
    const three = safeCompile(sources.a!, { packs: sources });
    expect(three.ok ? [] : three.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['cyclic-extends', 'the pack `a` extends itself through other packs: `a` → `b` → `c` → `a`'],
    ]);
    // Compiled from another member of the cycle, the chain starts there.
    const fromB = safeCompile(sources.b!, { packs: sources });
    expect(fromB.ok ? [] : fromB.diagnostics.map((d) => d.message)).toEqual([
      'the pack `b` extends itself through other packs: `b` → `c` → `a` → `b`',
    ]);
  });

  it('reports a cycle further up as an error of the parent', () => {
    const sources: Record<string, string> = {
      a: 'pack "a" version "1.0.0"\n  extends "b"\n',
      b: 'pack "b" version "1.0.0"\n  extends "a"\n',
    };
    const top = safeCompile('pack "top" version "1.0.0"\n  extends "a"\n', { packs: sources });
    const diagnostics = top.ok ? [] : top.diagnostics;
    expect(diagnostics.map((d) => d.code)).toEqual(['parent-has-errors']);
    expect(diagnostics[0]?.notes?.[0]?.message).toBe('the pack `a` extends itself through other packs: `a` → `b` → `a` [cyclic-extends]');
  });

  it('does not check the rest of a pack whose parent cannot be loaded', () => {
    // Without the parent, `controversial` and `refs` would be reported as unknown: noise.
    const result = safeCompile(CHILD, { file: 'child.prop' });
    expect(result.ok ? [] : result.diagnostics.map((d) => d.code)).toEqual(['unknown-pack']);
  });

  it('throws a CompileError listing every error', () => {
    const source = 'pack "p" version "1"\nrule r { severity block when text has nothing say "{x}" }\n';
    let error: unknown;
    try {
      compile(source, { file: 'p.prop' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CompileError);
    const codes = (error as CompileError).diagnostics.map((d) => d.code);
    expect(codes).toEqual(['invalid-version', 'unknown-source', 'unknown-placeholder']);
    expect((error as CompileError).message).toContain('p.prop:1:18: error[invalid-version]');
  });

  it('produces IR that validates and round-trips through JSON', () => {
    const ir = compile(CHILD, { file: 'child.prop', packs: { root: ROOT } });
    const json = JSON.parse(JSON.stringify(ir));
    expect(json).toEqual(ir);
    expect(packIRSchema.parse(json)).toEqual(ir);
  });
});
