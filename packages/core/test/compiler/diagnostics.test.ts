import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compile, safeCompile, safeCompileAst } from '../../src/compiler/compile.js';
import type { Detector } from '../../src/detectors/detector.js';
import type { DateTest, Pack, RuleDeclaration } from '../../src/ast/nodes.js';
import { parse } from '../../src/syntax/parse.js';
import { HEADER, diagnosticsOf, expectDiagnostic, positionOf } from './helpers.js';

const PARENT = `pack "uk.parent" version "1.0.0"
  source "Parent guidance"
terms controversial { "brexit", "abortion" }
pattern case-ref /\\bCASE-[0-9]{6}\\b/
detector gov-links uses link with { domains: ["gov.uk"] }
rule political-controversy {
  severity review
  when text has controversial
  say "Controversial: {match}"
  example flags "brexit"
}
rule permanence { severity advice when text has link say "Posts last" }
`;

const packs = { 'uk.parent': PARENT };

describe('diagnostics of the extends stage', () => {
  it('unknown-pack: a parent that cannot be found, with a suggestion', () => {
    const source = 'pack "child" version "1.0.0"\n  extends "uk.parnet"\n';
    expectDiagnostic(
      source,
      {
        code: 'unknown-pack',
        message: 'there is no pack named `uk.parnet`',
        at: '"uk.parnet"',
        help: 'did you mean `uk.parent`?',
      },
      { packs },
    );
  });

  it('unknown-pack: without any pack to suggest', () => {
    const source = 'pack "child" version "1.0.0"\n  extends "nowhere"\n';
    expectDiagnostic(source, {
      code: 'unknown-pack',
      message: 'there is no pack named `nowhere`',
      at: '"nowhere"',
      help: 'check the name after `extends`, and give the pack to the compiler in the `packs` option or through `resolve`',
    });
  });

  it('pack-lookup-failed: `resolve` threw', () => {
    const source = 'pack "child" version "1.0.0"\n  extends "broken"\n';
    expectDiagnostic(
      source,
      {
        code: 'pack-lookup-failed',
        message: 'looking up the pack `broken` failed: disk on fire',
        at: '"broken"',
        help: 'check that the pack is installed and readable, or give it in the `packs` option',
      },
      {
        resolve: () => {
          throw new Error('disk on fire');
        },
      },
    );
  });

  it('invalid-pack-ir: IR of another version, and IR that fails the schema', () => {
    const source = 'pack "child" version "1.0.0"\n  extends "old"\n';
    const old = { irVersion: 99, name: 'old' } as never;
    expectDiagnostic(
      source,
      {
        code: 'invalid-pack-ir',
        message:
          'the compiled pack given for `old` cannot be used: it was compiled for IR version `99`, and this compiler reads version `1`',
        at: '"old"',
        help: 'compile that pack again with this version of Propriety, or give its source instead',
      },
      { packs: { old } },
    );
    const broken = { irVersion: 1, name: 'old', version: '1.0.0', packs: [], termLists: {}, patterns: {}, detectors: {}, rules: 'no', examples: [] } as never;
    expectDiagnostic(
      source,
      {
        code: 'invalid-pack-ir',
        message: /^the compiled pack given for `old` cannot be used: `rules` is not valid \(.+\)$/,
        at: '"old"',
        help: 'compile that pack again from its source, or give its source instead',
      },
      { packs: { old: broken } },
    );
  });

  it('pack-name-mismatch: the pack found declares another name', () => {
    const source = 'pack "child" version "1.0.0"\n  extends "alias"\n';
    expectDiagnostic(
      source,
      {
        code: 'pack-name-mismatch',
        message: 'the pack found for `alias` is named `uk.parent`',
        at: '"alias"',
        help: 'check the name after `extends`, or give the pack named `alias` under that name',
      },
      { packs: { alias: PARENT } },
    );
  });

  it('cyclic-extends: a pack that extends itself', () => {
    const source = 'pack "loop" version "1.0.0"\n  extends "loop"\n';
    expectDiagnostic(source, {
      code: 'cyclic-extends',
      message: 'the pack `loop` extends itself: `loop` → `loop`',
      at: '"loop"',
      occurrence: 1,
      help: 'remove one of the `extends` in the chain; a pack cannot build on itself',
    });
  });

  it('parent-has-errors: one diagnostic at the `extends`, the parent errors in notes', () => {
    const broken = 'pack "broken" version "1.0.0"\nrule r { severity block when text has nothing say "x" }\nrule s { when text has link say "y" }\n';
    const source = 'pack "child" version "1.0.0"\n  extends "broken"\n';
    const d = expectDiagnostic(
      source,
      {
        code: 'parent-has-errors',
        message: 'the pack `broken` cannot be extended because it has 2 errors',
        at: '"broken"',
        help: 'fix the errors in `broken` shown below, then compile this pack again',
      },
      { resolve: (name) => (name === 'broken' ? { source: broken, file: 'broken.prop' } : undefined) },
    );
    expect(d.notes?.map((n) => n.message)).toEqual([
      'there is no term list, pattern or detector named `nothing` [unknown-source]',
      'the rule `s` has no `severity` clause [missing-clause]',
    ]);
    expect(d.notes?.[0]?.location?.source).toBe('broken.prop');
    expect(d.notes?.[0]?.location?.start).toMatchObject(positionOf(broken, 'nothing'));
  });

  it('duplicate-extends: the same parent twice is a warning', () => {
    const source = 'pack "child" version "1.0.0"\n  extends "uk.parent", "uk.parent"\n';
    const d = expectDiagnostic(
      source,
      {
        code: 'duplicate-extends',
        message: 'this pack extends `uk.parent` twice',
        at: '"uk.parent"',
        occurrence: 1,
        help: 'remove the second `uk.parent`',
        severity: 'warning',
      },
      { packs },
    );
    expect(d.notes?.[0]?.location?.start).toMatchObject(positionOf(source, '"uk.parent"'));
  });

  it('conflicting-parents: two parents with different rules of one id', () => {
    const a = 'pack "a" version "1.0.0"\nrule r { severity block when text has link say "a" }\n';
    const b = 'pack "b" version "1.0.0"\nrule r { severity advice when text has link say "b" }\n';
    const source = 'pack "child" version "1.0.0"\n  extends "a", "b"\n';
    expectDiagnostic(
      source,
      {
        code: 'conflicting-parents',
        message: '`a` and `b` both have a rule `r`, and they differ',
        at: '"b"',
        help: 'extend only one of them, or make `r` the same in both',
      },
      { packs: { a, b } },
    );
  });
});

