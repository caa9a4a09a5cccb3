/**
 * A measurement, not a unit test: scores the `offensive` and `attack`
 * detectors on the labelled development corpora (OLID and Davidson et al.)
 * next to an off-the-shelf baseline, the `obscenity` package with its
 * English dataset and recommended transformers, and prints precision,
 * recall and F1. The assertions are floors measured on these corpora, so a
 * change that makes the detectors worse fails here. Run it alone with
 * `npx vitest run packages/core/test/detectors/offensive/corpus-score.test.ts`.
 * It reads the corpora from `shared/corpora` beside the repository (or from
 * `PROPRIETY_CORPORA`) and is skipped where they are absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { describe, expect, it } from 'vitest';
import { attackDetector } from '../../../src/detectors/attack/index.js';
import { offensiveDetector } from '../../../src/detectors/offensive/index.js';
import { activitySchema } from '../../../src/schema/activity.js';
import { normalise } from '../../../src/text/normalise.js';
import { Score } from '../corpus-score.js';

const CORPORA =
  process.env['PROPRIETY_CORPORA'] ?? fileURLToPath(new URL('../../../../../../shared/corpora/', import.meta.url));

interface Row {
  id: string;
  text: string;
  expected: { offensive?: boolean; attack?: boolean };
}

function load(name: string): Row[] {
  return readFileSync(join(CORPORA, name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row);
}


interface Scores {
  offensive: Score;
  attack: Score;
  baseline: Score;
}

function score(rows: Row[]): Scores {
  const baseline = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  const offensiveOptions = offensiveDetector.options.parse({});
  const attackOptions = attackDetector.options.parse({});
  const scores: Scores = { offensive: new Score(), attack: new Score(), baseline: new Score() };
  for (const row of rows) {
    const input = {
      text: row.text,
      normalised: normalise(row.text),
      field: 'text',
      activity: activitySchema.parse({ text: row.text }),
    };
    if (row.expected.offensive !== undefined) {
      scores.offensive.add(offensiveDetector.detect(input, offensiveOptions).length > 0, row.expected.offensive);
      scores.baseline.add(baseline.hasMatch(row.text), row.expected.offensive);
    }
    if (row.expected.attack !== undefined) {
      scores.attack.add(attackDetector.detect(input, attackOptions).length > 0, row.expected.attack);
    }
  }
  return scores;
}

function report(name: string, s: Scores, withAttack: boolean): void {
  const lines = [
    `${name}`,
    `  offensive (>= moderate)      ${s.offensive}`,
    `  obscenity baseline           ${s.baseline}`,
  ];
  if (withAttack) lines.push(`  attack vs attack label       ${s.attack}`);
  console.log(lines.join('\n'));
}

const available = existsSync(join(CORPORA, 'olid.dev.jsonl')) && existsSync(join(CORPORA, 'davidson.dev.jsonl'));

describe.skipIf(!available)('language detectors on the development corpora', () => {
  it('OLID: offensive beats the baseline by at least 0.10 F1, and attack holds its floor', () => {
    const s = score(load('olid.dev.jsonl'));
    report('OLID (OffensEval 2019 training set)', s, true);
    // Floors measured on this split, with a little room for lexicon edits.
    expect(s.offensive.f1).toBeGreaterThanOrEqual(0.56);
    expect(s.offensive.f1 - s.baseline.f1).toBeGreaterThanOrEqual(0.1);
    expect(s.offensive.precision).toBeGreaterThanOrEqual(0.75);
    expect(s.attack.f1).toBeGreaterThanOrEqual(0.43);
  });

  it('Davidson: offensive beats the baseline', () => {
    const s = score(load('davidson.dev.jsonl'));
    report('Davidson et al. 2017', s, false);
    expect(s.offensive.f1).toBeGreaterThanOrEqual(0.96);
    expect(s.offensive.f1).toBeGreaterThan(s.baseline.f1 + 0.05);
  });
});
