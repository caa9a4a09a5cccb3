import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderIrModule, renderSourceModule } from '../scripts/lib/generated-modules.mjs';
import { ir as generatedIr } from '../src/generated/ir.js';
import { source as generatedSource } from '../src/generated/source.js';
import { compiledPack, packageRoot, packSource } from './helpers.js';

const stale = 'is stale: run `pnpm --filter @propriety/rules-civil-service-2014 build`';

describe('the generated modules and dist', () => {
  it('hold the IR of a fresh compile', () => {
    expect(generatedIr, `src/generated/ir.ts ${stale}`).toEqual(compiledPack());
    const text = readFileSync(join(packageRoot, 'src', 'generated', 'ir.ts'), 'utf8');
    expect(text === renderIrModule(compiledPack()), `src/generated/ir.ts ${stale}`).toBe(true);
  });

  it('hold the pack source', () => {
    expect(generatedSource, `src/generated/source.ts ${stale}`).toBe(packSource);
    const text = readFileSync(join(packageRoot, 'src', 'generated', 'source.ts'), 'utf8');
    expect(text === renderSourceModule(packSource), `src/generated/source.ts ${stale}`).toBe(true);
  });

  it('ship in dist/pack.json the IR of a fresh compile', () => {
    let shipped: unknown;
    try {
      shipped = JSON.parse(readFileSync(join(packageRoot, 'dist', 'pack.json'), 'utf8'));
    } catch {
      throw new Error(`dist/pack.json is missing: run \`pnpm build\` first`);
    }
    expect(shipped, `dist/pack.json ${stale}`).toEqual(compiledPack());
  });
});
