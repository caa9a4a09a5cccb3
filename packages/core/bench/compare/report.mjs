import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatBytes, formatCount, formatMs, logLogChart } from './charts.mjs';
import { cliJobsSection, cliJobsTarget } from './cli-jobs.mjs';

// Turns the results of run.mjs into docs/performance/results.md and its charts.

const n = (value) => (value === undefined || value === null || Number.isNaN(value) ? '—' : value.toLocaleString('en-GB'));
const fixed = (value, digits) => (value === undefined || value === null || Number.isNaN(value) ? '—' : value.toFixed(digits));

/** The targets of issue 6, each checked against the figures. */
function targets(results) {
  const terms = results.throughput['propriety-terms'];
  const full = results.throughput['propriety-pack'];
  const curve = results.termsCurve['propriety-terms'] ?? [];
  const at = (count) => curve.find((point) => point.terms === count)?.msPerPost;
  const growth = at(20_000) !== undefined && at(2_000) !== undefined ? at(20_000) / at(2_000) : undefined;
  const worst = (id) => {
    const times = Object.values(results.pathological.times[id] ?? {});
    return times.some((t) => t === null) ? Infinity : Math.max(...times);
  };
  const cold = results.coldStart.contenders['propriety-pack'] ?? {};
  const peak = results.memory['propriety-pack']?.peakRssMiB;
  const linear = (id) => {
    const points = results.lengthCurve[id] ?? [];
    const small = points.find((p) => p.bytes >= 60_000);
    const large = points[points.length - 1];
    return small === undefined || large === undefined ? undefined : (large.ms / large.bytes) / (small.ms / small.bytes);
  };
  const row = (what, target, value, shown, met) => ({ what, target, value, shown, met });
  return [
    row('term scan: posts/s', '≥ 1,000,000', terms?.postsPerSecond, n(terms?.postsPerSecond), terms?.postsPerSecond >= 1_000_000),
    row('term scan: MB/s on the long document', '≥ 120', terms?.megabytesPerSecond, fixed(terms?.megabytesPerSecond, 1), terms?.megabytesPerSecond >= 120),
    row('full pack: posts/s', '≥ 250,000', full?.postsPerSecond, n(full?.postsPerSecond), full?.postsPerSecond >= 250_000),
    row('full pack: MB/s on the long document', '≥ 50', full?.megabytesPerSecond, fixed(full?.megabytesPerSecond, 1), full?.megabytesPerSecond >= 50),
    row('term scan: time at 20,000 terms ÷ time at 2,000', '≤ 1.5×', growth, `${fixed(growth, 2)}×`, growth !== undefined && growth <= 1.5),
    row('term scan: worst pathological input (50,000 chars)', '≤ 2 ms', worst('propriety-terms'), formatMs(worst('propriety-terms')), worst('propriety-terms') <= 2),
    row('full pack: worst pathological input (50,000 chars)', '≤ 10 ms', worst('propriety-pack'), formatMs(worst('propriety-pack')), worst('propriety-pack') <= 10),
    row('term scan: time per byte at 5 MB ÷ at 64 KB (linearity)', '≈ 1', linear('propriety-terms'), `${fixed(linear('propriety-terms'), 2)}×`, linear('propriety-terms') <= 1.5),
    row('full pack: time per byte at 5 MB ÷ at 64 KB (linearity)', '≈ 1', linear('propriety-pack'), `${fixed(linear('propriety-pack'), 2)}×`, linear('propriety-pack') <= 1.5),
    row('cold start: import core + load the pack’s IR, over bare Node', '≤ 30 ms', cold.ms, `${fixed(cold.ms, 1)} ms`, cold.ms <= 30),
    row('cold start: extra memory', '≤ 30 MiB', cold.extraRssMiB, `${fixed(cold.extraRssMiB, 1)} MiB`, cold.extraRssMiB <= 30),
    row('peak memory checking the long document', '≤ 150 MB', peak, `${fixed(peak === undefined ? undefined : peak * 1.048576, 0)} MB`, peak !== undefined && peak * 1.048576 <= 150),
    cliJobsTarget(results.cliJobs),
  ];
}

/**
 * Writes results.md, length-curve.svg and terms-curve.svg into `outDir`.
 *
 * @param {object} results - as run.mjs builds them
 * @param {string} outDir
 */
