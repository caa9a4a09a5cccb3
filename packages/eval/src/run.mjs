#!/usr/bin/env node
/**
 * `pnpm eval [--corpora DIR] [--detectors MODULE] [--out DIR] [--errors N]`
 *
 * Runs the built `@propriety/core` detectors over every `*.jsonl` corpus,
 * scores each category a row is labelled with, and writes
 * `docs/evaluation.md` and `docs/evaluation.json`.
 *
 * - `--corpora DIR`: the corpora folder; by default `shared/corpora` beside
 *   the repository (`../shared/corpora` from the repository root).
 * - `--detectors MODULE`: load detectors from another module than
 *   `@propriety/core` (a path or package name), to measure a build in progress.
 * - `--out DIR`: where to write the two files; by default `docs/` of the repository.
 * - `--errors N`: also print up to N missed and N wrongly flagged posts per
 *   category and file, to see what to improve. Nothing of them is written to the docs.
 *
 * @module
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { corpusFiles, corpusName, readCorpus } from './corpora.mjs';
import { addCounts, addPost, addSpanCounts, emptyCounts, emptySpanCounts, scores, spanCounts, spanScores } from './metrics.mjs';
import { renderMarkdown } from './report.mjs';
import { buildScorers, PII_SPAN_TYPES } from './scorers.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function parseArgs(argv) {
  const args = { corpora: resolve(repoRoot, '../shared/corpora'), detectors: '@propriety/core', out: join(repoRoot, 'docs'), errors: 0 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--corpora' && value) args.corpora = resolve(value);
    else if (flag === '--detectors' && value) args.detectors = value;
    else if (flag === '--out' && value) args.out = resolve(value);
    else if (flag === '--errors' && value) args.errors = Number(value);
    else throw new Error(`unknown option \`${flag}\``);
    i++;
  }
  return args;
}

/** Detectors by name, from the module's `builtinDetectors` map and its exported detector lists. */
async function loadRegistry(source) {
  const specifier = source.startsWith('.') || isAbsolute(source) ? pathToFileURL(resolve(source)).href : source;
  const mod = await import(specifier);
  const registry = new Map();
  if (mod.builtinDetectors instanceof Map) for (const [name, d] of mod.builtinDetectors) registry.set(name, d);
  for (const list of [mod.personalDataDetectors, mod.secretDetectors]) {
    if (Array.isArray(list)) for (const d of list) if (!registry.has(d.name)) registry.set(d.name, d);
  }
  return { registry, normalise: typeof mod.normalise === 'function' ? mod.normalise : undefined };
}

/** A plain identity mapping, for a core without `normalise`: the personal-data detectors read the original text. */
function identityNormalised(text) {
  const starts = new Uint32Array(text.length);
  const ends = new Uint32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { original: text, text, starts, ends };
}