describe('diagnostics of the header', () => {
  it('invalid-version: not semantic versioning', () => {
    const source = 'pack "p" version "1.0"\n';
    expectDiagnostic(source, {
      code: 'invalid-version',
      message: '`1.0` is not a version number',
      at: '"1.0"',
      help: 'write the version as three numbers, such as `1.0.0` (semantic versioning)',
    });
  });

  it('invalid-pack-name: a name with spaces', () => {
    const source = 'pack "my pack" version "1.0.0"\n';
    expectDiagnostic(source, {
      code: 'invalid-pack-name',
      message: '`my pack` cannot be the name of a pack',
      at: '"my pack"',
      help: 'write the name as one word of letters, digits, dots and dashes, such as `uk.example-department.social-media`',
    });
  });
});

describe('diagnostics of duplicate declarations', () => {
  it('duplicate-rule: twice in one pack, with a note at the first', () => {
    const source = `${HEADER}rule r { severity block when text has link say "a" }\nrule r { severity block when text has link say "b" }\n`;
    const d = expectDiagnostic(source, {
      code: 'duplicate-rule',
      message: 'the rule `r` is declared twice',
      at: 'r {',
      occurrence: 1,
      help: 'give one of the rules another id, or merge them into one',
    });
    expect(d.notes?.[0]).toMatchObject({ message: 'the rule is first declared here' });
    expect(d.notes?.[0]?.location?.start).toMatchObject(positionOf(source, 'r {'));
  });

  it('duplicate-rule: a rule a parent already has must be overridden', () => {
    const source = 'pack "child" version "1.0.0"\n  extends "uk.parent"\nrule permanence { severity block when text has link say "b" }\n';
    const d = expectDiagnostic(
      source,
      {
        code: 'duplicate-rule',
        message: 'the rule `permanence` already comes from `uk.parent`',
        at: 'permanence',
        help: 'to change it, write `override rule permanence replace { … }`, or `override rule permanence severity …` to change only how severe it is',
      },
      { packs },
    );
    expect(d.notes?.[0]?.message).toBe('`uk.parent` declares it at line 12, column 1');
  });

  it('duplicate-term-list: declared twice, and declared again in a child', () => {
    const own = `${HEADER}terms t { "a" }\nterms t { "b" }\n`;
    expectDiagnostic(own, {
      code: 'duplicate-term-list',
      message: 'the term list `t` is declared twice',
      at: 't {',
      occurrence: 1,
      help: 'merge the two lists, or add to the first one with `terms t += { … }`',
    });
    const child = 'pack "child" version "1.0.0"\n  extends "uk.parent"\nterms controversial { "fuel duty" }\n';
    expectDiagnostic(
      child,
      {
        code: 'duplicate-term-list',
        message: 'the term list `controversial` already comes from `uk.parent`',
        at: 'controversial',
        help: 'to add terms to it, write `terms controversial += { … }`; to remove some, `terms controversial -= { … }`',
      },
      { packs },
    );
  });

  it('duplicate-pattern', () => {
    const source = `${HEADER}pattern p /a/\npattern p /b/\n`;
    expectDiagnostic(source, {
      code: 'duplicate-pattern',
      message: 'the pattern `p` is declared twice',
      at: 'p /b/',
      help: 'give one of the patterns another id',
    });
  });

  it('duplicate-detector', () => {
    const source = `${HEADER}detector d uses link\ndetector d uses mention\n`;
    expectDiagnostic(source, {
      code: 'duplicate-detector',
      message: 'the detector `d` is declared twice',
      at: 'd uses mention',
      help: 'give one of the detectors another id',
    });
  });

  it('duplicate-source: a term list and a pattern of one name', () => {
    const source = `${HEADER}terms refs { "a" }\npattern refs /b/\n`;
    expectDiagnostic(source, {
      code: 'duplicate-source',
      message: '`refs` is already the name of a term list',
      at: 'refs /b/',
      help: 'give the pattern another id: term lists, patterns and detectors share their names, because `has` can name any of them',
    });
  });

  it('duplicate-override', () => {
    const source = 'pack "child" version "1.0.0"\n  extends "uk.parent"\noverride rule permanence off\noverride rule permanence severity block\n';
    expectDiagnostic(
      source,
      {
        code: 'duplicate-override',
        message: 'the rule `permanence` is overridden twice',
        at: 'permanence',
        occurrence: 1,
        help: 'keep one override of the rule; `replace { … }` can set its severity too',
      },
      { packs },
    );
  });

  it('shadows-builtin-detector: a term list named like a built-in detector is a warning', () => {
    const source = `${HEADER}terms link { "url" }\n`;
    expectDiagnostic(source, {
      code: 'shadows-builtin-detector',
      message: 'the term list `link` hides the built-in detector `link` in this pack',
      at: 'link',
      help: 'give the term list another id, so that `link` still means the built-in detector',
      severity: 'warning',
    });
  });

  it('reserved-name: names that would reach an object prototype', () => {
    const source = `${HEADER}terms __proto__ { "a" }\n`;
    expectDiagnostic(source, {
      code: 'reserved-name',
      message: '`__proto__` cannot be used as a name',
      at: '__proto__',
      help: 'choose another name; `__proto__`, `constructor` and `prototype` are reserved',
    });
  });
});