export function writeReport(results, outDir) {
  const label = Object.fromEntries(results.contenders.map((c) => [c.id, c.version ? `${c.label} ${c.version}` : c.label]));
  const shortLabel = Object.fromEntries(results.contenders.map((c) => [c.id, c.id]));

  const lengthSvg = logLogChart({
    title: 'Time of one check against text length (prefixes of the long document)',
    xLabel: 'text length (UTF-8 bytes)',
    yLabel: 'time per check',
    xFormat: formatBytes,
    yFormat: formatMs,
    series: results.contenders.map((c) => ({
      name: shortLabel[c.id],
      dashed: c.kind === 'floor',
      points: (results.lengthCurve[c.id] ?? []).map((p) => [p.bytes, p.ms]),
    })),
  });
  writeFileSync(join(outDir, 'length-curve.svg'), lengthSvg);

  const curveIds = results.contenders.filter((c) => (results.termsCurve[c.id] ?? []).length > 0).map((c) => c.id);
  const termsSvg = logLogChart({
    title: 'Time per post against the number of terms (4,000 posts)',
    xLabel: 'terms in the list',
    yLabel: 'time per post',
    xFormat: formatCount,
    yFormat: formatMs,
    series: curveIds.map((id) => ({
      name: shortLabel[id],
      points: results.termsCurve[id].filter((p) => p.msPerPost !== null).map((p) => [p.terms, p.msPerPost]),
    })),
  });
  writeFileSync(join(outDir, 'terms-curve.svg'), termsSvg);

  const m = results.machine;
  const lines = [];
  lines.push('# Performance: side by side');
  lines.push('');
  lines.push('Generated by `pnpm bench:compare` (`packages/core/bench/compare/run.mjs`) from a real run; do not edit by hand.');
  lines.push('Each contender runs in its own process on the same inputs; every figure is the median of the repetitions,');
  lines.push('and each ratio is taken repetition by repetition (the contenders take turns), so drift of the machine cancels.');
  lines.push('The raw figures are in [results.json](results.json); what was tried and what it gave is in [README.md](README.md).');
  if (results.quick) lines.push('', '**Quick run (`BENCH_QUICK=1`): fewer repetitions and shorter curves.**');
  lines.push('');
  lines.push('| | |');
  lines.push('| --- | --- |');
  lines.push(`| machine | ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os} |`);
  lines.push(`| Node.js | ${results.node} |`);
  lines.push(`| commit | ${results.commit} |`);
  lines.push(`| date | ${results.date} |`);
  lines.push(`| pack | ${results.pack.description}: \`${results.pack.name}\` ${results.pack.version}, ${results.pack.rules} rules on, ${results.pack.termLists} term lists (${n(results.pack.terms)} terms), ${results.pack.patterns} patterns, ${results.pack.detectors} configured detectors |`);
  lines.push(`| posts | ${n(results.corpus.posts)} texts of ${results.corpus.files.map((f) => `\`${f.name}\``).join(', ')} (mean ${results.corpus.meanPostLength} characters) |`);
  lines.push(`| long document | the posts joined one per line: ${n(results.corpus.documentBytes)} bytes of UTF-8 (1 MB = 10⁶ bytes) |`);
  lines.push(`| run time | ${results.elapsedSeconds} s |`);
  lines.push('');

  lines.push('## Targets');
  lines.push('');
  lines.push('| measure | target | result | met |');
  lines.push('| --- | --- | --- | --- |');
  for (const t of targets(results)) lines.push(`| ${t.what} | ${t.target} | ${t.shown} | ${t.met ? 'yes' : '**no**'} |`);
  lines.push('');

  lines.push('## Throughput');
  lines.push('');
  lines.push('Posts: every post, checked one by one (slow contenders: a sample of about 1.5 s worth, every n-th post). Long document: one check of the whole');
  lines.push('document (slow contenders: its first part, as marked). "× term scan" and "× full pack" are the contender\'s speed divided by');
  lines.push('Propriety\'s, per repetition: above 1 is faster than Propriety.');
  lines.push('');
  lines.push('| contender | posts/s | × term scan | × full pack | MB/s (long document) | × term scan | × full pack |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const c of results.contenders) {
    const t = results.throughput[c.id];
    if (t === undefined) continue;
    const partial = t.documentPartial ? ` (first ${formatBytes(t.documentChars)})` : '';
    const postsNote = t.posts < results.corpus.posts ? ` (${n(t.posts)} posts)` : '';
    lines.push(`| ${label[c.id]} | ${n(t.postsPerSecond)}${postsNote} | ${fixed(t.vsTermScan.posts, 2)} | ${fixed(t.vsFullPack.posts, 2)} | ${fixed(t.megabytesPerSecond, 1)}${partial} | ${fixed(t.vsTermScan.document, 2)} | ${fixed(t.vsFullPack.document, 2)} |`);
  }
  lines.push('');

  lines.push('## Cold start and memory');
  lines.push('');
  lines.push(`A fresh process per measurement (median of the rounds): import the library and build the checker; for Propriety's full pack,`);
  lines.push(`import core and load the precompiled IR from JSON. Time and peak resident memory are given over a bare \`node -e ''\``);
  lines.push(`(${fixed(results.coldStart.bareNodeMs, 1)} ms, ${fixed(results.coldStart.bareNodeRssMiB, 1)} MiB). First check: in the same process, right after, one short post checked and timed on its own (work deferred to the first check shows here).`);
  lines.push('Peak memory on the long document: a fresh process that builds the checker and checks the whole document once.');
  lines.push('');
  lines.push('| contender | cold start | first check | extra memory | peak memory, long document |');
  lines.push('| --- | ---: | ---: | ---: | ---: |');
  for (const c of results.contenders) {
    const cold = results.coldStart.contenders[c.id] ?? {};
    const memory = results.memory[c.id] ?? {};
    const peak = memory.peakRssMiB !== undefined ? `${fixed(memory.peakRssMiB, 1)} MiB` : memory.skipped ?? memory.error ?? '—';
    lines.push(`| ${label[c.id]} | ${cold.ms !== undefined ? `+${fixed(cold.ms, 1)} ms` : cold.error ?? '—'} | ${cold.firstCheckMs !== undefined ? `${fixed(cold.firstCheckMs, 1)} ms` : '—'} | ${cold.extraRssMiB !== undefined ? `+${fixed(cold.extraRssMiB, 1)} MiB` : '—'} | ${peak} |`);
  }
  lines.push('');

  lines.push(...cliJobsSection(results.cliJobs));

  lines.push('## Time against text length');
  lines.push('');
  lines.push('![time against text length](length-curve.svg)');
  lines.push('');
  const lengths = [...new Set(Object.values(results.lengthCurve).flatMap((points) => points.map((p) => p.bytes)))].sort((a, b) => a - b);
  lines.push(`| contender | ${lengths.map(formatBytes).join(' | ')} |`);
  lines.push(`| --- | ${lengths.map(() => '---:').join(' | ')} |`);
  for (const c of results.contenders) {
    const points = results.lengthCurve[c.id] ?? [];
    lines.push(`| ${c.id} | ${lengths.map((b) => {
      const p = points.find((point) => point.bytes === b);
      return p === undefined ? '—' : formatMs(p.ms);
    }).join(' | ')} |`);
  }
  lines.push('');
  lines.push('A dash: skipped, as the call would have taken more than 4 s.');
  lines.push('');

  lines.push('## Time against the number of terms');
  lines.push('');
  lines.push('One list of distinct terms: the pack\'s own terms and a public profanity list first, then made-up words of 5 to 10 letters.');
  lines.push('Each contender takes the list its own way (Propriety: one term list; naive: one alternation; obscenity: one phrase per');
  lines.push('term with its recommended transformers; @2toad/profanity: its blacklist in place of its own words). Time per post over');
  lines.push('every 11th post; build time is the time to compile the list.');
  lines.push('');
  lines.push('![time against number of terms](terms-curve.svg)');
  lines.push('');
  const counts = [...new Set(Object.values(results.termsCurve).flatMap((points) => points.map((p) => p.terms)))].sort((a, b) => a - b);
  lines.push(`| contender | ${counts.map((count) => `${formatCount(count)} terms`).join(' | ')} | 20k ÷ 2k |`);
  lines.push(`| --- | ${counts.map(() => '---:').join(' | ')} | ---: |`);
  for (const id of curveIds) {
    const points = results.termsCurve[id];
    const cell = (count) => {
      const p = points.find((point) => point.terms === count);
      if (p === undefined) return '—';
      if (p.msPerPost === null) return 'timed out';
      return `${formatMs(p.msPerPost)} (build ${formatMs(p.buildMs)})`;
    };
    const at = (count) => points.find((p) => p.terms === count)?.msPerPost;
    const growth = at(20_000) && at(2_000) ? `${fixed(at(20_000) / at(2_000), 2)}×` : '—';
    lines.push(`| ${id} | ${counts.map(cell).join(' | ')} | ${growth} |`);
  }
  lines.push('');
  lines.push('A dash: skipped, as building the list would have taken more than 90 s.');
  lines.push('');

  lines.push('## Pathological inputs');
  lines.push('');
  lines.push(`Time of one check of ${n(results.pathological.length)} UTF-16 units of each input: the median of several calls, the better of two rounds.`);
  lines.push('');
  const inputs = results.pathological.inputs;
  lines.push(`| contender | ${inputs.map((i) => i.label).join(' | ')} |`);
  lines.push(`| --- | ${inputs.map(() => '---:').join(' | ')} |`);
  for (const c of results.contenders) {
    const times = results.pathological.times[c.id] ?? {};
    lines.push(`| ${c.id} | ${inputs.map((i) => (times[i.id] === null ? '> 4 s' : times[i.id] === undefined ? '—' : formatMs(times[i.id]))).join(' | ')} |`);
  }
  lines.push('');
  writeFileSync(join(outDir, 'results.md'), lines.join('\n'));
}
