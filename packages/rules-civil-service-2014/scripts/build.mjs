#!/usr/bin/env node
// Builds the pack: compiles src/civil-service-2014.prop with the BUILT core,
// refuses any error or warning, proves every example written in the pack,
// then writes
//   dist/pack.json           the IR, for tools that load it as JSON
//   src/generated/ir.ts      the IR as a typed constant, for the package entry
//   src/generated/source.ts  the pack source, for packs that extend it
// tsup bundles src/index.ts afterwards (see the package's `build` script).

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compilePack, packageRoot, proveExamples, readPackSource } from './lib/pack.mjs';
import { renderIrModule, renderSourceModule } from './lib/generated-modules.mjs';

function main() {
  const source = readPackSource();
  const ir = compilePack(source);
  const { total, failures } = proveExamples(ir);
  if (failures.length > 0) {
    console.error(failures.join('\n\n'));
    console.error(`\n${failures.length} of ${total} examples in the pack fail`);
    return 1;
  }

  mkdirSync(join(packageRoot, 'dist'), { recursive: true });
  mkdirSync(join(packageRoot, 'src', 'generated'), { recursive: true });
  writeFileSync(join(packageRoot, 'dist', 'pack.json'), `${JSON.stringify(ir, null, 2)}\n`);
  writeFileSync(join(packageRoot, 'src', 'generated', 'ir.ts'), renderIrModule(ir));
  writeFileSync(join(packageRoot, 'src', 'generated', 'source.ts'), renderSourceModule(source));

  const active = ir.rules.filter((rule) => rule.severity !== 'off').length;
  console.log(`${ir.name} ${ir.version}: ${active} rules, ${total} examples pass`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