describe('diagnostics of names', () => {
  it('unknown-source: did you mean, across term lists, patterns and detectors', () => {
    const source = `${HEADER}terms controversial { "a" }\nrule r { severity block when text has controversal say "x" }\n`;
    expectDiagnostic(source, {
      code: 'unknown-source',
      message: 'there is no term list, pattern or detector named `controversal`',
      at: 'controversal',
      help: 'did you mean `controversial`?',
    });
    const builtin = `${HEADER}rule r { severity block when text has hashtg say "x" }\n`;
    expectDiagnostic(builtin, {
      code: 'unknown-source',
      message: 'there is no term list, pattern or detector named `hashtg`',
      at: 'hashtg',
      help: 'did you mean `hashtag`?',
    });
  });

  it('unknown-source: a rule named after `has`, and in `near`', () => {
    const source = `${HEADER}rule r { severity block when text has link near r within 3 words say "x" }\n`;
    expectDiagnostic(source, {
      code: 'unknown-source',
      message: '`r` is a rule, not a term list, pattern or detector',
      at: 'r within',
      help: 'name a term list, a pattern or a detector after `has`; rules cannot be tested by other rules',
    });
  });

  it('unknown-term-list: `+=` on a list that does not exist, and on a pattern', () => {
    const source = `${HEADER}terms controversial { "a" }\nterms controversal += { "b" }\n`;
    expectDiagnostic(source, {
      code: 'unknown-term-list',
      message: 'there is no term list named `controversal` to add to',
      at: 'controversal',
      help: 'did you mean `controversial`?',
    });
    const pattern = `${HEADER}pattern refs /a/\nterms refs -= { "b" }\n`;
    expectDiagnostic(pattern, {
      code: 'unknown-term-list',
      message: '`refs` is a pattern, not a term list, so there are no terms to remove from',
      at: 'refs -=',
      help: 'name a term list after `terms`, or declare a new one with `terms refs-terms { … }`',
    });
  });

  it('override-missing-rule: in a pack that extends another', () => {
    const source = 'pack "child" version "1.0.0"\n  extends "uk.parent"\noverride rule permenance off\n';
    expectDiagnostic(
      source,
      {
        code: 'override-missing-rule',
        message: 'there is no rule `permenance` to override in `uk.parent`',
        at: 'permenance',
        help: 'did you mean `permanence`?',
      },
      { packs },
    );
  });

  it('override-missing-rule: in a pack that extends nothing', () => {
    const source = `${HEADER}override rule permanence severity block\n`;
    expectDiagnostic(source, {
      code: 'override-missing-rule',
      message: 'this pack extends no pack, so it has no rule `permanence` to override',
      at: 'permanence',
      help: 'declare a new rule with `rule permanence { … }`, or add `extends "…"` to the header',
    });
  });

  it('override-own-rule: a warning, and the override still applies', () => {
    const source = `${HEADER}override rule r severity advice\nrule r { severity block when text has link say "a" }\n`;
    expectDiagnostic(source, {
      code: 'override-own-rule',
      message: 'the rule `r` is declared in this pack, so it does not need an override',
      at: 'r severity',
      help: 'change the rule `r` where it is declared, at line 4',
      severity: 'warning',
    });
    expect(compile(source).rules.map((r) => [r.id, r.severity])).toEqual([['r', 'advice']]);
  });

  it('unknown-rule: an example naming a rule that does not exist', () => {
    const source = 'pack "child" version "1.0.0"\n  extends "uk.parent"\nexample flags political-controversey "brexit"\n';
    expectDiagnostic(
      source,
      {
        code: 'unknown-rule',
        message: 'there is no rule named `political-controversey`',
        at: 'political-controversey',
        help: 'did you mean `political-controversy`?',
      },
      { packs },
    );
  });
});

