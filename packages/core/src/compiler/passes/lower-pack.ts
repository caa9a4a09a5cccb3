import type { Citation, Condition, Identifier, Node, RuleBody, Value } from '../../ast/nodes.js';
import { IR_VERSION, type ConditionIR, type ExampleIR, type PackIR, type RuleIR } from '../../ir/schema.js';
import type { CheckContext } from '../context.js';
import { resolveSource } from '../context.js';
import { literalValue, writtenOptions } from '../detector-options.js';
import { exampleActivity } from '../example-activity.js';
import { jsonClone } from '../json-equal.js';
import { pathOf } from '../field-values.js';
import { applyTermEdit, distinctTerms } from '../term-edits.js';
import { packExamples } from '../walk.js';

type TermListIR = PackIR['termLists'][string];
type PatternIR = PackIR['patterns'][string];
type DetectorIR = PackIR['detectors'][string];
type SourceRef = Extract<ConditionIR, { op: 'has' }>['source'];
type Location = NonNullable<RuleIR['location']>;

/**
 * Lowers a checked pack and its merged parents to one flattened IR:
 * - `packs`: the lineage, root first, this pack last;
 * - term lists, patterns and detectors: the parents' first, then this pack's
 *   in source order; term edits applied in order after the declarations;
 *   every built-in detector a rule of this pack names directly is added as
 *   `{ uses: name, options: {} }` under its name;
 * - rules: the parents' in order, this pack's appended; `override … severity`
 *   changes the severity, `override … replace` swaps the rule in place;
 * - examples: the parents' that still apply (see `passes/README.md`), then
 *   this pack's in source order, a rule's examples naming that rule.
 *
 * Runs only on a pack without errors, so it trusts what the checks checked.
 * Every object is built in one fixed key order, so that compiling the same
 * sources twice gives deep-equal IR with the same JSON text.
 */
export function lowerPack(ctx: CheckContext): PackIR {
  const lowering = new Lowering(ctx);
  return lowering.run();
}

class Lowering {
  private readonly ctx: CheckContext;
  private readonly name: string;
  /** What `cite section N` refers to: this pack's `source`, else its first parent's. */
  private readonly citeSource: string | undefined;
  /** Built-in detectors named directly in this pack's conditions, in order of first use. */
  private readonly builtinsUsed = new Set<string>();

  constructor(ctx: CheckContext) {
    this.ctx = ctx;
    this.name = ctx.pack.header.name.value;
    this.citeSource = ctx.pack.header.source?.value ?? ctx.inherited.source;
  }

  run(): PackIR {
    const { header } = this.ctx.pack;
    const rules = this.rules();
    const ir: PackIR = {
      irVersion: IR_VERSION,
      name: this.name,
      version: header.version.value,
    } as PackIR;
    if (header.title !== undefined) ir.title = header.title.value;
    if (header.source !== undefined) ir.source = header.source.value;
    ir.packs = [...this.ctx.inherited.packs.map((p) => ({ name: p.name, version: p.version })), { name: this.name, version: header.version.value }];
    ir.termLists = Object.fromEntries(this.termLists());
    ir.patterns = Object.fromEntries(this.patterns());
    ir.detectors = Object.fromEntries(this.detectors());
    ir.rules = [...rules.values()];
    ir.examples = this.examples();
    return ir;
  }

  private termLists(): Map<string, TermListIR> {
    const lists = new Map<string, TermListIR>();
    for (const [id, { value }] of this.ctx.inherited.termLists) {
      const list = {} as TermListIR;
      if (value.description !== undefined) list.description = value.description;
      list.inflect = value.inflect;
      list.terms = value.terms.map((t) => ({ text: t.text, prefix: t.prefix }));
      lists.set(id, list);
    }
    for (const declaration of this.ctx.pack.body) {
      if (declaration.type !== 'Terms' || lists.has(declaration.id.name)) continue;
      const list = {} as TermListIR;
      if (declaration.description !== undefined) list.description = declaration.description.value;
      list.inflect = declaration.inflect;
      list.terms = distinctTerms(declaration.terms).kept;
      lists.set(declaration.id.name, list);
    }
    for (const declaration of this.ctx.pack.body) {
      if (declaration.type !== 'TermsEdit') continue;
      const list = lists.get(declaration.id.name);
      if (list !== undefined) applyTermEdit(list.terms, declaration);
    }
    return lists;
  }

