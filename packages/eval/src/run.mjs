#!/usr/bin/env node
/**
 * `pnpm eval [--corpora DIR] [--core MODULE] [--pack MODULE|none] [--out DIR] [--errors N]`
 *
 * Measures, on every `*.jsonl` corpus, for each category a row is labelled with:
 *
 * 1. the built-in detectors (through a generated probe pack, see
 *    `scorers.mjs`) and, on the same posts, off-the-shelf profanity filters
 *    (`baselines.mjs`);
 * 2. the standard rule pack, whole: its verdicts, each category through the
 *    tags of its findings, and each rule on its own.
 *
 * It writes `docs/evaluation.md` and `docs/evaluation.json`.
 *
 * - `--corpora DIR`: the corpora folder; by default `shared/corpora` beside
 *   the repository (`../shared/corpora` from the repository root).
 * - `--core MODULE`: load compile, load and the detectors from another module
 *   than `@propriety/core` (a path or package name), to measure a build in
 *   progress. `--detectors` is an older name for it.
 * - `--pack MODULE`: the pack to measure (a module exporting `ir`); by
 *   default `@propriety/rules-civil-service-2014`; `none` skips the pack level.
 * - `--out DIR`: where to write the two files; by default `docs/` of the repository.
 * - `--errors N`: also print up to N missed and N wrongly flagged posts per
 *   category and file, to see what to improve. Nothing of them is written to the docs.
 *
 * @module
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BASELINE_CATEGORIES, loadBaselines } from './baselines.mjs';
import { corpusFiles, corpusName, readCorpus } from './corpora.mjs';
import { addCounts, addPost, addSpanCounts, emptyCounts, emptySpanCounts, f1AgainstBest, scores, spanCounts, spanScores } from './metrics.mjs';
import { addReport, describeRules, newSetTally } from './pack-tally.mjs';
import { replaceMarkedSection } from './readme.mjs';
import { renderMarkdown, renderPackSummary } from './report.mjs';
import { availableCategories, OTHER_DETECTORS, otherRuleId, PII_SPAN_TYPES, probePackSource } from './scorers.mjs';
import { evaluateTargets } from './targets.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const DEFAULT_PACK = '@propriety/rules-civil-service-2014';
/** The README whose marked "measured figures" section the run of the default pack rewrites. */
const DEFAULT_PACK_README = join(repoRoot, 'packages/rules-civil-service-2014/README.md');

function parseArgs(argv) {
  const args = { corpora: resolve(repoRoot, '../shared/corpora'), core: '@propriety/core', pack: DEFAULT_PACK, out: join(repoRoot, 'docs'), errors: 0 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--corpora' && value) args.corpora = resolve(value);
    else if ((flag === '--core' || flag === '--detectors') && value) args.core = value;
    else if (flag === '--pack' && value) args.pack = value;
    else if (flag === '--out' && value) args.out = resolve(value);
    else if (flag === '--errors' && value) args.errors = Number(value);
    else throw new Error(`unknown option \`${flag}\``);
    i++;
  }
  return args;
}

function importModule(source) {
  const specifier = source.startsWith('.') || isAbsolute(source) ? pathToFileURL(resolve(source)).href : source;
  return import(specifier);
}

function gitInfo() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: repoRoot, encoding: 'utf8' }).trim() !== '';
    return { commit, dirty };
  } catch {
    return { commit: 'unknown', dirty: false };
  }
}