describe('diagnostics of fields and values', () => {
  const rule = (condition: string) => `${HEADER}rule r {\n  severity block\n  when ${condition}\n  say "x"\n}\n`;

  it('unknown-field: did you mean, within a group, and without `activity.`', () => {
    expectDiagnostic(rule('chanel.platform is x'), {
      code: 'unknown-field',
      message: 'there is no field `chanel.platform`',
      at: 'chanel.platform',
      help: 'did you mean `channel.platform`?',
    });
    expectDiagnostic(rule('author.authorisedOn contains "x"'), {
      code: 'unknown-field',
      message: 'there is no field `author.authorisedOn`',
      at: 'author.authorisedOn',
      help: 'did you mean `author.authorisedTopics`?',
    });
    expectDiagnostic(rule('author.team is "x"'), {
      code: 'unknown-field',
      message: 'there is no field `author.team`',
      at: 'author.team',
      help: 'the fields of `author` are `author.department`, `author.role`, `author.device`, `author.onGovernmentNetwork` or `author.authorisedTopics`',
    });
    expectDiagnostic(rule('mood is happy'), {
      code: 'unknown-field',
      message: 'there is no field `mood`',
      at: 'mood',
      help: /^the fields are `text`, `title`, /,
    });
    expectDiagnostic(rule('activity.at after 2026-01-01'), {
      code: 'unknown-field',
      message: 'there is no field `activity.at`',
      at: 'activity.at',
      help: 'write `at`: fields are named without `activity.`',
    });
  });

  it('test-not-applicable: `has` on an enum, `is` on a date, `before` on text, `is` on a list', () => {
    expectDiagnostic(rule('capacity has link'), {
      code: 'test-not-applicable',
      message: '`has` does not apply to `capacity`, which is one of `official` or `personal`',
      at: 'capacity has',
      help: 'compare it with `is` or `in`, such as `capacity is official`',
    });
    expectDiagnostic(rule('at is personal'), {
      code: 'test-not-applicable',
      message: '`is` does not apply to `at`, which is a date',
      at: 'at is',
      help: 'compare it with `before`, `after` or `between`, such as `at after 2026-04-01`',
    });
    expectDiagnostic(rule('text before 2026-01-01'), {
      code: 'test-not-applicable',
      message: '`before` does not apply to `text`, which is text',
      at: 'text before',
      help: 'look for something in it with `has`, such as `text has controversial`',
    });
    expectDiagnostic(rule('author.authorisedTopics is x'), {
      code: 'test-not-applicable',
      message: '`is` does not apply to `author.authorisedTopics`, which is a list of words',
      at: 'author.authorisedTopics',
      help: 'look for a word in it with `contains`, such as `author.authorisedTopics contains "housing"`',
    });
  });

  it('wrong-kind: a word for a boolean, a date for an enum, a number in `contains`', () => {
    expectDiagnostic(rule('inReplyTo.verified is personal'), {
      code: 'wrong-kind',
      message: '`inReplyTo.verified` is `true` or `false`, so it cannot be a word like `personal`',
      at: 'personal',
      help: 'write `true` or `false`',
    });
    expectDiagnostic(rule('capacity is 2026-01-01'), {
      code: 'wrong-kind',
      message: '`capacity` is one of `official` or `personal`, so it cannot be a date like `2026-01-01`',
      at: '2026-01-01',
      help: 'write one of `official` or `personal`',
    });
    expectDiagnostic(rule('author.authorisedTopics contains 3'), {
      code: 'wrong-kind',
      message: '`contains` looks for a word in `author.authorisedTopics`, so it cannot look for `3`',
      at: '3\n',
      help: 'write the word in quotes, such as `author.authorisedTopics contains "housing"`',
    });
  });

  it('unknown-value: a platform that is not in the list', () => {
    expectDiagnostic(rule('channel.platform in { x, facebok }'), {
      code: 'unknown-value',
      message:
        '`facebok` is not a `channel.platform`; expected one of `x`, `facebook`, `linkedin`, `instagram`, `mastodon`, `bluesky`, `youtube`, `tiktok`, `wikipedia`, `blog`, `forum`, `other`',
      at: 'facebok',
      help: 'did you mean `facebook`?',
    });
  });

  it('invalid-date: the checker refuses impossible dates in a syntax tree (the parser already does in source)', () => {
    const source = rule('at before 2026-02-30');
    const fromParser = diagnosticsOf(source);
    expect(fromParser).toHaveLength(1);
    expect(fromParser[0]?.message).toBe('`2026-02-30` is not a date: February 2026 has 28 days');
    expect(fromParser[0]?.location?.start).toMatchObject(positionOf(source, '2026-02-30'));

    const ast = parse(rule('at before 2026-02-28'), { file: 'test.prop' });
    const test = (ast.body[0] as RuleDeclaration).body.when as DateTest;
    test.from = { ...test.from, value: '2026-02-30' };
    const result = safeCompileAst(ast, { file: 'test.prop' });
    expect(result.ok).toBe(false);
    const d = result.ok ? undefined : result.diagnostics.find((x) => x.code === 'invalid-date');
    expect(d).toMatchObject({
      message: '`2026-02-30` is not a date: February 2026 has 28 days',
      help: 'write a date that exists, as `YYYY-MM-DD` (such as `2026-04-01`), or with a time and zone (such as `2026-04-01T09:00:00Z`)',
      location: { source: 'test.prop', start: positionOf(rule('at before 2026-02-28'), '2026-02-28') },
    });
  });

  it('reversed-date-range: `between` with the later date first', () => {
    expectDiagnostic(rule('at between 2026-05-07 and 2026-04-01'), {
      code: 'reversed-date-range',
      message: '`between 2026-05-07 and 2026-04-01` can never hold, because `2026-05-07` is after `2026-04-01`',
      at: 'at between',
      help: 'write the earlier date first: `between 2026-04-01 and 2026-05-07`',
    });
  });
});

