import { describe, expect, it } from 'vitest';
import type { Condition, Pack } from '../../src/ast/nodes.js';
import { astEqual } from '../../src/ast/equal.js';
import { condition, plainNumber, print, quote } from '../../src/ast/print.js';
import { format } from '../../src/syntax/format.js';
import { parse } from '../../src/syntax/parse.js';

const MESSY = `# Leading comment
##   Pack doc, indented
pack "uk.dept"   version "2.1.0" extends "uk.base","uk.other",
 title "Dept rules"
source "Dept guidance"
terms   wordlist   "Some words"   inflect {"alpha","beta*",}
terms long { "one long phrase", "another long phrase", "a third long phrase here", "and more" }
terms wordlist += {"gamma"}
## A case number.
pattern  case /CASE-[0-9]{6}\\/x/i    "Case ref"
detector links uses link with {domains:["gov.uk","nhs.uk"],minConfidence:0.80}
##Rule doc line one
## Rule doc line two
rule   r1 {
example passes "ok"
  say "Say \\"it\\"\\twell"   # trailing on say
      when ((text has wordlist and capacity is personal) or not (at between 2026-04-01 and 2026-05-07 and title exists))
severity   review
  cite "Other" section 2
    # before tags in the source
  tags a,b,
  unless author.authorisedTopics contains "x"
example flags "bad" with capacity personal,channel.platform x,at 2026-04-10,
}
override rule r2 off
override rule r3 severity block
override rule r4 replace {say "x" when kind not in {post,reply,}}
example flags r1,r4, "text" with author.authorisedTopics ["a","b"]
# trailing comment
`;

const CANONICAL = `# Leading comment
##   Pack doc, indented
pack "uk.dept" version "2.1.0"
  title "Dept rules"
  source "Dept guidance"
  extends "uk.base", "uk.other"

terms wordlist "Some words" inflect { "alpha", "beta*" }

terms long {
  "one long phrase",
  "another long phrase",
  "a third long phrase here",
  "and more",
}

terms wordlist += { "gamma" }

## A case number.
pattern case /CASE-[0-9]{6}\\/x/i "Case ref"

detector links uses link with {
  domains: ["gov.uk", "nhs.uk"],
  minConfidence: 0.8,
}

## Rule doc line one
## Rule doc line two
rule r1 {
  # trailing on say
  severity review
  # before tags in the source
  tags a, b
  cite "Other" section 2
  when text has wordlist and capacity is personal
    or not (at between 2026-04-01 and 2026-05-07 and title exists)
  unless author.authorisedTopics contains "x"
  say "Say \\"it\\"\\twell"
  example passes "ok"
  example flags "bad" with capacity personal, channel.platform x, at 2026-04-10
}

override rule r2 off
override rule r3 severity block

override rule r4 replace {
  when kind not in { post, reply }
  say "x"
}

example flags r1, r4 "text" with author.authorisedTopics ["a", "b"]

# trailing comment
`;

describe('print', () => {
  it('formats a messy pack into the canonical form', () => {
    expect(format(MESSY)).toBe(CANONICAL);
  });

  it('leaves the canonical form as it is', () => {
    expect(format(CANONICAL)).toBe(CANONICAL);
  });

  it('keeps a stray ## comment apart from the doc of what follows', () => {
    const source = 'pack "p" version "1"\n\n## stray\n\n## doc\nrule r {}\n';
    expect(format(source)).toBe('pack "p" version "1"\n\n## stray\n\n## doc\nrule r {}\n');
    expect(parse(format(source)).body[0]).toMatchObject({ doc: 'doc' });
  });

  it('puts comments inside an empty rule back inside it', () => {
    expect(format('pack "p" version "1"\nrule r { # nothing yet\n}')).toBe('pack "p" version "1"\n\nrule r {\n  # nothing yet\n}\n');
  });

  it('writes short detector and term lists on one line and long ones one item a line', () => {
    const longOption = `"${'x'.repeat(70)}"`;
    expect(format(`pack "p" version "1"\ndetector d uses link with { a: ${longOption}, b: 1 }`)).toBe(
      `pack "p" version "1"\n\ndetector d uses link with {\n  a: ${longOption},\n  b: 1,\n}\n`,
    );
    const eighty = `terms t { "${'y'.repeat(80 - 'terms t { "" }'.length)}" }`;
    expect(eighty).toHaveLength(80);
    expect(format(`pack "p" version "1"\n${eighty}`)).toBe(`pack "p" version "1"\n\n${eighty}\n`);
  });
});

