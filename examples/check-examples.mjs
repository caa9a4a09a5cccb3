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

/**
 * @typedef {import('@propriety/core').Report} Report
 * @typedef {import('@propriety/core').Span} Span
 * @typedef {import('@propriety/core').PackIR} PackIR
 * @typedef {import('@propriety/core').Verdict} Verdict
 */

/** Paths are shown relative to where the script was started from. */
const show = (/** @type {string} */ file) => relative(process.cwd(), file) || file;

/** @type {Verdict[]} */
const VERDICT_ORDER = ['block', 'review', 'advice', 'ok'];

/** @param {string[]} args post files given on the command line */
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
  /** @type {Map<Verdict, number>} */
  const tally = new Map(VERDICT_ORDER.map((verdict) => [verdict, 0]));
  let unreadable = 0;
  for (const file of files) {
    let activity;
    try {
      activity = readPost(file);
    } catch (error) {
      console.error(`${show(file)}: cannot read this post: ${error instanceof Error ? error.message : String(error)}\n`);
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
    tally.set(report.verdict, (tally.get(report.verdict) ?? 0) + 1);
    console.log(renderReport(show(file), activity, report, ir));
  }

  const counts = VERDICT_ORDER.map((verdict) => `${tally.get(verdict)} ${verdict}`).join(', ');
  const checked = files.length - unreadable;
  console.log(`${checked} post${checked === 1 ? '' : 's'} checked: ${counts}${unreadable ? `; ${unreadable} could not be checked` : ''}`);
  return unreadable > 0 ? 1 : 0;
}

/**
 * Every `.txt` and `.json` file of a folder, sorted by name.
 * @param {string} dir
 */
function listPosts(dir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt') || name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * A `.txt` file is a personal post of that text; a `.json` file is a whole activity.
 * @param {string} file
 * @returns {Record<string, unknown>}
 */
function readPost(file) {
  const content = readFileSync(file, 'utf8');
  if (extname(file) === '.json') return JSON.parse(content);
  // Editors end files with a newline that is not part of the post.
  return { id: basename(file), kind: 'post', text: content.replace(/\r?\n$/, '') };
}

/**
 * @param {string} name the post's file, as shown
 * @param {unknown} activity the activity as read, before defaults
 * @param {Report} report
 * @param {PackIR} ir
 */
function renderReport(name, activity, report, ir) {
  const lines = [];
  const count = report.findings.length;
  lines.push(`${name}: ${report.verdict.toUpperCase()}${count ? ` (${count} finding${count === 1 ? '' : 's'})` : ''}`);
  for (const finding of report.findings) {
    const first = finding.spans[0];
    const where = first ? `  (${first.field === 'text' ? '' : `${first.field} `}${first.line}:${first.column})` : '';
    lines.push(`  ${finding.severity.padEnd(6)} ${finding.rule}${where}`);
    lines.push(...renderSpans(activity, finding.spans, '      '));
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

/**
 * Each line of the original text that holds a span, with every span on it
 * underlined; lines of fields other than `text` are headed by the field.
 * @param {unknown} activity
 * @param {Span[]} spans sorted by field, then offset, as reports are
 * @param {string} indent
 */
function renderSpans(activity, spans, indent) {
  const out = [];
  let field = 'text';
  for (let i = 0; i < spans.length; ) {
    const span = /** @type {Span} */ (spans[i]);
    // Spans of one field on one line share one copy of the line.
    let j = i + 1;
    while (j < spans.length && spans[j]?.field === span.field && spans[j]?.line === span.line) j++;
    const group = spans.slice(i, j);
    i = j;
    if (span.field !== field) {
      field = span.field;
      out.push(`${indent}in ${field}:`);
    }
    const text = fieldText(activity, span.field);
    if (typeof text !== 'string') continue;
    const line = text.split(/\r\n|\r|\n/)[span.line - 1] ?? '';
    let marks = '';
    for (const item of group) {
      const from = item.column - 1;
      const to = item.endLine === item.line ? item.endColumn - 1 : line.length;
      if (from < marks.length) continue; // overlaps a span already marked
      // Tabs keep their width in the underline so the carets stay aligned.
      marks += line.slice(marks.length, from).replace(/[^\t]/g, ' ') + '^'.repeat(Math.max(1, to - from));
    }
    const gutter = String(span.line).padStart(4);
    out.push(`${indent}${gutter} | ${line}`, `${indent}${' '.repeat(gutter.length)} | ${marks}`);
  }
  return out;
}

/**
 * Reads a span's field path (`text`, `inReplyTo.bio`, `attachments.0.name`) from the activity.
 * @param {unknown} activity
 * @param {string} path
 * @returns {unknown}
 */
function fieldText(activity, path) {
  let value = activity;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = /** @type {Record<string, unknown>} */ (value)[key];
  }
  return value;
}

/**
 * @param {import('@propriety/core').Finding['citation']} citation
 * @param {string | undefined} packSource
 */
function renderCitation(citation, packSource) {
  if (!citation) return undefined;
  const parts = [citation.source ?? packSource];
  if (citation.section !== undefined) parts.push(`section ${citation.section}`);
  if (citation.paragraph !== undefined) parts.push(`paragraph ${citation.paragraph}`);
  return parts.filter(Boolean).join(', ');
}

process.exitCode = main(process.argv.slice(2));