/** Loads the pack to measure, or says why it cannot. */
async function loadPack(core, source) {
  if (source === 'none') return { error: 'skipped (`--pack none`)' };
  try {
    const mod = await importModule(source);
    if (!mod.ir) return { error: `\`${source}\` exports no \`ir\`` };
    const engine = core.load(mod.ir);
    return { engine, source, name: mod.ir.name, version: mod.ir.version, rules: describeRules(engine.rules) };
  } catch (error) {
    return { error: `cannot load \`${source}\`: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
}

const seconds = (since) => (performance.now() - since) / 1000;

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(args.corpora)) {
    throw new Error(`no corpora folder at \`${args.corpora}\`; pass \`--corpora DIR\``);
  }
  const core = await importModule(args.core);
  const { available, missing } = availableCategories(core.builtinDetectors);
  const others = OTHER_DETECTORS.filter((d) => core.builtinDetectors.has(d));
  const probe = core.load(core.compile(probePackSource(available, others), { file: 'probe.prop' }));
  const categoryNames = Object.keys(available);
  const baselines = await loadBaselines();
  const pack = await loadPack(core, args.pack);

  const detectorCategories = new Map(categoryNames.map((c) => [c, { category: c, detectors: available[c], files: [] }]));
  const packSets = [];
  const timing = [];
  const unlabelled = [];
  const otherShares = [];
  let spans;

  for (const file of corpusFiles(args.corpora)) {
    const name = corpusName(file);
    const posts = readCorpus(file);
    const labelled = categoryNames.filter((c) => posts.some((p) => typeof p.expected[c] === 'boolean'));
    // Categories no row of this file is labelled with: only the share of posts flagged can be reported.
    const unlabelledHere = categoryNames.filter((c) => !labelled.includes(c)).map((category) => ({ file: name, category, posts: posts.length, flagged: 0 }));
    const baselineHere = labelled.some((c) => BASELINE_CATEGORIES.includes(c));
    const perCategory = new Map(labelled.map((c) => [c, {
      own: { counts: emptyCounts(), bySubtype: {} },
      baselines: baselineHere && BASELINE_CATEGORIES.includes(c) ? baselines.loaded.map(() => ({ counts: emptyCounts(), bySubtype: {} })) : [],
      misses: [],
      falseAlarms: [],
    }]));
    const fileSpans = name === 'presidio-pii' ? emptySpanCounts() : undefined;
    const time = { file: name, posts: posts.length, chars: 0, detectors: 0, baselines: 0, pack: 0 };
    const tally = pack.engine ? newSetTally(name, pack.rules) : undefined;
    const otherFlagged = Object.fromEntries(others.map((d) => [d, 0]));

    for (const post of posts) {
      time.chars += post.text.length;
      const subtype = typeof post.labels?.subtype === 'string' ? post.labels.subtype : undefined;

      let since = performance.now();
      const report = probe.check({ text: post.text });
      time.detectors += seconds(since);
      const byRule = new Map(report.findings.map((f) => [f.rule, f]));
      for (const u of unlabelledHere) if (byRule.has(u.category)) u.flagged++;
      for (const d of others) if (byRule.has(otherRuleId(d))) otherFlagged[d]++;
      for (const category of labelled) {
        const expected = post.expected[category];
        if (typeof expected !== 'boolean') continue;
        const finding = byRule.get(category);
        const slot = perCategory.get(category);
        addPost(slot.own.counts, expected, finding !== undefined);
        if (subtype) addPost((slot.own.bySubtype[subtype] ??= emptyCounts()), expected, finding !== undefined);
        if (expected && !finding) slot.misses.push(post);
        if (!expected && finding) slot.falseAlarms.push({ post, finding });
        if (fileSpans && category === 'personal_data' && Array.isArray(post.labels?.spans)) {
          const gold = post.labels.spans.filter((s) => PII_SPAN_TYPES.has(s.type));
          addSpanCounts(fileSpans, spanCounts(gold, finding?.spans ?? []));
        }
      }

      if (baselineHere) {
        since = performance.now();
        const flags = baselines.loaded.map((b) => b.flags(post.text));
        time.baselines += seconds(since);
        for (const category of labelled) {
          const expected = post.expected[category];
          if (typeof expected !== 'boolean') continue;
          perCategory.get(category).baselines.forEach((slot, i) => {
            addPost(slot.counts, expected, flags[i]);
            if (subtype) addPost((slot.bySubtype[subtype] ??= emptyCounts()), expected, flags[i]);
          });
        }
      }

      if (tally) {
        since = performance.now();
        const packReport = pack.engine.check({ id: post.id, text: post.text });
        time.pack += seconds(since);
        addReport(tally, post.expected, packReport, pack.rules);
      }
    }

    timing.push(time);
    otherShares.push({ file: name, posts: posts.length, flagged: otherFlagged });
    unlabelled.push(...unlabelledHere);
    if (tally) packSets.push(tally);
    for (const [category, slot] of perCategory) {
      const nonEmpty = (bySubtype) => (Object.keys(bySubtype).length > 0 ? bySubtype : undefined);
      detectorCategories.get(category).files.push({
        file: name,
        systems: [
          { name: 'propriety', kind: 'detector', counts: slot.own.counts, bySubtype: nonEmpty(slot.own.bySubtype) },
          ...slot.baselines.map((b, i) => ({ name: baselines.loaded[i].name, kind: 'baseline', counts: b.counts, bySubtype: nonEmpty(b.bySubtype) })),
        ],
      });
      if (args.errors > 0) printErrors(category, name, slot, args.errors);
    }
    if (fileSpans) spans = { file: name, types: [...PII_SPAN_TYPES], counts: fileSpans };
  }

  const { commit, dirty } = gitInfo();
  const result = {
    commit,
    dirty,
    date: new Date().toISOString().slice(0, 10),
    corpora: relative(repoRoot, args.corpora) || '.',
    core: args.core,
    detector: {
      categories: [...detectorCategories.values()].map((c) => ({ ...c, totals: totals(c.files) })),
      notScored: missing,
      baselines: baselines.loaded.map(({ name, description }) => ({ name, description })),
      baselinesFailed: baselines.failed,
      spans,
      unlabelled,
      others: { detectors: others, sets: otherShares },
    },
    pack: pack.engine
      ? { source: pack.source, name: pack.name, version: pack.version, rules: pack.rules, sets: packSets }
      : { error: pack.error },
    timing,
  };
  result.targets = evaluateTargets(result);

  mkdirSync(args.out, { recursive: true });
  writeFileSync(join(args.out, 'evaluation.md'), renderMarkdown(result));
  writeFileSync(join(args.out, 'evaluation.json'), `${JSON.stringify(withScores(result), null, 2)}\n`);
  printSummary(result);
  console.log(`wrote ${relative(process.cwd(), join(args.out, 'evaluation.md'))} and evaluation.json`);
  // Only a run written to the repository's own docs speaks for the README; a trial run elsewhere leaves it alone.
  if (args.pack === DEFAULT_PACK && args.out === join(repoRoot, 'docs') && result.pack.sets && existsSync(DEFAULT_PACK_README)) {
    const updated = replaceMarkedSection(readFileSync(DEFAULT_PACK_README, 'utf8'), renderPackSummary(result));
    if (updated === undefined) console.log(`${relative(process.cwd(), DEFAULT_PACK_README)} has no measured-figures markers; left as it is`);
    else {
      writeFileSync(DEFAULT_PACK_README, updated);
      console.log(`updated the measured figures in ${relative(process.cwd(), DEFAULT_PACK_README)}`);
    }
  }
}