describe('diagnostics of patterns and detectors', () => {
  it('unsafe-pattern: points at the regular expression', () => {
    const source = `${HEADER}pattern nested /(a+)+$/\n`;
    expectDiagnostic(source, {
      code: 'unsafe-pattern',
      message:
        'the pattern `nested` is refused because it could be too slow: some texts make it backtrack so much that checking could take time that grows faster than the text',
      at: '/(a+)+$/',
      help: /^rewrite it so that no part can match the same text in two ways/,
    });
  });

  it('invalid-pattern: a syntax error, and a flag that is not allowed', () => {
    const source = `${HEADER}pattern open /(ab/\n`;
    expectDiagnostic(source, {
      code: 'invalid-pattern',
      message: /^the pattern `open` cannot be used: it is not a valid regular expression \(.+\)$/,
      at: '/(ab/',
      help: 'check for an unclosed `(` or `[`, a stray `)`, or a `\\` before a character that needs none',
    });
    const flags = `${HEADER}pattern global /ab/g\n`;
    expectDiagnostic(flags, {
      code: 'invalid-pattern',
      message: 'the pattern `global` cannot be used: the flag `g` is not allowed',
      at: '/ab/g',
      help: 'only `i` (ignore case) and `u` (Unicode) may follow the closing `/`',
    });
  });

  it('unknown-detector: `uses` names no built-in detector', () => {
    const source = `${HEADER}detector links uses lnk\n`;
    expectDiagnostic(source, {
      code: 'unknown-detector',
      message: 'there is no built-in detector named `lnk`',
      at: 'lnk',
      help: 'did you mean `link`?',
    });
  });

  it('invalid-detector-option: an unknown key, a bad value, a key given twice', () => {
    const unknownKey = `${HEADER}detector gov uses link with { domain: ["gov.uk"] }\n`;
    expectDiagnostic(unknownKey, {
      code: 'invalid-detector-option',
      message: '`domain` is not an option of the detector `link`',
      at: 'domain',
      help: 'did you mean `domains`?',
    });
    const badValue = `${HEADER}detector gov uses link with { minConfidence: 2 }\n`;
    expectDiagnostic(badValue, {
      code: 'invalid-detector-option',
      message: '`2` is not a valid `minConfidence` for the detector `link`',
      at: '2 }',
      help: /^too big/,
    });
    const twice = `${HEADER}detector gov uses link with { minConfidence: 0.5, minConfidence: 0.6 }\n`;
    expectDiagnostic(twice, {
      code: 'invalid-detector-option',
      message: 'the option `minConfidence` is given twice',
      at: 'minConfidence',
      occurrence: 1,
      help: 'keep one of the two',
    });
  });
});

