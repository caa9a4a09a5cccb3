import { describe, expect, it } from 'vitest';
import { safeCompile } from '../../src/compiler/compile.js';

/** Reads the first `prop` code block of a Markdown file. */
async function firstPropBlock(path: string): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(new URL(path, import.meta.url), 'utf8');
  const match = /```prop\n([\s\S]*?)```/u.exec(text);
  if (match === null) throw new Error(`no prop block in ${path}`);
  return match[1]!;
}

const PARENT = `pack "uk.civil-service.social-media" version "1.0.0"
  source "Social media guidance for civil servants, October 2014"
rule permanence { severity advice when text has hashtag say "Posts last" }
rule heated-language { severity review when text has mention say "Calm down" }
rule media-enquiry { severity review when inReplyTo.kind is journalist say "Refer to the media team" }
`;

describe('the whole-pack example of grammar/README.md', () => {
  it('compiles against a parent with the rules it overrides', async () => {
    const source = await firstPropBlock('../../../../grammar/README.md');
    const result = safeCompile(source, { file: 'README.prop', packs: { 'uk.civil-service.social-media': PARENT } });
    expect(result.ok ? [] : result.diagnostics).toEqual([]);
    if (!result.ok) return;
    expect(result.warnings.map((w) => w.code)).toEqual(['override-own-rule']);
    expect(result.ir.rules.map((r) => [r.id, r.severity])).toEqual([
      ['permanence', 'off'],
      ['heated-language', 'off'],
      ['media-enquiry', 'block'],
      ['political-controversy', 'block'],
    ]);
    expect(result.ir.termLists.controversial?.terms.map((t) => t.text)).toEqual(['brexit', 'scottish independence', 'fuel duty', 'tax credits']);
  });
});