describe('condition', () => {
  const when = (source: string): Condition => {
    const pack: Pack = parse(`pack "p" version "1"\nrule r { when ${source} }`);
    const rule = pack.body[0]!;
    if (rule.type !== 'Rule' || rule.body.when === undefined) throw new Error('no condition');
    return rule.body.when;
  };

  it('prints only the parentheses the tree needs', () => {
    expect(condition(when('((a exists))'))).toBe('a exists');
    expect(condition(when('(a exists or b exists) and c exists'))).toBe('(a exists or b exists) and c exists');
    expect(condition(when('a exists or (b exists and c exists)'))).toBe('a exists or b exists and c exists');
    expect(condition(when('(a exists and b exists) and c exists'))).toBe('(a exists and b exists) and c exists');
    expect(condition(when('a exists or (b exists or c exists)'))).toBe('a exists or (b exists or c exists)');
    expect(condition(when('not (a exists)'))).toBe('not a exists');
    expect(condition(when('not (a exists and b exists)'))).toBe('not (a exists and b exists)');
    expect(condition(when('(not a exists) and b exists'))).toBe('not a exists and b exists');
  });

  it('prints every test', () => {
    for (const test of [
      'text has at least 2 x near y within 5 words',
      'capacity is not personal',
      'kind not in { post, 3, "s", true }',
      'at between 2026-01-01 and 2026-02-01T10:00:00Z',
      'at after 2026-01-01',
      'author.authorisedTopics contains "housing"',
    ]) {
      expect(condition(when(test))).toBe(test);
    }
  });
});

describe('quote', () => {
  it('escapes quotes, backslashes, line breaks, tabs and invisible characters', () => {
    expect(quote('a"b\\c\nd\te')).toBe('"a\\"b\\\\c\\nd\\te"');
    expect(quote('\u0000\r\u2028\u202e\ufeff')).toBe('"\\u{0}\\u{D}\\u{2028}\\u{202E}\\u{FEFF}"');
    expect(quote('\uD800x\uDC00')).toBe('"\\u{D800}x\\u{DC00}"');
    expect(quote('é 😀 中')).toBe('"é 😀 中"');
  });
});

describe('plainNumber', () => {
  it('never uses exponent notation and reads back as the same number', () => {
    expect(plainNumber(0.8)).toBe('0.8');
    expect(plainNumber(12)).toBe('12');
    expect(plainNumber(1e-7)).toBe('0.0000001');
    expect(plainNumber(1.5e21)).toBe('1500000000000000000000');
    expect(plainNumber(1.2345e-5)).toBe('0.000012345');
    for (const n of [1e-7, 1.5e21, 5e-324, 1.7976931348623157e308, 123.456]) expect(Number(plainNumber(n))).toBe(n);
  });
});

describe('print of a hand-built tree', () => {
  it('writes the pack doc and header lines in order', () => {
    const pack = parse('pack "a" version "1"');
    pack.doc = 'first\n\n second';
    expect(print(pack)).toBe('## first\n##\n##  second\npack "a" version "1"\n');
  });
});

