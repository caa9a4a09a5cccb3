#!/usr/bin/env node
// The main job until the CLI package exists: compile the example department's
// pack, prove it with the examples written inside it, then check every example
// post and print what a civil servant would see before publishing.
//
//   node examples/check-examples.mjs                 every post in examples/posts
//   node examples/check-examples.mjs my-post.txt …   just these posts
//
// A `.txt` post is the text of a personal post; a `.json` post is a whole
// activity (capacity, channel, inReplyTo, at, attachments, …).
//
// Exit code 0 when the pack compiles, every in-pack example passes and every
// post could be checked, whatever the verdicts; 1 otherwise.

import { readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ActivityError, formatDiagnostic, load, runExamples, safeCompile } from '@propriety/core';

const here = fileURLToPath(new URL('.', import.meta.url));
const packFile = join(here, 'packs', 'example-department.prop');
const postsDir = join(here, 'posts');

/** Paths are shown relative to where the script was started from. */
const show = (file) => relative(process.cwd(), file) || file;

const VERDICT_ORDER = ['block', 'review', 'advice', 'ok'];

function main(args) {
  const source = readFileSync(packFile, 'utf8');
  const compiled = safeCompile(source, { file: show(packFile) });
  for (const warning of compiled.warnings) console.log(formatDiagnostic(warning, source) + '\n');
  if (!compiled.ok) {
    for (const diagnostic of compiled.diagnostics) console.error(formatDiagnostic(diagnostic, source) + '\n');
    console.error(`${show(packFile)} does not compile: ${compiled.diagnostics.length} problem(s)`);
    return 1;
  }
  const ir = compiled.ir;
  const engine = load(ir);

  const results = runExamples(engine, ir.examples);
  const failed = results.filter((result) => !result.passed);
  const activeRules = ir.rules.filter((rule) => rule.severity !== 'off').length;
  console.log(`Pack ${ir.name} ${ir.version}: ${activeRules} rules, ${results.length - failed.length} of ${results.length} in-pack examples pass`);
  if (failed.length > 0) {
    for (const result of failed) {
      const where = result.example.location
        ? `${result.example.location.source ?? show(packFile)}:${result.example.location.line}:${result.example.location.column}`
        : show(packFile);
      console.error(`  example failed at ${where}: ${JSON.stringify(result.example.activity.text)}`);
      console.error(`    ${result.problem ?? 'no reason given'}`);
    }
    return 1;
  }
  console.log('');

  const files = args.length > 0 ? args.map((arg) => resolve(arg)) : listPosts(postsDir);
  const tally = new Map(VERDICT_ORDER.map((verdict) => [verdict, 0]));
  let unreadable = 0;
  for (const file of files) {
    let activity;
    try {
      activity = readPost(file);
    } catch (error) {
      console.error(`${show(file)}: cannot read this post: ${error.message}\n`);
      unreadable += 1;
      continue;
    }
    let report;
    try {
      report = engine.check(activity);
    } catch (error) {
      if (!(error instanceof ActivityError)) throw error;
      console.error(`${show(file)}: not a valid activity: ${error.message}\n`);
      unreadable += 1;
      continue;
    }
    tally.set(report.verdict, tally.get(report.verdict) + 1);
    console.log(renderReport(show(file), activity, report, ir));
  }

  const counts = VERDICT_ORDER.map((verdict) => `${tally.get(verdict)} ${verdict}`).join(', ');
  const checked = files.length - unreadable;
  console.log(`${checked} post${checked === 1 ? '' : 's'} checked: ${counts}${unreadable ? `; ${unreadable} could not be checked` : ''}`);
  return unreadable > 0 ? 1 : 0;
}

/** Every `.txt` and `.json` file of a folder, sorted by name. */
function listPosts(dir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt') || name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

/** A `.txt` file is a personal post of that text; a `.json` file is a whole activity. */
function readPost(file) {
  const content = readFileSync(file, 'utf8');
  if (extname(file) === '.json') return JSON.parse(content);
  // Editors end files with a newline that is not part of the post.
  return { id: basename(file), kind: 'post', text: content.replace(/\r?\n$/, '') };
}

function renderReport(name, activity, report, ir) {
  const lines = [];
  const count = report.findings.length;
  lines.push(`${name}: ${report.verdict.toUpperCase()}${count ? ` (${count} finding${count === 1 ? '' : 's'})` : ''}`);
  for (const finding of report.findings) {
    lines.push(`  ${finding.severity.padEnd(6)} ${finding.rule}`);
    for (const span of finding.spans) lines.push(...renderSpan(activity, span, '      '));
    lines.push(`      ${finding.message}`);
    const evidence = finding.evidence
      .filter((item) => item.kind !== 'field')
      .map((item) => `${item.source} \`${item.matched}\``);
    if (evidence.length > 0) lines.push(`      matched: ${[...new Set(evidence)].join(', ')}`);
    const citation = renderCitation(finding.citation, ir.source);
    if (citation) lines.push(`      guidance: ${citation}`);
    if (finding.advice) lines.push(`      advice: ${finding.advice}`);
    for (const suggestion of finding.suggestions) lines.push(`      suggestion: ${suggestion.message}`);
  }
  return lines.join('\n') + '\n';
}

/** The line of the field that holds the span, with the span underlined. */
function renderSpan(activity, span, indent) {
  const text = fieldText(activity, span.field);
  const where = `${span.field === 'text' ? '' : `${span.field} `}${span.line}:${span.column}`;
  if (typeof text !== 'string') return [`${indent}at ${where}`];
  const line = text.split(/\r\n|\r|\n/)[span.line - 1] ?? '';
  const startColumn = span.column - 1;
  const endColumn = span.endLine === span.line ? span.endColumn - 1 : line.length;
  const gutter = String(span.line).padStart(4);
  // Tabs keep their width in the underline so the carets stay aligned.
  const pad = line.slice(0, startColumn).replace(/[^\t]/g, ' ');
  const carets = '^'.repeat(Math.max(1, endColumn - startColumn));
  return [
    `${indent}--> ${where}`,
    `${indent}${gutter} | ${line}`,
    `${indent}${' '.repeat(gutter.length)} | ${pad}${carets}`,
  ];
}

/** Reads a span's field path (`text`, `inReplyTo.bio`, `attachments.0.name`) from the activity. */
function fieldText(activity, path) {
  let value = activity;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = value[key];
  }
  return value;
}

function renderCitation(citation, packSource) {
  if (!citation) return undefined;
  const parts = [citation.source ?? packSource];
  if (citation.section !== undefined) parts.push(`section ${citation.section}`);
  if (citation.paragraph !== undefined) parts.push(`paragraph ${citation.paragraph}`);
  return parts.filter(Boolean).join(', ');
}

process.exitCode = main(process.argv.slice(2));
