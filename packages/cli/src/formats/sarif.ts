import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, PackIR, RuleIR, Span } from '@propriety/core';
import type { Checked, Rendered } from '../check/outcome.js';
import type { Summary } from '../check/summary.js';
import { describeRef, type InputRef } from '../input/records.js';
import { describeCitation } from './citation.js';
import type { Reporter, ReporterContext } from './reporter.js';

const SRCROOT = '%SRCROOT%';
/** How many unchecked inputs are listed as notifications; the summary counts them all. */
const MAX_NOTIFICATIONS = 1000;

const LEVEL = { block: 'error', review: 'warning', advice: 'note', off: 'none' } as const;

/**
 * A SARIF 2.1.0 log with one run: every rule of the pack in
 * `tool.driver.rules`, one result per finding (see {@link sarifResults}),
 * and the inputs that could not be checked as notifications of the
 * invocation. Results are written as they come, so the log streams.
 */
export function sarifReporter(ctx: ReporterContext, ir: PackIR): Reporter {
  const notifications: object[] = [];
  let first = true;
  return {
    printsSummary: false,
    begin() {
      ctx.out.write('{\n"$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n"version": "2.1.0",\n"runs": [\n{\n"results": [');
    },
    write(rendered: Rendered) {
      if (!rendered.ok && notifications.length < MAX_NOTIFICATIONS) {
        notifications.push(notification(rendered.ref, rendered.problem ?? 'could not be checked', ctx.cwd));
      }
      if (rendered.text === '') return;
      ctx.out.write(`${first ? '\n' : ',\n'}${rendered.text}`);
      first = false;
    },
    end(summary: Summary) {
      const run = {
        tool: { driver: driver(ir, ctx.version) },
        invocations: [{ executionSuccessful: summary.invalid === 0, toolExecutionNotifications: notifications }],
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(ctx.cwd.endsWith(sep) ? ctx.cwd : ctx.cwd + sep).href } },
        properties: { packs: ctx.engine.packs, summary },
      };
      const rest = JSON.stringify(run);
      ctx.out.write(`${first ? '' : '\n'}],\n${rest.slice(1, -1)}\n}\n]\n}\n`);
    },
  };
}

/**
 * The SARIF results of one activity, one per finding, joined by `,\n`. A
 * finding in a plain-text file points at its lines and columns; one in a
 * JSON or NDJSON input points at the file (and the line, for NDJSON), with
 * the field and position inside the activity in the location's `properties`.
 */
export function sarifResults(outcome: Checked, ruleIndex: ReadonlyMap<string, number>, cwd: string): string {
  return outcome.report.findings.map((finding) => JSON.stringify(result(finding, outcome, ruleIndex.get(finding.rule), cwd))).join(',\n');
}

function driver(ir: PackIR, version: string): object {
  return {
    name: 'propriety',
    version,
    semanticVersion: version,
    rules: ir.rules.map(describeRule),
  };
}

function describeRule(rule: RuleIR): object {
  const doc = rule.doc?.trim();
  const short = doc === undefined || doc === '' ? rule.message : (doc.split(/\n\s*\n/)[0] ?? doc).replace(/\s+/g, ' ');
  const help = [rule.advice, describeCitation(rule.citation) && `Guidance: ${describeCitation(rule.citation)}`].filter(Boolean).join('\n');
  return {
    id: rule.id,
    shortDescription: { text: short },
    ...(doc ? { fullDescription: { text: doc } } : {}),
    ...(help ? { help: { text: help } } : {}),
    defaultConfiguration: { enabled: rule.severity !== 'off', level: LEVEL[rule.severity] },
    properties: {
      tags: rule.tags,
      severity: rule.severity,
      pack: rule.pack,
      ...(rule.citation !== undefined ? { citation: rule.citation } : {}),
    },
  };
}

function result(finding: Finding, outcome: Checked, index: number | undefined, cwd: string): object {
  const artifact = artifactLocation(outcome.ref.file, cwd);
  const spans = finding.spans.length > 0 ? finding.spans : [undefined];
  const locations = spans.map((span) => location(artifact, outcome.ref, span));
  const fixes = finding.suggestions
    .filter((s) => s.span !== undefined && s.replacement !== undefined && mapsToFile(outcome.ref, s.span))
    .map((s) => ({
      description: { text: s.message },
      artifactChanges: [{
        artifactLocation: artifact,
        replacements: [{ deletedRegion: region(s.span!), insertedContent: { text: s.replacement! } }],
      }],
    }));
  return {
    ruleId: finding.rule,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: LEVEL[finding.severity],
    kind: 'fail',
    message: { text: finding.message },
    locations,
    ...(fixes.length > 0 ? { fixes } : {}),
    properties: {
      severity: finding.severity,
      tags: finding.tags,
      pack: finding.pack,
      input: describeRef(outcome.ref),
      ...(outcome.report.id !== undefined ? { activity: outcome.report.id } : {}),
      ...(finding.advice !== undefined ? { advice: finding.advice } : {}),
      ...(finding.citation !== undefined ? { citation: finding.citation } : {}),
      ...(finding.suggestions.length > 0 ? { suggestions: finding.suggestions.map((s) => s.message) } : {}),
    },
  };
}

function location(artifact: object, ref: InputRef, span: Span | undefined): object {
  if (span !== undefined && mapsToFile(ref, span)) {
    return { physicalLocation: { artifactLocation: artifact, region: { ...region(span), snippet: { text: span.text } } } };
  }
  const physicalLocation = ref.line !== undefined ? { artifactLocation: artifact, region: { startLine: ref.line } } : { artifactLocation: artifact };
  if (span === undefined) return { physicalLocation };
  return {
    physicalLocation,
    properties: { field: span.field, line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn, text: span.text },
  };
}

function region(span: Span): object {
  return { startLine: span.line, startColumn: span.column, endLine: span.endLine, endColumn: span.endColumn };
}

/** A span's lines and columns are the file's when the whole file is the activity's text. */
function mapsToFile(ref: InputRef, span: Span): boolean {
  return ref.text === true && ref.file !== '-' && span.field === 'text';
}

function notification(ref: InputRef, problem: string, cwd: string): object {
  const artifact = artifactLocation(ref.file, cwd);
  const physicalLocation = ref.line !== undefined ? { artifactLocation: artifact, region: { startLine: ref.line } } : { artifactLocation: artifact };
  return { level: 'error', message: { text: `${describeRef(ref)}: ${problem}` }, locations: [{ physicalLocation }] };
}

/** A file as SARIF names it: relative to `%SRCROOT%` (the working folder) when under it, else a `file:` URL. */
function artifactLocation(file: string, cwd: string): object {
  if (file === '-') return { uri: 'stdin' };
  const rel = isAbsolute(file) ? relative(cwd, file) : file;
  if (isAbsolute(rel) || rel.startsWith('..')) return { uri: pathToFileURL(file).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}
