#!/usr/bin/env node
// Writes the rule reference, docs/rules/README.md and docs/rules/<id>.md at
// the repository root, from the pack compiled with the BUILT core and
// rendered by core's `renderRuleDocs` (the renderer `propriety docs` uses).
// A test renders it again and fails when the committed copy is stale.

import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderRuleDocs } from '@propriety/core';
import { compilePack, readGuidance, readPackSource, repoRoot } from './lib/pack.mjs';
import { ruleDocsOptions } from './lib/rule-docs-options.mjs';

const source = readPackSource();
const pages = renderRuleDocs(compilePack(source), ruleDocsOptions(source, readGuidance()));
const dir = join(repoRoot, 'docs', 'rules');
mkdirSync(dir, { recursive: true });
// Pages of rules that no longer exist must go too.
for (const file of readdirSync(dir)) if (file.endsWith('.md') && !pages.has(file)) rmSync(join(dir, file));
for (const [file, content] of pages) writeFileSync(join(dir, file), content);
console.log(`docs/rules: ${pages.size} pages`);