/** Sums each system's counts over the files of a category. */
function totals(files) {
  const out = new Map();
  for (const f of files) {
    for (const s of f.systems) {
      if (!out.has(s.name)) out.set(s.name, { name: s.name, kind: s.kind, counts: emptyCounts() });
      addCounts(out.get(s.name).counts, s.counts);
    }
  }
  return [...out.values()];
}

/** The result with the scores of every confusion table next to its counts, for the JSON file. */
function withScores(result) {
  const scored = (counts) => counts && { ...counts, ...scores(counts) };
  const scoredMap = (m) => m && Object.fromEntries(Object.entries(m).map(([k, v]) => [k, scored(v)]));
  return {
    ...result,
    detector: {
      ...result.detector,
      spans: result.detector.spans && { file: result.detector.spans.file, types: result.detector.spans.types, ...result.detector.spans.counts, ...spanScores(result.detector.spans.counts) },
      categories: result.detector.categories.map((c) => ({
        ...c,
        totals: c.totals.map((t) => ({ ...t, counts: scored(t.counts) })),
        files: c.files.map((f) => {
          const baselines = f.systems.filter((s) => s.kind === 'baseline');
          return {
            file: f.file,
            systems: f.systems.map((s) => ({
              ...s,
              counts: scored(s.counts),
              bySubtype: scoredMap(s.bySubtype),
              ...(s.kind === 'detector' && baselines.length > 0 ? { againstBestBaseline: f1AgainstBest(s.counts, baselines) } : {}),
            })),
          };
        }),
      })),
    },
    pack: result.pack.sets
      ? {
          ...result.pack,
          sets: result.pack.sets.map((s) => ({
            ...s,
            categories: scoredMap(s.categories),
            rules: Object.fromEntries(Object.entries(s.rules).map(([id, r]) => [id, { flagged: r.flagged, byCategory: scoredMap(r.byCategory) }])),
          })),
        }
      : result.pack,
  };
}

