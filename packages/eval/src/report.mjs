/**
 * Rendering an evaluation result (see `run.mjs` for its shape) as Markdown.
 *
 * @module
 */
import { f1AgainstBest, scores, spanScores } from './metrics.mjs';
import { CATEGORY_TAGS } from './scorers.mjs';
import { VERDICTS } from './pack-tally.mjs';

const fmt = (x) => (x === null || x === undefined ? 'n/a' : x.toFixed(3));
const signed = (x) => (x === null || x === undefined ? 'n/a' : `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`);
const code = (x) => `\`${x}\``;
const pct = (n, d) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);

/** One row of scores: posts, precision, recall, F1, false-positive rate and the counts. */
export function scoreCells(counts) {
  const s = scores(counts);
  return [s.posts, fmt(s.precision), fmt(s.recall), fmt(s.f1), fmt(s.fpRate), counts.tp, counts.fp, counts.fn, counts.tn];
}
const SCORE_HEAD = ['posts', 'precision', 'recall', 'F1', 'FP rate', 'TP', 'FP', 'FN', 'TN'];
const SCORE_ALIGN = ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'];

/** A Markdown table; `align` holds `l` or `r` per column. */
export function table(head, align, rows) {
  const out = [`| ${head.join(' | ')} |`, `| ${align.map((a) => (a === 'r' ? '---:' : '---')).join(' | ')} |`];
  for (const r of rows) out.push(`| ${r.join(' | ')} |`);
  return out.join('\n');
}

function measuredAt(result) {
  return `at commit ${code(result.commit)}${result.dirty ? ' with uncommitted changes' : ''}, on ${result.date}`;
}

function targetsSection(result) {
  const out = ['## Targets', ''];
  out.push('The targets of issue 3 (detectors) and issue 4 (standard pack) on these development splits, with what this run measured.');
  out.push('');
  out.push(table(['issue', 'level', 'set', 'target', 'measured', 'met'], ['r', 'l', 'l', 'l', 'l', 'l'],
    result.targets.map((t) => [t.issue, t.level, t.where, t.what, t.measured, t.met === null ? 'not measured' : t.met ? 'yes' : '**no**'])));
  out.push('');
  return out;
}

