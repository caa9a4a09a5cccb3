import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM module without type declarations
import { evaluateTargets, TARGETS } from '../src/targets.mjs';
// @ts-expect-error: plain ESM module without type declarations
import { renderMarkdown, renderPackSummary } from '../src/report.mjs';

const counts = (tp: number, fp: number, fn: number, tn: number) => ({ tp, fp, fn, tn });

/** A small result in the shape `run.mjs` builds. */
function result() {
  return {
    commit: 'abc1234', dirty: true, date: '2026-01-02', corpora: '../shared/corpora', core: '@propriety/core',
    detector: {
      categories: [
        {
          category: 'offensive', detectors: ['offensive'],
          files: [
            { file: 'olid', systems: [
              { name: 'propriety', kind: 'detector', counts: counts(60, 20, 40, 880) }, // F1 0.667
              { name: 'filter-a', kind: 'baseline', counts: counts(30, 10, 70, 890) }, // F1 0.429
              { name: 'filter-b', kind: 'baseline', counts: counts(35, 10, 65, 890) }, // F1 0.483
            ] },
            { file: 'davidson', systems: [
              { name: 'propriety', kind: 'detector', counts: counts(95, 3, 5, 97) },
              { name: 'filter-a', kind: 'baseline', counts: counts(92, 2, 8, 98) },
            ] },
          ],
          totals: [],
        },
        {
          category: 'personal_data', detectors: ['personal-data'],
          files: [{ file: 'dlp', systems: [{ name: 'propriety', kind: 'detector', counts: counts(10, 0, 10, 10), bySubtype: { Direct: counts(10, 0, 0, 10) } }] }],
          totals: [],
        },
      ],
      notScored: [], baselines: [{ name: 'filter-a', description: 'a filter' }], baselinesFailed: [], unlabelled: [],
    },
    pack: {
      source: '@propriety/rules-civil-service-2014', name: 'uk.civil-service.social-media', version: '0.1.0',
      rules: [{ id: 'offensive-remark', severity: 'review', tags: ['offensive'], categories: ['offensive'] }],
      sets: [{ file: 'olid', posts: 1000, verdicts: { block: 1, review: 79, advice: 0, ok: 920 }, categories: { offensive: counts(60, 20, 40, 880) },
        rules: { 'offensive-remark': { flagged: 80, byCategory: { offensive: counts(60, 20, 40, 880) } } } }],
    },
    timing: [{ file: 'olid', posts: 1000, chars: 90000, detectors: 0.5, baselines: 0.1, pack: 0.4 }],
  };
}

describe('the targets of issues 3 and 4', () => {
  const byWhere = (level: string, where: string, what: RegExp) => {
    const r = result();
    const all = evaluateTargets({ ...r, targets: undefined });
    return all.find((t: { level: string; where: string; what: string }) => t.level === level && t.where === where && what.test(t.what));
  };

  it('compares F1 with the best filter, not the first', () => {
    const t = byWhere('detector', '`olid`', /offensive/);
    expect(t.measured).toContain('filter-b');
    expect(t.met).toBe(true); // 0.667 − 0.483 ≥ 0.10
  });

  it('says when a margin over the filter is out of reach', () => {
    const t = byWhere('detector', '`davidson`', /offensive/);
    expect(t.met).toBe(false);
    expect(t.measured).toMatch(/out of reach/);
  });

  it('reads a case type when the target names one', () => {
    const t = byWhere('detector', '`dlp` (Direct)', /personal data/);
    expect(t.met).toBe(true);
    expect(t.measured).toBe('precision 1.000, recall 1.000');
  });

  it('reads the pack level from the pack tallies, against the filters of the same rows', () => {
    const t = byWhere('pack', '`olid`', /offensive/);
    expect(t.met).toBe(true);
    expect(t.measured).toContain('+0.184');
  });

  it('says not measured rather than failing or passing when a set is missing', () => {
    const t = byWhere('detector', '`tweeteval-stance`', /political/);
    expect(t).toMatchObject({ met: null, measured: 'not measured' });
    expect(evaluateTargets(result()).length).toBe(TARGETS.length);
  });
});

describe('the evaluation page', () => {
  const r = result();
  const md = renderMarkdown({ ...r, targets: evaluateTargets(r) });

  it('names the commit, the uncommitted changes, the date and the pack', () => {
    expect(md).toContain('commit `abc1234` with uncommitted changes, on 2026-01-02');
    expect(md).toContain('`uk.civil-service.social-media` 0.1.0');
  });

  it('puts the detector and the filters in the same table, with the F1 difference', () => {
    expect(md).toContain('| `olid` | **offensive** | 1000 | 0.750 | 0.600 | 0.667 | 0.022 | 60 | 20 | 40 | 880 | +0.184 |');
    expect(md).toContain('| `olid` | filter-b (filter) | 1000 |');
  });

  it('tabulates verdicts and each rule per set', () => {
    expect(md).toContain('| `olid` | 1000 | 1 (0.1%) | 79 (7.9%) | 0 (0.0%) | 920 (92.0%) |');
    expect(md).toContain('| `offensive-remark` | review | `offensive` | 80 (8.0%) |');
    expect(md).toContain('| `offensive-remark` | `offensive` | `olid` | 1000 | 0.750 | 0.600 | 0.667 |');
  });

  it('summarises the pack for its README: targets, categories with the best filter, verdicts and rules', () => {
    const summary = renderPackSummary({ ...r, targets: evaluateTargets(r) });
    expect(summary).toContain('commit `abc1234` with uncommitted changes, on 2026-01-02');
    expect(summary).toContain('| offensive rules: F1 above the best off-the-shelf filter | `olid` | F1 0.667 vs filter-b 0.483 (+0.184) | yes |');
    expect(summary).toContain('| `offensive` | `olid` | 1000 | 0.750 | 0.600 | 0.667 | 0.022 | 0.483 (filter-b) |');
    expect(summary).toContain('| `offensive-remark` | `olid` | 1000 | 80 | 0.750 | 0.600 | 0.667 |');
    expect(summary).toContain('| rule | set | scored posts | flagged |');
    expect(summary).toContain('](../../docs/evaluation.md)');
    expect(renderPackSummary({ ...r, pack: { error: 'cannot load `x`' }, targets: [] })).toContain('cannot load `x`');
  });

  it('says why the pack level is missing when the pack could not be loaded', () => {
    const page = renderMarkdown({ ...r, pack: { error: 'cannot load `x`' }, targets: [] });
    expect(page).toContain('Not measured: cannot load `x`.');
  });
});