function printErrors(category, file, slot, n) {
  console.log(`\n### ${category} / ${file}: ${slot.misses.length} missed, ${slot.falseAlarms.length} wrongly flagged`);
  for (const p of slot.misses.slice(0, n)) console.log(`  MISS ${p.id} [${p.labels?.subtype ?? ''}] ${JSON.stringify(p.text).slice(0, 220)}`);
  for (const { post: p, finding } of slot.falseAlarms.slice(0, n)) {
    const what = finding.evidence.map((e) => `${e.matched}=${JSON.stringify(e.span === undefined ? '' : finding.spans[e.span]?.text)}@${e.confidence}`).join('; ');
    console.log(`  FALSE ${p.id} [${p.labels?.subtype ?? ''}] ${JSON.stringify(p.text).slice(0, 160)} -> ${what}`);
  }
}

function printSummary(result) {
  const f3 = (x) => (x === null ? 'n/a' : x.toFixed(3));
  const line = (label, counts) => {
    const s = scores(counts);
    return `${label}: P ${f3(s.precision)} R ${f3(s.recall)} F1 ${f3(s.f1)} FPR ${f3(s.fpRate)} (TP/FP/FN/TN ${counts.tp}/${counts.fp}/${counts.fn}/${counts.tn})`;
  };
  console.log('detector level');
  for (const c of result.detector.categories) {
    for (const f of c.files) for (const s of f.systems) console.log(`  ${line(`${c.category} / ${f.file} / ${s.name}`, s.counts)}`);
  }
  if (result.detector.spans) {
    const s = spanScores(result.detector.spans.counts);
    console.log(`  spans ${result.detector.spans.file}: P ${f3(s.precision)} R ${f3(s.recall)} F1 ${f3(s.f1)}`);
  }
  for (const m of result.detector.notScored) console.log(`  ${m.category}: not scored (${m.detectors.join(', ')} not available)`);
  for (const b of result.detector.baselinesFailed) console.log(`  baseline ${b.name}: not measured (${b.reason})`);
  if (result.pack.sets) {
    console.log(`pack level: ${result.pack.name} ${result.pack.version}`);
    for (const set of result.pack.sets) {
      console.log(`  ${set.file}: ${Object.entries(set.verdicts).map(([v, n]) => `${v} ${n}`).join(', ')}`);
      for (const [category, counts] of Object.entries(set.categories)) console.log(`    ${line(category, counts)}`);
    }
  } else console.log(`pack level: not measured: ${result.pack.error}`);
  console.log('targets');
  for (const t of result.targets) console.log(`  [${t.met === null ? 'n/a' : t.met ? 'met' : 'NOT met'}] issue ${t.issue} ${t.level} ${t.where}: ${t.what}: ${t.measured}`);
}

main().catch((error) => {
  console.error(`eval: ${error.message}`);
  process.exitCode = 1;
});
