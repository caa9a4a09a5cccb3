import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { IRError } from '../../src/evaluator/ir-error.js';
import { load } from '../../src/evaluator/load.js';
import { basicPack, has, packWith } from '../fixtures/ir.js';

function loadError(ir: unknown, options?: Parameters<typeof load>[1]): IRError {
  try {
    load(ir, options);
  } catch (error) {
    expect(error).toBeInstanceOf(IRError);
    return error as IRError;
  }
  throw new Error('load accepted the IR');
}

describe('load', () => {
  it('loads a valid pack and lists its packs and rules, including those that are off', () => {
    const engine = load(basicPack());
    expect(engine.packs).toEqual([{ name: 'test.basic', version: '1.0.0' }]);
    expect(engine.rules.map((r) => r.id)).toEqual([
      'political-controversy', 'leak', 'case-reference', 'media-enquiry', 'pre-election',
      'many-hashtags', 'gov-link', 'attachment-names', 'permanence',
    ]);
    const first = engine.rules[0]!;
    expect(first).toMatchObject({
      severity: 'review',
      tags: ['political'],
      message: 'This comments on a politically controversial issue ({match})',
      citation: { source: 'Test guidance', section: 3, paragraph: 4 },
      doc: 'Comment on a politically controversial issue.',
      fields: ['text', 'capacity', 'author.authorisedTopics'],
    });
    expect(engine.rules.find((r) => r.id === 'permanence')!.fields).toEqual([]);
  });

  it('names each path that does not match the IR schema', () => {
    const ir = basicPack();
    ir.rules[0].severity = 'urgent';
    delete ir.rules[1].message;
    const error = loadError(ir);
    expect(error.issues.map((i) => i.path)).toEqual(['rules.0.severity', 'rules.1.message']);
    expect(error.message).toContain('`rules.0.severity` must be one of `block`, `review`, `advice`, `off`');
    expect(error.message).toContain('`rules.1.message` is required');
  });

  it('names a condition of an unknown kind', () => {
    const error = loadError(packWith({ when: { op: 'hass', field: 'text' } as never }));
    expect(error.issues).toEqual([{ path: 'rules.0.when.op', message: 'is not one of the allowed values' }]);
  });

  it('refuses another IR version with a clear message', () => {
    const ir = basicPack();
    ir.irVersion = 2;
    const error = loadError(ir);
    expect(error.issues).toEqual([{ path: 'irVersion', message: expect.stringContaining('reads IR version 1') }]);
    expect(error.message).toMatch(/`irVersion` is `2`, but this version of @propriety\/core reads IR version 1/);
  });

  it('refuses something that is not an object', () => {
    expect(loadError('pack').issues[0]!.path).toBe('');
    expect(loadError(null).message).toContain('must be an object');
  });

  it('names unknown term lists, patterns, detectors and fields, with a likely fix', () => {
    const ir = packWith(
      { when: has('topcs') },
      { when: has('rf', 'text', 'pattern') },
      { when: { op: 'and', args: [has('nope', 'text', 'detector'), { op: 'is', field: 'capacty', value: 'personal' }] } },
    );
    const error = loadError(ir);
    expect(error.issues).toEqual([
      { path: 'rules.0.when.source.id', message: 'names the unknown term list `topcs`; did you mean `topics`?' },
      { path: 'rules.1.when.source.id', message: 'names the unknown pattern `rf`; did you mean `ref`?' },
      { path: 'rules.2.when.args.0.source.id', message: 'names the unknown detector `nope`' },
      { path: 'rules.2.when.args.1.field', message: 'names the unknown field `capacty`; did you mean `capacity`?' },
    ]);
  });

  it('refuses tests that do not suit the field and values that are not among its choices', () => {
    const error = loadError(packWith(
      { when: { op: 'has', field: 'capacity', source: { kind: 'terms', id: 'topics' } } },
      { when: { op: 'is', field: 'capacity', value: 'offical' } },
      { when: { op: 'between', field: 'at', from: '2026-05-07', to: '2026-04-01' } },
      { when: { op: 'before', field: 'at', date: '2026-02-30' } },
    ));
    expect(error.issues.map((i) => i.path)).toEqual([
      'rules.0.when.op', 'rules.1.when.value', 'rules.2.when.to', 'rules.3.when.date',
    ]);
    expect(error.issues[0]!.message).toBe('`has` cannot test `capacity`, which is a fixed choice');
    expect(error.issues[1]!.message).toContain('did you mean `official`?');
    expect(error.issues[3]!.message).toContain('`2026-02-30` is not a date');
  });

  it('refuses repeated rule ids', () => {
    const error = loadError(packWith({ id: 'a', when: has('topics') }, { id: 'a', when: has('topics') }));
    expect(error.issues).toEqual([{ path: 'rules.1.id', message: 'repeats the rule id `a` of `rules.0`' }]);
  });

  it('refuses unsafe and invalid patterns in untrusted IR', () => {
    const ir = packWith({ when: has('ref', 'text', 'pattern') });
    ir.patterns.ref = { regex: '(a+)+$', flags: '' };
    ir.patterns.bad = { regex: '(', flags: '' };
    ir.patterns.flagged = { regex: 'x', flags: 'g' };
    const error = loadError(ir);
    expect(error.issues.map((i) => i.path)).toEqual(['patterns.ref.regex', 'patterns.bad.regex', 'patterns.flagged.regex']);
    expect(error.issues[0]!.message).toMatch(/^is refused: /);
  });

  it('refuses a detector that uses an unknown built-in, and bad detector options', () => {
    const ir = packWith({ when: has('links', 'text', 'detector') });
    ir.detectors = {
      links: { uses: 'lnk', options: {} },
      tags: { uses: 'hashtag', options: { tags: 'brexit', minConfidence: 3 } },
    };
    const error = loadError(ir);
    expect(error.issues.map((i) => i.path)).toEqual([
      'detectors.links.uses', 'detectors.tags.options.tags', 'detectors.tags.options.minConfidence',
    ]);
    expect(error.issues[0]!.message).toContain('names the unknown detector `lnk`; did you mean `link`?');
    expect(error.issues[2]!.message).toBe('must be at most 1');
  });

  it('accepts custom detectors passed to load', () => {
    const ir = packWith({ when: has('words', 'text', 'detector') });
    ir.detectors = { words: { uses: 'shout', options: {} } };
    expect(() => load(ir)).toThrow(IRError);
    const shout = {
      name: 'shout',
      description: 'words in capitals',
      options: z.object({}),
      detect: () => [],
    };
    expect(load(ir, { detectors: [shout] }).rules).toHaveLength(1);
  });

  it('refuses conditions nested absurdly deep', () => {
    let condition: any = has('topics');
    for (let i = 0; i < 100; i++) condition = { op: 'not', arg: condition };
    const error = loadError(packWith({ when: condition }));
    expect(error.issues[0]).toEqual({ path: 'rules.0.when', message: 'nests conditions more than 64 deep' });
  });
});
