import type { Report } from '@propriety/core';
import type { Outcome, Rendered } from '../check/outcome.js';
import type { Summary } from '../check/summary.js';
import { describeRef, type InputRef } from '../input/records.js';
import { describeCitation } from './citation.js';
import type { Reporter, ReporterContext } from './reporter.js';

interface Suite {
  name: string;
  tests: number;
  failures: number;
  errors: number;
  cases: string[];
}

/**
 * JUnit XML for CI dashboards: one `<testsuite>` per input file and one
 * `<testcase>` per activity (see {@link junitCase}). The counts sit in the
 * suites' attributes, so the XML is written at the end.
 */
export function junitReporter(ctx: ReporterContext): Reporter {
  const suites: Suite[] = [];
  const suiteFor = (file: string): Suite => {
    const name = suiteName(file);
    const last = suites[suites.length - 1];
    if (last !== undefined && last.name === name) return last;
    const suite: Suite = { name, tests: 0, failures: 0, errors: 0, cases: [] };
    suites.push(suite);
    return suite;
  };
  return {
    printsSummary: false,
    begin() {},
    write(rendered: Rendered) {
      const suite = suiteFor(rendered.ref.file);
      suite.tests++;
      if (!rendered.ok) suite.errors++;
      else if (rendered.verdict === 'block' || rendered.verdict === 'review') suite.failures++;
      suite.cases.push(rendered.text);
    },
    end(summary: Summary) {
      const seconds = (summary.elapsedMs / 1000).toFixed(3);
      const total = (key: 'tests' | 'failures' | 'errors'): number => suites.reduce((n, s) => n + s[key], 0);
      const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
      out.push(`<testsuites name="propriety" tests="${total('tests')}" failures="${total('failures')}" errors="${total('errors')}" time="${seconds}">`);
      for (const suite of suites) {
        out.push(`  <testsuite name="${attr(suite.name)}" tests="${suite.tests}" failures="${suite.failures}" errors="${suite.errors}" skipped="0">`);
        for (const testcase of suite.cases) out.push(testcase);
        out.push('  </testsuite>');
      }
      out.push('</testsuites>');
      ctx.out.write(`${out.join('\n')}\n`);
    },
  };
}

/**
 * One activity as a `<testcase>`: `block` and `review` are failures (their
 * findings in the body), `advice` and `ok` pass (advice listed in
 * `<system-out>`), and an input that could not be checked is an error.
 */
export function junitCase(outcome: Outcome): string {
  const open = `    <testcase classname="${attr(suiteName(outcome.ref.file))}" name="${attr(caseName(outcome.ref, outcome.ok ? outcome.report : undefined))}"`;
  if (!outcome.ok) return `${open}>\n      <error message="${attr(outcome.problem)}" type="invalid-input"/>\n    </testcase>`;
  const { report } = outcome;
  const body = report.findings.map(describeFinding).join('\n\n');
  if (report.verdict === 'block' || report.verdict === 'review') {
    const count = report.findings.length;
    const message = `${report.verdict}: ${count} finding${count === 1 ? '' : 's'} (${[...new Set(report.findings.map((f) => f.rule))].join(', ')})`;
    return `${open}>\n      <failure message="${attr(message)}" type="${report.verdict}">${text(body)}</failure>\n    </testcase>`;
  }
  if (report.findings.length > 0) return `${open}>\n      <system-out>${text(body)}</system-out>\n    </testcase>`;
  return `${open}/>`;
}

function suiteName(file: string): string {
  return file === '-' ? '<stdin>' : file;
}

function caseName(ref: InputRef, report: Report | undefined): string {
  const where = describeRef(ref);
  return report?.id !== undefined ? `${String(report.id)} (${where})` : where;
}

function describeFinding(finding: Report['findings'][number]): string {
  const span = finding.spans[0];
  const at = span === undefined ? '' : ` at ${span.field} ${span.line}:${span.column}`;
  const lines = [`${finding.severity} ${finding.rule}${at}: ${finding.message}`];
  const citation = describeCitation(finding.citation);
  if (citation !== undefined) lines.push(`guidance: ${citation}`);
  if (finding.advice !== undefined) lines.push(`advice: ${finding.advice}`);
  for (const suggestion of finding.suggestions) lines.push(`suggestion: ${suggestion.message}`);
  return lines.join('\n');
}

// XML 1.0 allows neither most control characters nor lone surrogates, even escaped.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as XML character data. */
export function text(value: string): string {
  return value.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text as an XML attribute value (in double quotes), line breaks kept. */
export function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
