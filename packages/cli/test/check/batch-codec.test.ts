import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packRecords, packRendered, unpackRecords, unpackRendered } from '../../src/check/batch-codec.js';
import type { Rendered } from '../../src/check/outcome.js';
import type { InputRecord, InputRef } from '../../src/input/records.js';

const files = fc.constantFrom('feed.ndjson', 'b/other.jsonl', '-', 'ünïcode file.ndjson');
// Line text as NDJSON lines hold it: any characters but a line feed.
const lineText = fc.string({ unit: 'binary', maxLength: 40 }).map((s) => s.replace(/\n/g, ' '));
const ref: fc.Arbitrary<InputRef> = fc.oneof(
  fc.record({ file: files, line: fc.integer({ min: 1, max: 2 ** 32 - 1 }) }),
  fc.record({ file: files, index: fc.nat() }),
  fc.record({ file: files, text: fc.constant(true) }),
  fc.record({ file: files }),
);
const record: fc.Arbitrary<InputRecord> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ ref: fc.record({ file: files, line: fc.integer({ min: 1, max: 1e6 }) }), kind: fc.constant('line' as const), text: lineText }) },
  fc.record({ ref, kind: fc.constant('line' as const), text: fc.string({ maxLength: 10 }) }),
  fc.record({ ref, kind: fc.constant('value' as const), value: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ ref, kind: fc.constant('bad' as const), problem: fc.string({ maxLength: 20 }) }),
);

const verdict = fc.constantFrom('block', 'review', 'advice', 'ok' as const);
const rendered: fc.Arbitrary<Omit<Rendered, 'ref'>> = fc.oneof(
  fc.record({
    ok: fc.constant(true as const),
    verdict,
    id: fc.option(fc.oneof(fc.string(), fc.integer()), { nil: undefined }),
    rules: fc.array(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/), { maxLength: 4 }),
    text: fc.string({ unit: 'binary', maxLength: 60 }),
  }),
  fc.record({
    ok: fc.constant(false as const),
    problem: fc.string({ maxLength: 30 }),
    issues: fc.option(fc.array(fc.record({ path: fc.string({ maxLength: 8 }), message: fc.string({ maxLength: 12 }) }), { maxLength: 2 }), { nil: undefined }),
    text: fc.string({ maxLength: 20 }),
  }),
);

describe('batch codec', () => {
  it('gives back every record as it was, in order, through a structured clone', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 30 }), (records) => {
        expect(unpackRecords(structuredClone(packRecords(records)))).toEqual(records);
      }),
      { numRuns: 500 },
    );
  });

  it('sends plain NDJSON lines as one string, not one object each', () => {
    const records: InputRecord[] = [1, 2, 3].map((line) => ({ ref: { file: 'f.ndjson', line }, kind: 'line', text: `{"text":"${line}"}` }));
    const packed = packRecords(records);
    expect(packed.others).toEqual([]);
    expect(packed.lines).toBe('{"text":"1"}\n{"text":"2"}\n{"text":"3"}');
    expect(packed.files).toEqual(['f.ndjson']);
  });

  it('gives back every rendered outcome with the ref of its record, through a structured clone', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(rendered, ref), { maxLength: 30 }), (pairs) => {
        const outcomes = pairs.map(([outcome]) => outcome);
        const refs = pairs.map(([, r]) => r);
        const back = unpackRendered(structuredClone(packRendered(outcomes)), refs);
        const expected = pairs.map(([outcome, r]) =>
          outcome.ok
            ? { ref: r, ok: true, verdict: outcome.verdict, id: outcome.id, rules: outcome.rules, text: outcome.text }
            : { ref: r, ok: false, problem: outcome.problem, issues: outcome.issues, text: outcome.text });
        expect(back).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