  private patterns(): Map<string, PatternIR> {
    const patterns = new Map<string, PatternIR>();
    for (const [id, { value }] of this.ctx.inherited.patterns) {
      const pattern: PatternIR = { regex: value.regex, flags: value.flags };
      if (value.description !== undefined) pattern.description = value.description;
      patterns.set(id, pattern);
    }
    for (const declaration of this.ctx.pack.body) {
      if (declaration.type !== 'Pattern' || patterns.has(declaration.id.name)) continue;
      const pattern: PatternIR = { regex: declaration.regex, flags: declaration.flags };
      if (declaration.description !== undefined) pattern.description = declaration.description.value;
      patterns.set(declaration.id.name, pattern);
    }
    return patterns;
  }

  /** Must run after {@link rules}, which records the built-in detectors named directly. */
  private detectors(): Map<string, DetectorIR> {
    const detectors = new Map<string, DetectorIR>();
    for (const [id, { value }] of this.ctx.inherited.detectors) {
      detectors.set(id, { uses: value.uses, options: jsonClone(value.options) });
    }
    for (const declaration of this.ctx.pack.body) {
      if (declaration.type !== 'Detector' || detectors.has(declaration.id.name)) continue;
      detectors.set(declaration.id.name, { uses: declaration.uses.name, options: writtenOptions(declaration) });
    }
    for (const name of this.builtinsUsed) {
      if (!detectors.has(name)) detectors.set(name, { uses: name, options: {} });
    }
    return detectors;
  }

  private rules(): Map<string, RuleIR> {
    const rules = new Map<string, RuleIR>();
    for (const [id, { value }] of this.ctx.inherited.rules) rules.set(id, value);
    for (const declaration of this.ctx.pack.body) {
      if (declaration.type !== 'Rule' || rules.has(declaration.id.name)) continue;
      rules.set(
        declaration.id.name,
        this.rule(declaration.id, declaration.body, declaration.doc, declaration, this.citeSource),
      );
    }
    // Overrides apply after every declaration, so that one written above the
    // rule it changes (only allowed, with a warning, for this pack's own rules)
    // still applies. `Map.set` on an existing key keeps the rule's position.
    for (const declaration of this.ctx.pack.body) {
      if (declaration.type !== 'Override') continue;
      const existing = rules.get(declaration.id.name);
      if (existing === undefined) continue;
      const { change } = declaration;
      if (change.kind === 'severity') {
        rules.set(declaration.id.name, { ...existing, severity: change.severity.value });
      } else {
        const citeSource = this.ctx.pack.header.source?.value ?? existing.citation?.source ?? this.citeSource;
        rules.set(declaration.id.name, this.rule(declaration.id, change.body, existing.doc, declaration, citeSource));
      }
    }
    return rules;
  }

  private rule(
    id: Identifier,
    body: RuleBody,
    doc: string | undefined,
    node: Node,
    citeSource: string | undefined,
  ): RuleIR {
    const rule = {
      id: id.name,
      severity: body.severity!.value,
      tags: body.tags.map((tag) => tag.name),
    } as RuleIR;
    if (doc !== undefined) rule.doc = doc;
    rule.message = body.message!.value;
    if (body.advice !== undefined) rule.advice = body.advice.value;
    if (body.suggestion !== undefined) rule.suggestion = body.suggestion.value;
    if (body.citation !== undefined) rule.citation = lowerCitation(body.citation, citeSource);
    rule.when = this.condition(body.when!);
    if (body.unless !== undefined) rule.unless = this.condition(body.unless);
    rule.pack = this.name;
    rule.location = this.location(node);
    return rule;
  }

