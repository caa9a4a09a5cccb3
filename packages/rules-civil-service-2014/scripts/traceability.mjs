#!/usr/bin/env node
// Writes docs/traceability.md at the repository root: every paragraph of the
// guidance and the rules that cite it, or why no machine can check it.
// Fails when a paragraph is neither cited nor explained, or a rule cites a
// paragraph that does not exist.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compilePack, readGuidance, readPackSource, repoRoot } from './lib/pack.mjs';
import { renderTraceability } from './lib/traceability.mjs';

try {
  writeFileSync(join(repoRoot, 'docs', 'traceability.md'), renderTraceability(compilePack(readPackSource()), readGuidance()));
  console.log('docs/traceability.md written');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
