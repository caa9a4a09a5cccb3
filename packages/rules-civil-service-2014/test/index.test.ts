import { compile, load } from '@propriety/core';
import { describe, expect, it } from 'vitest';
import { createEngine, guidance, ir, name, source, version } from '../src/index.js';
import { compiledPack, packSource } from './helpers.js';

describe('the package entry', () => {
  it('exports the pack by name and version, with its source and IR', () => {
    expect(name).toBe('uk.civil-service.social-media');
    expect(version).toBe(ir.version);
    expect(source).toBe(packSource);
    expect(ir).toEqual(compiledPack());
    expect(guidance.paragraphs.length).toBe(28);
  });

  it('creates an engine from the shipped IR without the parser', () => {
    const engine = createEngine();
    expect(engine.packs).toEqual([{ name, version }]);
    expect(engine.rules.map((r) => r.id)).toEqual(ir.rules.map((r) => r.id));
    const report = engine.check({ text: 'OFFICIAL-SENSITIVE: draft options for the minister' });
    expect(report.verdict).toBe('block');
    expect(report.findings[0]?.citation).toMatchObject({ section: 3, paragraph: 3 });
  });

  it('lets a pack extend the exported source and IR alike', () => {
    const child = `pack "uk.test.child" version "1.0.0"\n  extends "${name}"\n\nterms controversial += { "bus lanes" }\n`;
    for (const parent of [source, ir]) {
      const engine = load(compile(child, { packs: { [name]: parent } }));
      expect(engine.check({ text: 'Bus lanes are a menace' }).findings.map((f) => f.rule)).toContain('political-controversy');
    }
  });
});
