import type { Identifier, NumberLiteral, RuleBody, SourceRange, StringLiteral } from '../../ast/nodes.js';
import { didYouMean } from '../../diagnostics/did-you-mean.js';
import { rangeAt } from '../../syntax/source-position.js';
import type { CheckContext } from '../context.js';
import type { Session } from '../session.js';
import { forEachBodyTest, ruleBodies } from '../walk.js';
import { listAnd } from '../wording.js';

/** The placeholders the engine fills in a rule's `say` and `suggest`. */
export const PLACEHOLDERS: readonly string[] = ['match', 'matches', 'count', 'term'];

const REQUIRED_HELP = {
  severity: 'add `severity block`, `severity review`, `severity advice` or `severity off`',
  when: 'add `when` with the condition that makes the rule fire, such as `when text has controversial`',
  say: 'add `say "…"` with the message shown when the rule fires',
} as const;

/**
 * Checks each rule body (of a rule or an `override … replace`): the required
 * clauses `severity`, `when` and `say` are there; `say` and `suggest` use only
 * the placeholders the engine fills in; counts in `at least N` and `within N
 * words` are whole numbers from 1; and `cite section …` has a source to refer
 * to. (A clause written twice is reported by the parser, which sees both.)
 */
export function checkRules(ctx: CheckContext): void {
  const packSource = ctx.pack.header.source?.value ?? ctx.inherited.source;
  for (const { id, body } of ruleBodies(ctx.pack)) {
    checkRequiredClauses(ctx.session, id, body);
    if (body.message !== undefined) checkPlaceholders(ctx.session, body.message, 'say');
    if (body.suggestion !== undefined) checkPlaceholders(ctx.session, body.suggestion, 'suggest');
    forEachBodyTest(body, (test) => {
      if (test.type !== 'Has') return;
      if (test.atLeast !== undefined) {
        checkCount(ctx.session, test.atLeast, 'at least', `\`at least ${test.atLeast.value}\``);
      }
      if (test.near !== undefined) {
        checkCount(ctx.session, test.near.within, 'within', `\`within ${test.near.within.value} words\``);
      }
    });
    const citation = body.citation;
    if (citation !== undefined && citation.source === undefined && packSource === undefined) {
      ctx.session.warning(
        'missing-citation-source',
        `the rule \`${id.name}\` cites a section without saying of what, and the pack has no \`source\``,
        citation,
        { help: 'add `source "…"` to the pack header, or name the guidance in the citation: `cite "…" section 3`' },
      );
    }
  }
}

function checkRequiredClauses(session: Session, id: Identifier, body: RuleBody): void {
  const missing: (keyof typeof REQUIRED_HELP)[] = [];
  if (body.severity === undefined) missing.push('severity');
  if (body.when === undefined) missing.push('when');
  if (body.message === undefined) missing.push('say');
  for (const clause of missing) {
    session.error('missing-clause', `the rule \`${id.name}\` has no \`${clause}\` clause`, id, {
      help: REQUIRED_HELP[clause],
    });
  }
}

function checkCount(session: Session, count: NumberLiteral, keyword: string, written: string): void {
  if (Number.isInteger(count.value) && count.value >= 1) return;
  const reason = Number.isInteger(count.value) ? 'must be at least 1' : 'must be a whole number';
  session.error('invalid-count', `the number in ${written} ${reason}`, count, {
    help:
      keyword === 'within'
        ? 'write how many words apart the two may be, as a whole number from 1, such as `within 8 words`'
        : 'write a whole number from 1, such as `at least 2`, or leave out `at least`',
  });
}

function checkPlaceholders(session: Session, literal: StringLiteral, clause: string): void {
  const seen = new Map<string, number>();
  for (const found of literal.value.matchAll(/\{([^{}]*)\}/gu)) {
    const name = found[1] ?? '';
    if (PLACEHOLDERS.includes(name)) continue;
    const nth = seen.get(name) ?? 0;
    seen.set(name, nth + 1);
    const suggestion = didYouMean(name, PLACEHOLDERS);
    const others = listAnd(PLACEHOLDERS.map((p) => `{${p}}`));
    session.error(
      'unknown-placeholder',
      `\`{${name}}\` in \`${clause}\` is not a placeholder the checker can fill in`,
      placeholderRange(session, literal, `{${name}}`, nth),
      {
        help:
          suggestion !== undefined
            ? `did you mean \`{${suggestion}}\`?`
            : `the placeholders are ${others}; to show braces as they are, rephrase without them`,
      },
    );
  }
}

/** The place of the `nth` occurrence of `placeholder` inside a string literal, when the text is known. */
function placeholderRange(session: Session, literal: StringLiteral, placeholder: string, nth: number): SourceRange {
  const text = session.text;
  if (text === undefined) return literal.location;
  const start = literal.location.start.offset;
  const end = literal.location.end.offset;
  let at = start - 1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(placeholder, at + 1);
    if (at < 0 || at >= end) return literal.location;
  }
  return rangeAt(text, at, at + placeholder.length);
}