function gitInfo() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: repoRoot, encoding: 'utf8' }).trim() !== '';
    return { commit, dirty };
  } catch {
    return { commit: 'unknown', dirty: false };
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(args.corpora)) {
    throw new Error(`no corpora folder at \`${args.corpora}\`; pass \`--corpora DIR\``);
  }
  const { registry, normalise } = await loadRegistry(args.detectors);
  const { scorers, missing } = buildScorers(registry);
  const activity = {
    kind: 'post', attachments: [], channel: { platform: 'other', visibility: 'public' },
    capacity: 'personal', account: 'personal', author: { authorisedTopics: [] },
  };
  const categories = new Map([...scorers.keys()].map((c) => [c, { files: [], total: emptyCounts() }]));
  const timing = [];
  const unlabelled = [];
  let spans;
  for (const file of corpusFiles(args.corpora)) {
    const name = corpusName(file);
    const posts = readCorpus(file);
    const wanted = [...scorers.keys()].filter((c) => posts.some((p) => typeof p.expected[c] === 'boolean'));
    // Categories no row of this file is labelled with: only the share of posts flagged can be reported.
    const unlabelledHere = [...scorers.keys()].filter((c) => !wanted.includes(c)).map((category) => ({ file: name, category, posts: posts.length, flagged: 0 }));
    const perCategory = new Map(wanted.map((c) => [c, { counts: emptyCounts(), bySubtype: {}, misses: [], falseAlarms: [] }]));
    const fileSpans = name === 'presidio-pii' ? emptySpanCounts() : undefined;
    let chars = 0;
    const started = performance.now();
    for (const post of posts) {
      chars += post.text.length;
      const input = { text: post.text, normalised: normalise ? normalise(post.text) : identityNormalised(post.text), field: 'text', activity: { ...activity, text: post.text } };
      for (const u of unlabelledHere) if (scorers.get(u.category).run(input).length > 0) u.flagged++;
      for (const category of wanted) {
        const expected = post.expected[category];
        if (typeof expected !== 'boolean') continue;
        const matches = scorers.get(category).run(input);
        const flagged = matches.length > 0;
        const slot = perCategory.get(category);
        addPost(slot.counts, expected, flagged);
        const subtype = post.labels?.subtype;
        if (typeof subtype === 'string') addPost((slot.bySubtype[subtype] ??= emptyCounts()), expected, flagged);
        if (expected && !flagged) slot.misses.push(post);
        if (!expected && flagged) slot.falseAlarms.push({ post, matches });
        if (fileSpans && category === 'personal_data' && Array.isArray(post.labels?.spans)) {
          const gold = post.labels.spans.filter((s) => PII_SPAN_TYPES.has(s.type));
          addSpanCounts(fileSpans, spanCounts(gold, matches));
        }
      }
    }
    timing.push({ file: name, posts: posts.length, chars, seconds: (performance.now() - started) / 1000 });
    unlabelled.push(...unlabelledHere);
    for (const [category, slot] of perCategory) {
      const entry = categories.get(category);
      entry.files.push({ file: name, counts: slot.counts, bySubtype: Object.keys(slot.bySubtype).length > 0 ? slot.bySubtype : undefined });
      addCounts(entry.total, slot.counts);
      if (args.errors > 0) {
        console.log(`\n### ${category} / ${name}: ${slot.misses.length} missed, ${slot.falseAlarms.length} wrongly flagged`);
        for (const p of slot.misses.slice(0, args.errors)) console.log(`  MISS ${p.id} [${p.labels?.subtype ?? ''}] ${JSON.stringify(p.text).slice(0, 220)}`);
        for (const { post: p, matches } of slot.falseAlarms.slice(0, args.errors)) {
          const what = matches.map((m) => `${m.label}=${JSON.stringify(p.text.slice(m.start, m.end))}@${m.confidence}`).join('; ');
          console.log(`  FALSE ${p.id} [${p.labels?.subtype ?? ''}] ${JSON.stringify(p.text).slice(0, 160)} -> ${what}`);
        }
      }
    }
    if (fileSpans) spans = { file: name, counts: fileSpans, types: PII_SPAN_TYPES };
  }
  const { commit, dirty } = gitInfo();
  const result = {
    commit,
    dirty,
    date: new Date().toISOString().slice(0, 10),
    corpora: relative(repoRoot, args.corpora) || '.',
    detectorSource: args.detectors,
    categories: [...categories].map(([category, entry]) => ({
      category,
      detectors: scorers.get(category).detectorNames,
      minConfidence: scorers.get(category).minConfidence,
      files: entry.files,
      total: entry.total,
    })),
    notScored: missing,
    spans,
    unlabelled,
    timing,
  };
  const json = {
    ...result,
    spans: spans && { file: spans.file, types: [...spans.types], ...spans.counts, ...spanScores(spans.counts) },
    categories: result.categories.map((c) => ({
      ...c,
      total: { ...c.total, ...scores(c.total) },
      files: c.files.map((f) => ({
        file: f.file,
        ...f.counts,
        ...scores(f.counts),
        bySubtype: f.bySubtype && Object.fromEntries(Object.entries(f.bySubtype).map(([k, v]) => [k, { ...v, ...scores(v) }])),
      })),
    })),
  };
  mkdirSync(args.out, { recursive: true });
  writeFileSync(join(args.out, 'evaluation.md'), renderMarkdown(result));
  writeFileSync(join(args.out, 'evaluation.json'), `${JSON.stringify(json, null, 2)}\n`);
  const f3 = (x) => (x === null ? 'n/a' : x.toFixed(3));
  for (const c of result.categories) {
    const s = scores(c.total);
    console.log(`${c.category}: precision ${f3(s.precision)} recall ${f3(s.recall)} F1 ${f3(s.f1)} over ${s.posts} posts`);
    for (const f of c.files) {
      const fs = scores(f.counts);
      console.log(`  ${f.file}: precision ${f3(fs.precision)} recall ${f3(fs.recall)} (TP/FP/FN/TN ${f.counts.tp}/${f.counts.fp}/${f.counts.fn}/${f.counts.tn})`);
      if (f.bySubtype) {
        for (const [k, v] of Object.entries(f.bySubtype)) {
          const ss = scores(v);
          console.log(`    ${k}: precision ${f3(ss.precision)} recall ${f3(ss.recall)} (TP/FP/FN/TN ${v.tp}/${v.fp}/${v.fn}/${v.tn})`);
        }
      }
    }
  }
  if (spans) {
    const s = spanScores(spans.counts);
    console.log(`spans ${spans.file}: precision ${f3(s.precision)} recall ${f3(s.recall)} F1 ${f3(s.f1)}`);
  }
  for (const m of missing) console.log(`${m.category}: not scored (${m.detectors.join(', ')} not available)`);
  console.log(`wrote ${relative(process.cwd(), join(args.out, 'evaluation.md'))} and evaluation.json`);
}

main().catch((error) => {
  console.error(`eval: ${error.message}`);
  process.exitCode = 1;
});