describe('wrapping long conditions', () => {
  const rule = (clauses: string): string => `pack "p" version "1"\n\nrule r {\n${clauses}  say "m"\n}\n`;

  it('keeps a condition that fits in 80 columns on one line, and breaks it at 81', () => {
    const head = '  when text has aaaa and capacity is official or ';
    const fits = `${head}${'b'.repeat(80 - head.length - ' exists'.length)} exists\n`;
    expect(fits).toHaveLength(81);
    expect(format(rule(fits))).toBe(rule(fits));
    const over = fits.replace('aaaa', 'aaaaa');
    expect(format(rule(over))).toBe(rule(over.replace(' or ', '\n    or ')));
  });

  it('breaks a long chain one operand a line, the operator leading', () => {
    const source = rule(
      '  when text has policy-terms and capacity is official and author.department is not "cabinet-office" and inReplyTo exists\n',
    );
    expect(format(source)).toBe(
      rule(
        [
          '  when text has policy-terms',
          '    and capacity is official',
          '    and author.department is not "cabinet-office"',
          '    and inReplyTo exists',
          '',
        ].join('\n'),
      ),
    );
  });

  it('breaks nested groups the same way, two columns deeper, keeping their parentheses', () => {
    const source = rule(
      '  when capacity is official and ((text has opinion near topic-housing within 8 words and not author.authorisedTopics contains "housing") or (text has opinion near policy within 8 words or text has opinion near government within 8 words) and not author.authorisedTopics exists)\n' +
        '  unless not (text has announcement near published-policy within 8 words and title has announcement-words)\n',
    );
    expect(format(source)).toBe(
      rule(
        [
          '  when capacity is official',
          '    and (text has opinion near topic-housing within 8 words',
          '        and not author.authorisedTopics contains "housing"',
          '      or (text has opinion near policy within 8 words',
          '          or text has opinion near government within 8 words)',
          '        and not author.authorisedTopics exists)',
          '  unless not (text has announcement near published-policy within 8 words',
          '    and title has announcement-words)',
          '',
        ].join('\n'),
      ),
    );
  });

  it('puts the operands of a group that opens the clause deeper than the chain after it', () => {
    const source = rule(
      '  when (text has campaigning near parties within 6 words or text has endorsing near parties within 4 words) and not text has not-a-party or text has party-slogans\n',
    );
    expect(format(source)).toBe(
      rule(
        [
          '  when (text has campaigning near parties within 6 words',
          '        or text has endorsing near parties within 4 words)',
          '      and not text has not-a-party',
          '    or text has party-slogans',
          '',
        ].join('\n'),
      ),
    );
  });

  it('breaks a long in-set one value a line, and leaves a short one alone', () => {
    const source = rule(
      '  when capacity is official and channel.platform not in { facebook, instagram, linkedin, wikipedia, youtube, tiktok } and (kind in { post, reply } or inReplyTo exists)\n',
    );
    expect(format(source)).toBe(
      rule(
        [
          '  when capacity is official',
          '    and channel.platform not in {',
          '      facebook,',
          '      instagram,',
          '      linkedin,',
          '      wikipedia,',
          '      youtube,',
          '      tiktok,',
          '    }',
          '    and (kind in { post, reply } or inReplyTo exists)',
          '',
        ].join('\n'),
      ),
    );
  });

  it('formats wrapped output to itself and keeps its meaning', () => {
    for (const clauses of [
      '  when a exists and b exists and c exists and d exists and e exists and f exists and g exists and h exists\n',
      '  when (x has aaaaaaaaaaaaaaaaaaaaaaaaaaaa or x has bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb) and (x has cccccccccccccccccccccccc or not (x has dddddddddddddddddddddd and x has eeeeeeeeeeeeeeeeeeeeee))\n',
      `  unless kind in { ${Array.from({ length: 12 }, (_, i) => `value-${i}`).join(', ')} } or not k not in { ${Array.from({ length: 12 }, (_, i) => `other-${i}`).join(', ')} }\n`,
    ]) {
      const once = format(rule(clauses));
      expect(format(once)).toBe(once);
      expect(astEqual(parse(once), parse(rule(clauses)))).toBe(true);
      expect(once.split('\n').every((line) => line.length <= 80)).toBe(true);
    }
  });

  it('puts a comment inside a broken condition back in front of the operand it came before', () => {
    const source = rule(
      '  when text has aaaaaaaaaaaaaaaaaaaaaaaaaaaa\n    # the b case\n    or text has bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb # after b\n',
    );
    const formatted = format(source);
    expect(formatted).toBe(
      rule(
        [
          '  when text has aaaaaaaaaaaaaaaaaaaaaaaaaaaa',
          '    # the b case',
          '    or text has bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
          '  # after b',
          '',
        ].join('\n'),
      ),
    );
    expect(format(formatted)).toBe(formatted);
  });
});

describe('comments and blank lines between declarations', () => {
  it('keeps a blank line after a heading comment, and none where the source had none', () => {
    const source = [
      'pack "p" version "1"',
      '',
      '# ====',
      '# Section',
      '',
      '## A list.',
      'terms t { "a" }',
      '',
      '# Straight on',
      'terms u { "b" }',
      '',
    ].join('\n');
    expect(format(source)).toBe(source);
    expect(format(source.replace('# Section\n\n', '# Section\n'))).toBe(source.replace('# Section\n\n', '# Section\n'));
    expect(format(source.replace('# Section\n\n', '# Section\n\n\n\n'))).toBe(source);
  });

  it('keeps a run of one-line examples and overrides together, and a blank line the source put between them', () => {
    const source = [
      'pack "p" version "1"',
      '',
      'override rule a off',
      'override rule b severity block',
      '',
      'example passes "x"',
      'example passes "y"',
      '',
      '# Another group',
      'example passes "z"',
      '',
    ].join('\n');
    expect(format(source)).toBe(source);
    expect(format('pack "p" version "1"\nexample passes "x"\n\n\n\nexample passes "y"\noverride rule a off\n')).toBe(
      'pack "p" version "1"\n\nexample passes "x"\n\nexample passes "y"\n\noverride rule a off\n',
    );
  });

  it('breaks a term list that holds a comment, keeping the comment before its term', () => {
    expect(format('pack "p" version "1"\nterms t { "a", # why b\n "b" }\n')).toBe(
      'pack "p" version "1"\n\nterms t {\n  "a",\n  # why b\n  "b",\n}\n',
    );
  });
});