function headlineSection(result) {
  const out = ['## Headline', ''];
  out.push('Per category and set: the built-in detectors, the best off-the-shelf profanity filter on the same rows (for `offensive` and `attack`), and the standard pack through its rule tags. Details follow.');
  out.push('');
  const rows = [];
  for (const c of result.detector.categories) {
    for (const f of c.files) {
      const own = f.systems.find((s) => s.kind === 'detector');
      const baselines = f.systems.filter((s) => s.kind === 'baseline');
      const vs = f1AgainstBest(own.counts, baselines);
      const set = result.pack.sets?.find((s) => s.file === f.file);
      const packCounts = set?.categories[c.category];
      const d = scores(own.counts);
      const p = packCounts ? scores(packCounts) : undefined;
      rows.push([code(c.category), code(f.file), d.posts, fmt(d.precision), fmt(d.recall), fmt(d.f1),
        vs.best ? `${fmt(vs.best.f1)} (${vs.best.name})` : '—',
        p ? fmt(p.precision) : '—', p ? fmt(p.recall) : '—', p ? fmt(p.f1) : '—']);
    }
  }
  out.push(table(['category', 'set', 'posts', 'detector P', 'detector R', 'detector F1', 'best filter F1', 'pack P', 'pack R', 'pack F1'],
    ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'], rows));
  out.push('');
  return out;
}

function detectorSection(result) {
  const d = result.detector;
  const out = ['## Detector level', ''];
  out.push(
    'Each category is decided by built-in detectors at their default settings. They run through the engine in a generated ' +
      'probe pack with one rule per category (`text has DETECTOR`), so each sees what a rule would see: the engine\'s ' +
      'normalised text, the default options and the default confidence threshold (0.5). A post is flagged when the rule fires. ' +
      'Only posts whose `expected` labels include the category are scored for it.',
  );
  out.push('');
  out.push(
    'Precision, recall or F1 shows n/a when it has no denominator. Precision (and so F1) is also n/a on a set with no negative ' +
      'rows (such as `tweeteval-stance`, where every scored row takes a stance): there it would be 1 whatever the detector did. ' +
      'The FP rate is FP / (FP + TN), the share of negative rows wrongly flagged.',
  );
  out.push('');
  out.push(table(['category', 'detectors'], ['l', 'l'], [
    ...d.categories.map((c) => [code(c.category), c.detectors.map(code).join(', ')]),
    ...d.notScored.map((m) => [code(m.category), `not scored: ${m.detectors.map(code).join(', ')} not available`]),
  ]));
  out.push('');
  if (d.baselines.length > 0 || d.baselinesFailed.length > 0) {
    out.push('Off-the-shelf profanity filters, run on the same posts for `offensive` and `attack` (a post is flagged when the filter finds anything):');
    out.push('');
    for (const b of d.baselines) out.push(`- ${code(b.name)}: ${b.description}.`);
    for (const b of d.baselinesFailed) out.push(`- ${code(b.name)}: not measured (${b.reason}).`);
    out.push('');
    out.push('ΔF1 is the detector\'s F1 minus the best filter\'s F1 on the same rows.');
    out.push('');
  }
  for (const c of d.categories) {
    out.push(`### ${code(c.category)}`);
    out.push('');
    const rows = [];
    for (const f of c.files) {
      const baselines = f.systems.filter((s) => s.kind === 'baseline');
      for (const s of f.systems) {
        const delta = s.kind === 'detector' && baselines.length > 0 ? signed(f1AgainstBest(s.counts, baselines).delta) : '';
        rows.push([code(f.file), s.kind === 'detector' ? `**${c.detectors.join(' + ')}**` : `${s.name} (filter)`, ...scoreCells(s.counts), delta]);
      }
    }
    if (c.files.length > 1) {
      for (const t of c.totals) rows.push(['all sets', t.kind === 'detector' ? `**${c.detectors.join(' + ')}**` : `${t.name} (filter)`, ...scoreCells(t.counts), '']);
    }
    out.push(table(['set', 'system', ...SCORE_HEAD, 'ΔF1 vs best filter'], ['l', 'l', ...SCORE_ALIGN, 'r'], rows));
    out.push('');
    for (const f of c.files) {
      const own = f.systems.find((s) => s.kind === 'detector');
      if (!own.bySubtype) continue;
      out.push(`By case type (\`labels.subtype\`) in ${code(f.file)}:`);
      out.push('');
      out.push(table(['case type', ...SCORE_HEAD], ['l', ...SCORE_ALIGN], Object.entries(own.bySubtype).map(([k, v]) => [k, ...scoreCells(v)])));
      out.push('');
    }
  }
  if (d.spans) {
    const s = spanScores(d.spans.counts);
    const c = d.spans.counts;
    out.push(`### Span level: ${code(d.spans.file)}`);
    out.push('');
    out.push(
      `Personal-data spans (${d.spans.types.map(code).join(', ')}) from \`labels.spans\` against the spans of the ` +
        '`personal_data` rule of the probe pack, matched by overlap: a reported span is correct when it overlaps a gold span, ' +
        'and a gold span is found when a reported span overlaps it. Spans of other types (names, places, dates) are not gold.',
    );
    out.push('');
    out.push(table(['precision', 'recall', 'F1', 'reported', 'reported correct', 'gold', 'gold found'], ['r', 'r', 'r', 'r', 'r', 'r', 'r'],
      [[fmt(s.precision), fmt(s.recall), fmt(s.f1), c.predicted, c.predictedCorrect, c.gold, c.goldFound]]));
    out.push('');
    out.push(table(['gold type', 'spans', 'found', 'recall'], ['l', 'r', 'r', 'r'],
      Object.entries(c.goldByType).sort().map(([type, n]) => [code(type), n, c.foundByType[type] ?? 0, fmt((c.foundByType[type] ?? 0) / n)])));
    out.push('');
  }
  if (d.unlabelled?.length) {
    out.push('### Sets not labelled for a category');
    out.push('');
    out.push(
      'The share of posts each category\'s detectors flag in sets whose rows carry no label for that category. These are not ' +
        'errors that can be counted (nobody checked those posts for that category), but most such posts are ordinary tweets, ' +
        'so a high share would point at false alarms.',
    );
    out.push('');
    out.push(table(['set', 'category', 'posts', 'flagged', 'share'], ['l', 'l', 'r', 'r', 'r'],
      d.unlabelled.map((u) => [code(u.file), code(u.category), u.posts, u.flagged, pct(u.flagged, u.posts)])));
    out.push('');
  }
  if (d.others?.detectors.length) {
    out.push('### Detectors with no labelled set');
    out.push('');
    out.push(
      'No public labelled corpus covers protective markings, heated writing, unsourced claims, media contact or the mere ' +
        'mention of politics; these detectors are tested on cases built from the published rules instead. Here, the share of ' +
        'each set\'s posts they flag at their default settings (post text only, no reply target). Nobody labelled these posts ' +
        'for these things, so the shares are not error rates: read each against what the set holds (`olid` and ' +
        '`tweeteval-stance` are full of political and heated tweets; `presidio-pii` sentences carry many figures).',
    );
    out.push('');
    out.push(table(['set', 'posts', ...d.others.detectors.map(code)], ['l', 'r', ...d.others.detectors.map(() => 'r')],
      d.others.sets.map((s) => [code(s.file), s.posts, ...d.others.detectors.map((x) => `${s.flagged[x]} (${pct(s.flagged[x], s.posts)})`)])));
    out.push('');
  }
  return out;
}

function packSection(result) {
  const p = result.pack;
  const out = ['## Pack level', ''];
  if (!p.sets) {
    out.push(`Not measured: ${p.error}.`);
    out.push('');
    return out;
  }
  out.push(
    `The pack ${code(p.name)} ${p.version} (from ${code(p.source)}) checks every post of every set as the activity ` +
      '`{ id, text }`, which the engine completes as a public post, in personal capacity, from a personal account. ' +
      'A post is flagged for a category when any finding carries one of the category\'s tags:',
  );
  out.push('');
  out.push(table(['category', 'rule tags'], ['l', 'l'], Object.entries(CATEGORY_TAGS).map(([c, tags]) => [code(c), tags.map(code).join(', ')])));
  out.push('');
  out.push('### Verdicts');
  out.push('');
  out.push(table(['set', 'posts', ...VERDICTS], ['l', 'r', ...VERDICTS.map(() => 'r')],
    p.sets.map((s) => [code(s.file), s.posts, ...VERDICTS.map((v) => `${s.verdicts[v] ?? 0} (${pct(s.verdicts[v] ?? 0, s.posts)})`)])));
  out.push('');
  out.push('### Categories');
  out.push('');
  const catRows = [];
  for (const s of p.sets) {
    for (const [category, counts] of Object.entries(s.categories)) {
      const file = result.detector.categories.find((c) => c.category === category)?.files.find((f) => f.file === s.file);
      const baselines = (file?.systems ?? []).filter((x) => x.kind === 'baseline');
      catRows.push([code(category), code(s.file), ...scoreCells(counts), baselines.length > 0 ? signed(f1AgainstBest(counts, baselines).delta) : '']);
    }
  }
  catRows.sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
  out.push(table(['category', 'set', ...SCORE_HEAD, 'ΔF1 vs best filter'], ['l', 'l', ...SCORE_ALIGN, 'r'], catRows));
  out.push('');
  out.push('### Posts flagged per rule');
  out.push('');
  out.push('How many posts of each set each rule flagged (share of the set in brackets). Most sets are ordinary tweets on their own subjects, so a rule that flags many posts of a set it has no label in is worth a look.');
  out.push('');
  out.push(table(['rule', 'severity', 'tags', ...p.sets.map((s) => code(s.file))], ['l', 'l', 'l', ...p.sets.map(() => 'r')],
    p.rules.map((r) => [code(r.id), r.severity, r.tags.map(code).join(', '), ...p.sets.map((s) => `${s.rules[r.id].flagged} (${pct(s.rules[r.id].flagged, s.posts)})`)])));
  out.push('');
  out.push('### Each rule against its category');
  out.push('');
  out.push('Each rule on its own, scored against the category its tags map to, on the sets labelled for that category. A rule covers part of a category, so its recall alone is expected to be below the category\'s.');
  out.push('');
  const ruleRows = [];
  for (const r of p.rules) {
    for (const category of r.categories) {
      for (const s of p.sets) {
        const counts = s.rules[r.id].byCategory[category];
        if (counts) ruleRows.push([code(r.id), code(category), code(s.file), ...scoreCells(counts)]);
      }
    }
  }
  out.push(table(['rule', 'category', 'set', ...SCORE_HEAD], ['l', 'l', 'l', ...SCORE_ALIGN], ruleRows));
  out.push('');
  const unscored = p.rules.filter((r) => r.categories.length === 0);
  if (unscored.length > 0) {
    out.push(`Rules whose tags map to none of the categories, so only the posts they flag are counted: ${unscored.map((r) => code(r.id)).join(', ')}.`);
    out.push('');
  }
  return out;
}

function speedSection(result) {
  const out = ['## Speed', ''];
  out.push('Wall-clock seconds per set on the machine that generated this page: the probe pack (every detector above), the off-the-shelf filters, and the whole standard pack.');
  out.push('');
  out.push(table(['set', 'posts', 'characters', 'detectors (s)', 'filters (s)', 'pack (s)', 'pack posts/s'], ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
    result.timing.map((t) => [code(t.file), t.posts, t.chars, t.detectors.toFixed(2), t.baselines.toFixed(2), t.pack.toFixed(2), t.pack > 0 ? Math.round(t.posts / t.pack) : 'n/a'])));
  out.push('');
  return out;
}

/** The Markdown page for an evaluation result. */
export function renderMarkdown(result) {
  const out = ['# Evaluation', '', '<!-- Generated by `pnpm eval`; do not edit by hand. -->', ''];
  out.push(
    `Measured on the development splits of the labelled corpora (${code(result.corpora)}) ${measuredAt(result)}, ` +
      `with ${code(result.core)}${result.pack.sets ? ` and the pack ${code(result.pack.name)} ${result.pack.version}` : ''}. ` +
      'Held-out test splits of the same sources are scored independently and are not in this page.',
  );
  out.push('');
  out.push(...targetsSection(result), ...headlineSection(result), ...detectorSection(result), ...packSection(result), ...speedSection(result));
  return out.join('\n');
}

/**
 * The pack-level figures for the pack's README: the targets of issue 4, each
 * category per set, the verdicts, and each rule against its category. Links
 * are relative to `packages/<pack>/README.md`.
 */
export function renderPackSummary(result) {
  const p = result.pack;
  if (!p.sets) return `*Not measured in the last run:* ${p.error}.`;
  const out = [];
  out.push(
    `Measured by \`pnpm eval\` ${measuredAt(result)}, on the development splits of the labelled corpora ` +
      '(held-out splits are scored independently). Generated: do not edit by hand; the full tables, with the built-in ' +
      'detectors and the off-the-shelf filters on the same posts, are in [`docs/evaluation.md`](../../docs/evaluation.md).',
  );
  out.push('');
  out.push(
    'Each post is checked as `{ id, text }`: a public post, in personal capacity, from a personal account. A post is ' +
      'flagged for a category when a finding carries one of its tags (' +
      Object.entries(CATEGORY_TAGS).map(([c, tags]) => `${code(c)} ← ${tags.map(code).join(' or ')}`).join('; ') + ').',
  );
  out.push('');
  const packTargets = result.targets.filter((t) => t.level === 'pack');
  if (packTargets.length > 0) {
    out.push(table(['target', 'set', 'measured', 'met'], ['l', 'l', 'l', 'l'],
      packTargets.map((t) => [t.what, t.where, t.measured, t.met === null ? 'not measured' : t.met ? 'yes' : '**no**'])));
    out.push('');
  }
  const rows = [];
  for (const s of p.sets) {
    for (const [category, counts] of Object.entries(s.categories)) {
      const file = result.detector.categories.find((c) => c.category === category)?.files.find((f) => f.file === s.file);
      const vs = f1AgainstBest(counts, (file?.systems ?? []).filter((x) => x.kind === 'baseline'));
      const sc = scores(counts);
      rows.push([code(category), code(s.file), sc.posts, fmt(sc.precision), fmt(sc.recall), fmt(sc.f1), fmt(sc.fpRate), vs.best ? `${fmt(vs.best.f1)} (${vs.best.name})` : '—']);
    }
  }
  rows.sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
  out.push(table(['category', 'set', 'posts', 'precision', 'recall', 'F1', 'FP rate', 'best filter F1'], ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r'], rows));
  out.push('');
  out.push('Verdicts:');
  out.push('');
  out.push(table(['set', 'posts', ...VERDICTS], ['l', 'r', ...VERDICTS.map(() => 'r')],
    p.sets.map((s) => [code(s.file), s.posts, ...VERDICTS.map((v) => `${s.verdicts[v] ?? 0} (${pct(s.verdicts[v] ?? 0, s.posts)})`)])));
  out.push('');
  out.push('Each rule on its own, against the category its tags map to (rules whose tags map to no category, and the posts each rule flags in every set, are in the full tables):');
  out.push('');
  const ruleRows = [];
  for (const r of p.rules) {
    for (const category of r.categories) {
      for (const s of p.sets) {
        const counts = s.rules[r.id].byCategory[category];
        if (!counts) continue;
        const sc = scores(counts);
        ruleRows.push([code(r.id), code(s.file), sc.posts, counts.tp + counts.fp, fmt(sc.precision), fmt(sc.recall), fmt(sc.f1)]);
      }
    }
  }
  out.push(table(['rule', 'set', 'scored posts', 'flagged', 'precision', 'recall', 'F1'], ['l', 'l', 'r', 'r', 'r', 'r', 'r'], ruleRows));
  return out.join('\n');
}