  private condition(condition: Condition): ConditionIR {
    switch (condition.type) {
      case 'And':
        return { op: 'and', args: condition.operands.map((c) => this.condition(c)) };
      case 'Or':
        return { op: 'or', args: condition.operands.map((c) => this.condition(c)) };
      case 'Not':
        return { op: 'not', arg: this.condition(condition.operand) };
      case 'Has': {
        const has: Extract<ConditionIR, { op: 'has' }> = {
          op: 'has',
          field: pathOf(condition.field),
          source: this.source(condition.source),
        };
        if (condition.atLeast !== undefined) has.atLeast = condition.atLeast.value;
        if (condition.near !== undefined) {
          has.near = { source: this.source(condition.near.source), within: condition.near.within.value };
        }
        return has;
      }
      case 'Is': {
        const is: Extract<ConditionIR, { op: 'is' }> = {
          op: 'is',
          field: pathOf(condition.field),
          value: scalar(condition.value),
        };
        if (condition.negated) is.negated = true;
        return is;
      }
      case 'In': {
        const inTest: Extract<ConditionIR, { op: 'in' }> = {
          op: 'in',
          field: pathOf(condition.field),
          values: condition.values.map(scalar),
        };
        if (condition.negated) inTest.negated = true;
        return inTest;
      }
      case 'DateTest':
        if (condition.operator === 'between') {
          return {
            op: 'between',
            field: pathOf(condition.field),
            from: condition.from.value,
            to: condition.to!.value,
          };
        }
        return { op: condition.operator, field: pathOf(condition.field), date: condition.from.value };
      case 'Exists':
        return { op: 'exists', field: pathOf(condition.field) };
      case 'Contains':
        return { op: 'contains', field: pathOf(condition.field), value: String(scalar(condition.value)) };
    }
  }

  private source(id: Identifier): SourceRef {
    const resolved = resolveSource(this.ctx, id.name)!;
    if (resolved.builtin) this.builtinsUsed.add(resolved.id);
    return { kind: resolved.kind, id: resolved.id };
  }

  private examples(): ExampleIR[] {
    // Parent examples about rules this pack switches off or replaces test
    // what the parent meant, not what this pack does: those rules are taken
    // out of them, and an example left about no rule is dropped.
    const changed = new Set<string>();
    for (const declaration of this.ctx.pack.body) {
      if (declaration.type !== 'Override') continue;
      const { change } = declaration;
      if (change.kind === 'replace' || change.severity.value === 'off') changed.add(declaration.id.name);
    }
    const examples: ExampleIR[] = [];
    for (const { example, parentRules } of this.ctx.inherited.examples) {
      // A bare `passes` meant "no rule of that pack flags it"; say which rules that was.
      const named = example.expect === 'passes' && example.rules.length === 0 ? parentRules : example.rules;
      const rules = named.filter((rule) => !changed.has(rule));
      if (rules.length === 0) continue;
      examples.push({ ...example, rules });
    }
    for (const { example, rule } of packExamples(this.ctx.pack)) {
      const named = example.rules.map((r) => r.name);
      examples.push({
        expect: example.expect,
        rules: named.length > 0 ? named : rule !== undefined ? [rule.name] : [],
        activity: exampleActivity(example),
        location: this.location(example),
        pack: this.name,
      });
    }
    return examples;
  }

  private location(node: Node): Location {
    const location = {} as Location;
    const source = this.ctx.session.file;
    if (source !== undefined) location.source = source;
    location.line = node.location.start.line;
    location.column = node.location.start.column;
    return location;
  }
}

function scalar(value: Value): string | number | boolean {
  const lowered = literalValue(value);
  return typeof lowered === 'number' || typeof lowered === 'boolean' ? lowered : String(lowered);
}

function lowerCitation(citation: Citation, fallbackSource: string | undefined): NonNullable<RuleIR['citation']> {
  const lowered: NonNullable<RuleIR['citation']> = {};
  const source = citation.source?.value ?? fallbackSource;
  if (source !== undefined) lowered.source = source;
  if (citation.section !== undefined) lowered.section = citation.section.value;
  if (citation.paragraph !== undefined) lowered.paragraph = citation.paragraph.value;
  return lowered;
}