describe('detectors given by the host', () => {
  const watchlist: Detector<{ handles: string[] }> = {
    name: 'watchlist',
    description: 'Handles on a watch list',
    options: z.object({ handles: z.array(z.string()).min(1) }),
    detect: () => [],
  };
  const detectors = new Map([['watchlist', watchlist]]);

  it('are the only ones `uses` and `has` may name', () => {
    const source = `${HEADER}detector w uses watchlist with { handles: ["@a"] }\nrule r { severity block when text has w or text has watchlist or text has link say "x" }\n`;
    const diagnostics = diagnosticsOf(source, { detectors });
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['unknown-source', 'there is no term list, pattern or detector named `link`'],
    ]);
  });

  it('have their options checked by their own schema: required options and unknown keys', () => {
    const missing = `${HEADER}detector w uses watchlist\n`;
    expectDiagnostic(
      missing,
      {
        code: 'invalid-detector-option',
        message: 'the detector `watchlist` needs the option `handles`',
        at: 'watchlist',
        help: /^add `handles: …` inside `with \{ … \}` \(.+\)$/,
      },
      { detectors },
    );
    const unknown = `${HEADER}detector w uses watchlist with { handles: ["@a"], colour: "red" }\n`;
    expectDiagnostic(
      unknown,
      {
        code: 'invalid-detector-option',
        message: '`colour` is not an option of the detector `watchlist`',
        at: 'colour',
        help: 'its options are `handles`',
      },
      { detectors },
    );
    const empty = `${HEADER}detector w uses watchlist with { handles: [] }\n`;
    expectDiagnostic(
      empty,
      {
        code: 'invalid-detector-option',
        message: '`[]` is not a valid `handles` for the detector `watchlist`',
        at: '[]',
        help: /^too small/,
      },
      { detectors },
    );
  });

  it('keep the options as written in the IR', () => {
    const ir = compile(`${HEADER}detector w uses watchlist with { handles: ["@a", "@b"] }\nrule r { severity block when text has w say "x" }\n`, { detectors });
    expect(ir.detectors).toEqual({ w: { uses: 'watchlist', options: { handles: ['@a', '@b'] } } });
  });
});

