import type { Identifier, Pack, RuleOverride, TermsEdit } from '../../ast/nodes.js';
import { didYouMean } from '../../diagnostics/did-you-mean.js';
import type { CheckContext } from '../context.js';
import { resolveSource } from '../context.js';
import { sourceNoun } from '../describe-symbol.js';
import { forEachBodyTest, packExamples, ruleBodies } from '../walk.js';

/**
 * Names that would collide with the properties every JavaScript object has:
 * the IR keys its term lists, patterns and detectors by name, and a pack must
 * not be able to reach an object's prototype through them.
 */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Checks that every name used refers to something: the sources of `has`
 * tests (term lists, patterns, detectors, built-in detectors), the list of
 * each `terms … +=`/`-=`, the rule of each `override rule` (which should come
 * from a pack this one extends; overriding a rule of this pack is only a
 * warning) and the rules named by examples. Each unknown
 * name gets a "did you mean" over everything that could stand there, or is
 * told what kind of thing it does name.
 */
export function checkNames(ctx: CheckContext): void {
  checkReservedNames(ctx, ctx.pack);
  for (const { body } of ruleBodies(ctx.pack)) {
    forEachBodyTest(body, (test) => {
      if (test.type !== 'Has') return;
      checkSourceName(ctx, test.source);
      if (test.near !== undefined) checkSourceName(ctx, test.near.source);
    });
  }
  for (const declaration of ctx.pack.body) {
    if (declaration.type === 'TermsEdit') checkTermsEdit(ctx, declaration);
    if (declaration.type === 'Override') checkOverride(ctx, declaration);
  }
  for (const { example } of packExamples(ctx.pack)) {
    for (const rule of example.rules) checkRuleName(ctx, rule);
  }
}

function checkReservedNames(ctx: CheckContext, pack: Pack): void {
  const ids: Identifier[] = [];
  for (const declaration of pack.body) {
    switch (declaration.type) {
      case 'Terms':
      case 'Pattern':
      case 'Rule':
        ids.push(declaration.id);
        break;
      case 'Detector':
        ids.push(declaration.id);
        for (const option of declaration.options) ids.push(option.key);
        break;
      default:
        break;
    }
  }
  for (const id of ids) {
    if (RESERVED_NAMES.has(id.name)) {
      ctx.session.error('reserved-name', `\`${id.name}\` cannot be used as a name`, id, {
        help: 'choose another name; `__proto__`, `constructor` and `prototype` are reserved',
      });
    }
  }
}

/** Everything a `has` test may name: declared and inherited sources, then built-in detectors. */
function sourceCandidates(ctx: CheckContext): string[] {
  return [...ctx.symbols.sources.keys(), ...ctx.detectors.keys()];
}

function checkSourceName(ctx: CheckContext, id: Identifier): void {
  if (resolveSource(ctx, id.name) !== undefined) return;
  const name = id.name;
  if (ctx.symbols.rules.has(name)) {
    ctx.session.error('unknown-source', `\`${name}\` is a rule, not a term list, pattern or detector`, id, {
      help: 'name a term list, a pattern or a detector after `has`; rules cannot be tested by other rules',
    });
    return;
  }
  const suggestion = didYouMean(name, sourceCandidates(ctx));
  ctx.session.error('unknown-source', `there is no term list, pattern or detector named \`${name}\``, id, {
    help:
      suggestion !== undefined
        ? `did you mean \`${suggestion}\`?`
        : `declare it first, for example \`terms ${name} { "…" }\`, or name a built-in detector`,
  });
}

function checkTermsEdit(ctx: CheckContext, edit: TermsEdit): void {
  const name = edit.id.name;
  const symbol = ctx.symbols.sources.get(name);
  if (symbol?.kind === 'terms') return;
  const verb = edit.operator === '+=' ? 'add to' : 'remove from';
  if (symbol !== undefined) {
    ctx.session.error(
      'unknown-term-list',
      `\`${name}\` is a ${sourceNoun(symbol.kind)}, not a term list, so there are no terms to ${verb}`,
      edit.id,
      { help: `name a term list after \`terms\`, or declare a new one with \`terms ${name}-terms { … }\`` },
    );
    return;
  }
  const lists = [...ctx.symbols.sources.values()].filter((s) => s.kind === 'terms').map((s) => s.name);
  const suggestion = didYouMean(name, lists);
  ctx.session.error('unknown-term-list', `there is no term list named \`${name}\` to ${verb}`, edit.id, {
    help:
      suggestion !== undefined
        ? `did you mean \`${suggestion}\`?`
        : `declare the list first with \`terms ${name} { … }\``,
  });
}

function checkOverride(ctx: CheckContext, override: RuleOverride): void {
  const name = override.id.name;
  const symbol = ctx.symbols.rules.get(name);
  if (symbol !== undefined && symbol.parent !== undefined) return;
  if (symbol !== undefined) {
    // Harmless (the override still applies) but pointless: say where to change it instead.
    ctx.session.warning('override-own-rule', `the rule \`${name}\` is declared in this pack, so it does not need an override`, override.id, {
      help: `change the rule \`${name}\` where it is declared, at line ${symbol.node.location.start.line}`,
    });
    return;
  }
  const inherited = [...ctx.inherited.rules.keys()];
  if (ctx.inherited.parents.length === 0) {
    ctx.session.error('override-missing-rule', `this pack extends no pack, so it has no rule \`${name}\` to override`, override.id, {
      help: `declare a new rule with \`rule ${name} { … }\`, or add \`extends "…"\` to the header`,
    });
    return;
  }
  const suggestion = didYouMean(name, inherited);
  const parents = ctx.inherited.parents.map((p) => `\`${p.name}\``).join(', ');
  ctx.session.error('override-missing-rule', `there is no rule \`${name}\` to override in ${parents}`, override.id, {
    help:
      suggestion !== undefined
        ? `did you mean \`${suggestion}\`?`
        : `check the rule id; to add a new rule, write \`rule ${name} { … }\``,
  });
}

function checkRuleName(ctx: CheckContext, id: Identifier): void {
  const name = id.name;
  if (ctx.symbols.rules.has(name)) return;
  const source = ctx.symbols.sources.get(name);
  if (source !== undefined) {
    ctx.session.error('unknown-rule', `\`${name}\` is a ${sourceNoun(source.kind)}, not a rule`, id, {
      help: 'name the rule that should flag (or pass) the example',
    });
    return;
  }
  const suggestion = didYouMean(name, ctx.symbols.rules.keys());
  ctx.session.error('unknown-rule', `there is no rule named \`${name}\``, id, {
    help: suggestion !== undefined ? `did you mean \`${suggestion}\`?` : 'name a rule of this pack or of a pack it extends',
  });
}
