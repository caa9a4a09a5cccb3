import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { fixture, ndjson, runCli } from './helpers/cli.js';

const BASE = ['--pack', fixture('packs/base.prop')];
// Every kind of input at once: text files (one per verdict), a JSON array, and NDJSON on standard input.
const POSTS = [fixture('posts/ok.txt'), fixture('posts/advice.txt'), fixture('posts/review.txt'), fixture('posts/block.txt'), fixture('posts/batch.json'), '-'];
const STDIN = '{"id":"n1","text":"Brexit"}\n{"id":"n2","text":"Fine","inReplyTo":{"bio":"Fuel duty fan"}}\n';

const sarifSchema = JSON.parse(readFileSync(new URL('./fixtures/sarif/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8'));

describe.concurrent('output formats', () => {
  it('ndjson: one line per activity with id, verdict, findings (rule, tags, severity, message, spans) and input', async () => {
    const result = await runCli(['check', ...BASE, '-f', 'ndjson', ...POSTS], { input: STDIN });
    expect(result.code).toBe(2);
    const reports = ndjson(result.stdout);
    expect(reports.map((r) => [r.id, r.verdict])).toEqual([
      [undefined, 'ok'], [undefined, 'advice'], [undefined, 'review'], [undefined, 'block'],
      ['reply-1', 'review'], ['post-2', 'ok'], ['n1', 'review'], ['n2', 'review'],
    ]);
    const finding = reports[2].findings[0];
    expect(finding).toMatchObject({ rule: 'controversy', tags: ['political'], severity: 'review', message: 'This comments on a controversial issue (Brexit)' });
    expect(finding.spans).toEqual([{ field: 'text', start: 21, end: 27, line: 2, column: 5, endLine: 2, endColumn: 11, text: 'Brexit' }]);
    expect(reports[7].input).toEqual({ file: '-', line: 2 });
    expect(reports[7].findings[0].spans[0]).toMatchObject({ field: 'inReplyTo.bio', text: 'Fuel duty' });
    // Standard output holds reports only; the summary is on standard error.
    expect(result.stderr).toMatch(/^8 activities checked in [\d.]+ s: 1 block, 4 review, 1 advice, 2 ok\n/);
  });

  it('json: one document with the reports, the inputs that could not be checked and a summary', async () => {
    const result = await runCli(['check', ...BASE, '-f', 'json', fixture('posts/review.txt'), fixture('feeds/mixed.ndjson')]);
    expect(result.code).toBe(3);
    const doc = JSON.parse(result.stdout);
    expect(doc.reports.map((r: { verdict: string }) => r.verdict)).toEqual(['review', 'ok', 'review', 'advice']);
    expect(doc.invalid).toEqual([
      { input: { file: 'test/fixtures/feeds/mixed.ndjson', line: 3 }, problem: expect.stringMatching(/^not valid JSON/) },
      {
        input: { file: 'test/fixtures/feeds/mixed.ndjson', line: 4 },
        problem: expect.stringContaining('`channel.platform` must be one of'),
        issues: [{ path: 'channel.platform', message: expect.stringContaining('must be one of') }],
      },
    ]);
    expect(doc.summary).toMatchObject({ activities: 4, verdicts: { block: 0, review: 2, advice: 1, ok: 1 }, invalid: 2, findingsByRule: { controversy: 2, heat: 1 } });
  });

  it('json: an empty run is still a valid document', async () => {
    const result = await runCli(['check', ...BASE, '-f', 'json', '--ndjson', '-'], { input: '\n\n' });
    expect(JSON.parse(result.stdout)).toMatchObject({ reports: [], invalid: [], summary: { activities: 0 } });
    expect(result.code).toBe(0);
  });

  it('sarif: a SARIF 2.1.0 log that validates against the schema, with file regions for text files', async () => {
    const result = await runCli(['check', ...BASE, '-f', 'sarif', ...POSTS, fixture('feeds/mixed.ndjson')], { input: STDIN });
    expect(result.code).toBe(2);
    const log = JSON.parse(result.stdout);
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(sarifSchema);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);

    const [run] = log.runs;
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver.name).toBe('propriety');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['markings', 'controversy', 'heat', 'media']);
    expect(run.tool.driver.rules[0].defaultConfiguration).toEqual({ enabled: true, level: 'error' });
    const review = run.results.find((r: { ruleId: string }) => r.ruleId === 'controversy');
    expect(review).toMatchObject({ ruleIndex: 1, level: 'warning', message: { text: 'This comments on a controversial issue (Brexit)' } });
    expect(review.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'test/fixtures/posts/review.txt', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 11, snippet: { text: 'Brexit' } },
    });
    const levels = run.results.map((r: { ruleId: string; level: string }) => `${r.ruleId}:${r.level}`);
    expect(levels).toEqual(expect.arrayContaining(['markings:error', 'heat:note', 'media:warning']));
    // An NDJSON finding points at its line, with the place inside the activity in `properties`.
    const fromFeed = run.results.filter((r: any) => r.locations[0].physicalLocation.artifactLocation.uri === 'test/fixtures/feeds/mixed.ndjson');
    expect(fromFeed.map((r: any) => [r.ruleId, r.locations.map((l: any) => l.physicalLocation.region.startLine)])).toEqual([
      ['controversy', [2]],
      ['heat', [6, 6]], // two heated words: one result, one location per span
    ]);
    expect(fromFeed[0].locations[0].properties).toMatchObject({ field: 'text', line: 1, column: 5, text: 'Brexit' });
    // The bad lines of the feed are notifications of a run that did not fully succeed.
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications.map((n: any) => n.locations[0].physicalLocation.region.startLine)).toEqual([3, 4]);
  });

  it('junit: well-formed XML with one testcase per activity, review and block as failures', async () => {
    const result = await runCli(['check', ...BASE, '-f', 'junit', ...POSTS], { input: STDIN });
    expect(result.code).toBe(2);
    expect(XMLValidator.validate(result.stdout)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testsuite' || name === 'testcase' }).parse(result.stdout);
    const suites = doc.testsuites.testsuite as any[];
    const cases = suites.flatMap((s) => s.testcase as any[]);
    expect(cases).toHaveLength(8);
    expect(doc.testsuites).toMatchObject({ tests: '8', failures: '5', errors: '0' });
    expect(suites.map((s) => [s.name, s.tests])).toEqual([
      ['test/fixtures/posts/ok.txt', '1'], ['test/fixtures/posts/advice.txt', '1'], ['test/fixtures/posts/review.txt', '1'],
      ['test/fixtures/posts/block.txt', '1'], ['test/fixtures/posts/batch.json', '2'], ['<stdin>', '2'],
    ]);
    const block = suites[3].testcase[0];
    expect(block.failure).toMatchObject({ type: 'block', message: 'block: 1 finding (markings)' });
    expect(block.failure['#text']).toContain('block markings at text 1:8: This carries a protective marking (OFFICIAL-SENSITIVE)');
    expect(suites[1].testcase[0].failure).toBeUndefined();
    expect(suites[1].testcase[0]['system-out']).toContain('advice heat');
    expect(suites[4].testcase.map((c: any) => c.name)).toEqual(['reply-1 (test/fixtures/posts/batch.json[0])', 'post-2 (test/fixtures/posts/batch.json[1])']);
  });

  it('junit: a line that could not be checked is an error testcase, and text that XML cannot hold is replaced', async () => {
    const result = await runCli(['check', ...BASE, '-f', 'junit', '--ndjson', '-'], {
      input: '{"text":"Brexit \\u0001 <&> \\"q\\""}\nnot json\n',
    });
    expect(XMLValidator.validate(result.stdout)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testcase' }).parse(result.stdout);
    const cases = doc.testsuites.testsuite.testcase;
    expect(cases).toHaveLength(2);
    expect(cases[1].error).toMatchObject({ type: 'invalid-input' });
    expect(doc.testsuites).toMatchObject({ tests: '2', failures: '1', errors: '1' });
  });
});