describe('diagnostics of rules', () => {
  it('missing-clause: each required clause', () => {
    const source = `${HEADER}rule bare { tags x }\n`;
    const all = diagnosticsOf(source).filter((d) => d.code === 'missing-clause');
    expect(all.map((d) => [d.message, d.help])).toEqual([
      ['the rule `bare` has no `severity` clause', 'add `severity block`, `severity review`, `severity advice` or `severity off`'],
      ['the rule `bare` has no `when` clause', 'add `when` with the condition that makes the rule fire, such as `when text has controversial`'],
      ['the rule `bare` has no `say` clause', 'add `say "…"` with the message shown when the rule fires'],
    ]);
    for (const d of all) expect(d.location?.start).toMatchObject(positionOf(source, 'bare'));
  });

  it('unknown-placeholder: points inside the string', () => {
    const source = `${HEADER}rule r { severity block when text has link say "Found {match} and {matc}" }\n`;
    expectDiagnostic(source, {
      code: 'unknown-placeholder',
      message: '`{matc}` in `say` is not a placeholder the checker can fill in',
      at: '{matc}',
      help: 'did you mean `{match}`?',
    });
    const suggest = `${HEADER}rule r { severity block when text has link say "x" suggest "Remove {everything}" }\n`;
    expectDiagnostic(suggest, {
      code: 'unknown-placeholder',
      message: '`{everything}` in `suggest` is not a placeholder the checker can fill in',
      at: '{everything}',
      help: 'the placeholders are `{match}`, `{matches}`, `{count}` and `{term}`; to show braces as they are, rephrase without them',
    });
  });

  it('invalid-count: `within 0 words` and `at least 0`', () => {
    const near = `${HEADER}rule r { severity block when text has link near mention within 0 words say "x" }\n`;
    expectDiagnostic(near, {
      code: 'invalid-count',
      message: 'the number in `within 0 words` must be at least 1',
      at: '0 words',
      help: 'write how many words apart the two may be, as a whole number from 1, such as `within 8 words`',
    });
    const atLeast = `${HEADER}rule r { severity block when text has at least 0 link say "x" }\n`;
    expectDiagnostic(atLeast, {
      code: 'invalid-count',
      message: 'the number in `at least 0` must be at least 1',
      at: '0 link',
      help: 'write a whole number from 1, such as `at least 2`, or leave out `at least`',
    });
    const fraction = `${HEADER}rule r { severity block when text has at least 1.5 link say "x" }\n`;
    expectDiagnostic(fraction, {
      code: 'invalid-count',
      message: 'the number in `at least 1.5` must be a whole number',
      at: '1.5',
      help: 'write a whole number from 1, such as `at least 2`, or leave out `at least`',
    });
  });

  it('missing-citation-source: `cite section` in a pack without `source` is a warning', () => {
    const source = 'pack "p" version "1.0.0"\nrule r { severity block cite section 3 when text has link say "x" }\n';
    expectDiagnostic(source, {
      code: 'missing-citation-source',
      message: 'the rule `r` cites a section without saying of what, and the pack has no `source`',
      at: 'cite',
      help: 'add `source "…"` to the pack header, or name the guidance in the citation: `cite "…" section 3`',
      severity: 'warning',
    });
  });

  it('internal-error: a hand-built tree that slips past the grammar still cannot produce invalid IR', () => {
    const ast: Pack = parse(`${HEADER}rule r { severity block when text has link say "x" }\n`, { file: 'test.prop' });
    const body = (ast.body[0] as RuleDeclaration).body;
    body.severity = { ...body.severity!, value: 'fatal' as never };
    const result = safeCompileAst(ast, { file: 'test.prop' });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.diagnostics.map((d) => d.code)).toEqual(['internal-error']);
  });
});

