import type { Finding, Report, RuleExplanation, Span, Verdict } from '@propriety/core';
import type { Checked, Rendered } from '../check/outcome.js';
import { describeSummary, type Summary } from '../check/summary.js';
import { describeRef, type InputRef } from '../input/records.js';
import { paintVerdict, type Colors } from '../terminal/colors.js';
import { describeCitation } from './citation.js';
import { excerpts } from './excerpt.js';
import type { Reporter, ReporterContext } from './reporter.js';

/**
 * For people at a terminal: each activity's verdict, then each finding the
 * way a compiler shows an error (see {@link prettyOutcome}); a summary
 * closes the run. Inputs that could not be checked are reported on
 * standard error by the run.
 */
export function prettyReporter(ctx: ReporterContext): Reporter {
  const c = ctx.colors;
  return {
    printsSummary: true,
    begin() {},
    write(rendered: Rendered) {
      ctx.out.write(rendered.text);
    },
    end(summary: Summary) {
      const paint = (verdict: Verdict, text: string): string => (summary[verdict] > 0 ? paintVerdict(c, verdict, text) : c.dim(text));
      ctx.out.write(`${describeSummary(summary, paint)}\n`);
    },
  };
}

/**
 * One activity's report as text, ending with a blank line: its verdict,
 * then for each finding the rule and message, where it is, the original
 * line with the span underlined, then the guidance it cites, the advice and
 * the suggestions; with `explain`, why every rule fired or not.
 */
export function prettyOutcome(outcome: Checked, c: Colors, explain: boolean): string {
  const { report, ref } = outcome;
  const lines: string[] = [];
  const id = report.id !== undefined && !ref.text ? c.dim(` (id ${JSON.stringify(report.id)})`) : '';
  const count = report.findings.length;
  const findings = count === 0 ? '' : c.dim(` \u2014 ${count} finding${count === 1 ? '' : 's'}`);
  lines.push(`${c.bold(describeRef(ref))}${id}: ${paintVerdict(c, report.verdict)}${findings}`);
  for (const finding of report.findings) lines.push(...renderFinding(finding, outcome, c));
  if (explain && report.explanation !== undefined) lines.push(...renderExplanation(report.explanation, report, c));
  return `${lines.join('\n')}\n`;
}

function renderFinding(finding: Finding, outcome: Checked, c: Colors): string[] {
  const out: string[] = [''];
  out.push(`  ${paintVerdict(c, finding.severity)}${c.dim('[')}${c.bold(finding.rule)}${c.dim(']')}: ${finding.message}`);
  const byField = groupByField(finding.spans);
  const gutter = Math.max(1, ...finding.spans.map((span) => String(span.line).length));
  const pad = ' '.repeat(gutter + 3);
  if (byField.length === 0) out.push(`${' '.repeat(gutter + 2)}${c.blue('-->')} ${describeRef(outcome.ref)}`);
  for (const [field, spans] of byField) {
    out.push(`${' '.repeat(gutter + 2)}${c.blue('-->')} ${where(outcome.ref, field, spans[0]!)}`);
    const text = fieldText(outcome.activity, field);
    if (typeof text !== 'string') continue;
    out.push(`${pad}${c.blue('|')}`);
    for (const excerpt of excerpts(text, spans)) {
      out.push(`  ${c.blue(String(excerpt.line).padStart(gutter))} ${c.blue('|')} ${excerpt.text}`.trimEnd());
      out.push(`${pad}${c.blue('|')} ${paintVerdict(c, finding.severity, excerpt.marks)}`);
    }
  }
  const note = (label: string, text: string): string => `${pad}${c.blue('=')} ${c.bold(label)}: ${text}`;
  const matched = [...new Set(finding.evidence.filter((e) => e.kind !== 'field').map((e) => `${e.source} \`${e.matched}\``))];
  if (matched.length > 0) out.push(note('matched', matched.join(', ')));
  const citation = describeCitation(finding.citation);
  if (citation !== undefined) out.push(note('guidance', citation));
  if (finding.advice !== undefined) out.push(note('advice', finding.advice));
  for (const suggestion of finding.suggestions) out.push(note('suggestion', suggestion.message));
  return out;
}

function renderExplanation(explanation: readonly RuleExplanation[], report: Report, c: Colors): string[] {
  const severities = new Map(report.findings.map((f) => [f.rule, f.severity]));
  const out: string[] = ['', `  ${c.bold('why')}:`];
  for (const entry of explanation) {
    const severity = severities.get(entry.rule);
    const outcome = entry.outcome === 'fired'
      ? paintVerdict(c, severity ?? 'review', 'fired')
      : c.dim(entry.outcome === 'off' ? 'off' : 'not fired');
    out.push(`    ${c.bold(entry.rule)}: ${outcome}`);
    if (entry.reason !== '') out.push(`      ${entry.reason}`);
    for (const hint of entry.toPass ?? []) out.push(`      ${c.green('to pass')}: ${hint}`);
  }
  return out;
}

/** Where a span is: `file:line:column` when the file is the text, else the input and the field. */
function where(ref: InputRef, field: string, span: Span): string {
  if (ref.text === true && field === 'text' && ref.file !== '-') return `${ref.file}:${span.line}:${span.column}`;
  return `${describeRef(ref)} ${field} ${span.line}:${span.column}`;
}

function groupByField(spans: readonly Span[]): [string, Span[]][] {
  const groups = new Map<string, Span[]>();
  for (const span of spans) {
    const group = groups.get(span.field);
    if (group === undefined) groups.set(span.field, [span]);
    else group.push(span);
  }
  return [...groups];
}

/** Reads a span's field (`text`, `inReplyTo.bio`, `attachments.0.name`) from the activity as given. */
export function fieldText(activity: unknown, path: string): unknown {
  let value = activity;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
