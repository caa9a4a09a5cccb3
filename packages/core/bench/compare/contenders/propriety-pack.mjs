import { readFileSync } from 'node:fs';

// Propriety with the full standard pack: import core, load the precompiled IR
// (JSON), and check each text as an activity with every rule and detector.

// Far above any single check here, so that throughput is measured rather than
// the fail-closed `review` a check that runs out of time gives.
const OPTIONS = { budgetMs: 600_000 };

/** @type {import('../contender.mjs').Contender} */
export const contender = {
  id: 'propriety-pack',
  label: 'Propriety: full standard pack (load IR + check)',
  kind: 'propriety',
  async build(context) {
    const { load } = await import(context.coreBundleUrl);
    const engine = load(JSON.parse(readFileSync(context.ir, 'utf8')));
    return (text) => engine.check({ text }, OPTIONS).findings.length;
  },
};