describe('diagnostics of term lists', () => {
  it('empty-term', () => {
    const source = `${HEADER}terms t { "a", "  " }\n`;
    expectDiagnostic(source, {
      code: 'empty-term',
      message: 'a term cannot be empty',
      at: '"  "',
      help: 'write the word or phrase to look for between the quotes, or remove the term',
    });
  });

  it('duplicate-term: twice in a list, and added again with `+=` (warnings)', () => {
    const twice = `${HEADER}terms t { "Brexit", "brexit" }\n`;
    expectDiagnostic(twice, {
      code: 'duplicate-term',
      message: '`brexit` is in the term list `t` twice',
      at: '"brexit"',
      help: 'remove one of them; case and spacing do not matter when terms are compared',
      severity: 'warning',
    });
    const added = `${HEADER}terms t { "fuel duty" }\nterms t += { "Fuel  Duty" }\n`;
    expectDiagnostic(added, {
      code: 'duplicate-term',
      message: '`Fuel  Duty` is already in the term list `t`',
      at: '"Fuel  Duty"',
      help: 'remove it from the `+=`',
      severity: 'warning',
    });
  });

  it('unknown-term: `-=` of a term the list does not have (warning)', () => {
    const source = 'pack "child" version "1.0.0"\n  extends "uk.parent"\nterms controversial -= { "abortoin" }\n';
    expectDiagnostic(
      source,
      {
        code: 'unknown-term',
        message: '`abortoin` is not in the term list `controversial`, so there is nothing to remove',
        at: '"abortoin"',
        help: 'did you mean `abortion`?',
        severity: 'warning',
      },
      { packs },
    );
  });
});

describe('diagnostics of examples', () => {
  it('example-needs-rule: a top-level `flags` without a rule', () => {
    const source = `${HEADER}rule r { severity block when text has link say "x" }\nexample flags "see gov.uk"\n`;
    expectDiagnostic(source, {
      code: 'example-needs-rule',
      message: 'an example outside a rule that `flags` must name the rule that flags it',
      at: 'example',
      help: 'write the rule id after `flags`, such as `example flags political-controversy "…"`, or move the example into the rule',
    });
  });

  it('duplicate-example-field: a field set twice, and `text` in `with`', () => {
    const twice = `${HEADER}rule r { severity block when text has link say "x" example flags "a" with capacity official, capacity personal }\n`;
    expectDiagnostic(twice, {
      code: 'duplicate-example-field',
      message: 'the field `capacity` is set twice in this example',
      at: 'capacity personal',
      help: 'keep one of the two values',
    });
    const text = `${HEADER}rule r { severity block when text has link say "x" example flags "a" with text "b" }\n`;
    expectDiagnostic(text, {
      code: 'duplicate-example-field',
      message: 'the text of an example is the string after `flags` or `passes`, so `with` cannot set `text`',
      at: 'text "b"',
      help: 'remove `text` from `with`, and put the text in the string of the example',
    });
  });

  it('example dates are checked against the calendar', () => {
    const source = `${HEADER}rule r { severity block when text has link say "x" example flags "a" with at 2026-04-01 }\n`;
    const ast = parse(source, { file: 'test.prop' });
    const field = (ast.body[0] as RuleDeclaration).body.examples[0]!.activity[0]!;
    field.value = { ...field.value, type: 'Date', value: '2026-04-31' } as never;
    const result = safeCompileAst(ast, { file: 'test.prop' });
    expect(result.ok ? [] : result.diagnostics.map((d) => [d.code, d.message, d.location?.start.column])).toEqual([
      ['invalid-date', '`2026-04-31` is not a date: April 2026 has 30 days', positionOf(source, '2026-04-01').column],
    ]);
  });

  it('example fields are checked like conditions: unknown field, wrong kind, unknown value', () => {
    const source = `${HEADER}rule r { severity block when text has link say "x" example flags "a" with chanel.platform x, inReplyTo.verified yes, capacity offical }\n`;
    const codes = diagnosticsOf(source).map((d) => [d.code, d.location?.start.column]);
    expect(codes).toEqual([
      ['unknown-field', positionOf(source, 'chanel').column],
      ['wrong-kind', positionOf(source, 'yes').column],
      ['unknown-value', positionOf(source, 'offical').column],
    ]);
  });
});

describe('all diagnostics carry a file, a place, a message and help', () => {
  it('for a pack with one of each', () => {
    const source = `${HEADER}terms t { "a" }\nrule r { severity block when text has tt and capacity is offical say "{x}" }\nexample flags "q"\n`;
    const result = safeCompile(source, { file: 'many.prop' });
    expect(result.ok).toBe(false);
    const all = result.ok ? [] : result.diagnostics;
    expect(all.length).toBeGreaterThanOrEqual(4);
    for (const d of all) {
      expect(d.location?.source).toBe('many.prop');
      expect(d.location?.start.line).toBeGreaterThan(0);
      expect(d.message).not.toMatch(/\.$/);
      expect(d.help).toBeTruthy();
      expect(d.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });
});
