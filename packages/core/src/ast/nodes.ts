/**
 * The abstract syntax tree of a `.prop` pack, as the Peggy grammar builds it.
 *
 * Grammar actions only build these nodes; every check happens later in the
 * compiler passes. `location` is metadata, not identity: {@link astEqual}
 * ignores it, which is what the formatter round-trip relies on.
 *
 * @module
 */

/** A position in a source text. */
export interface SourcePosition {
  /** Offset in UTF-16 code units from the start of the text (0-based). */
  offset: number;
  /** Line in the text (1-based). */
  line: number;
  /** Column in the line, in UTF-16 code units (1-based). */
  column: number;
}

/** A range of a source text; `end` is exclusive. */
export interface SourceRange {
  /** The file name or other label of the text, when known. */
  source?: string | undefined;
  start: SourcePosition;
  end: SourcePosition;
}

interface NodeBase {
  location: SourceRange;
}

/** A name written in the pack: a rule id, term list id, field path segment. */
export interface Identifier extends NodeBase {
  type: 'Identifier';
  name: string;
}

/** A string literal, already unescaped. */
export interface StringLiteral extends NodeBase {
  type: 'String';
  value: string;
}

/** A whole pack: its header and its declarations, in source order. */
export interface Pack extends NodeBase {
  type: 'Pack';
  /** `##` comments directly above the header. */
  doc?: string | undefined;
  header: PackHeader;
  body: Declaration[];
  /** Plain `#` comments, kept so that the formatter does not lose them. */
  comments: Comment[];
}

/** A `#` comment (not a doc comment), with its text after the `#`. */
export interface Comment extends NodeBase {
  type: 'Comment';
  text: string;
}

/** `pack "name" version "1.2.3" title "…" source "…" extends "a", "b"`. */
export interface PackHeader extends NodeBase {
  type: 'PackHeader';
  name: StringLiteral;
  version: StringLiteral;
  title?: StringLiteral | undefined;
  source?: StringLiteral | undefined;
  extends: StringLiteral[];
}

/** Everything that can stand at the top level of a pack after its header. */
export type Declaration =
  | TermsDeclaration
  | TermsEdit
  | PatternDeclaration
  | DetectorDeclaration
  | RuleDeclaration
  | RuleOverride
  | ExampleDeclaration;

/** One entry of a term list: `"brexit"`, or `"campaign*"` for a prefix. */
export interface Term extends NodeBase {
  type: 'Term';
  /** The words as written, without a trailing `*`. */
  text: string;
  /** True when written with a trailing `*`: matches any word that starts with it. */
  prefix: boolean;
}

/** `terms id "description" [inflect] { "a", "b" }`. */
export interface TermsDeclaration extends NodeBase {
  type: 'Terms';
  doc?: string | undefined;
  id: Identifier;
  description?: StringLiteral | undefined;
  /** When set, simple English inflections (-s, -es, -ed, -ing) of each word are matched too. */
  inflect: boolean;
  terms: Term[];
}

/** `terms id += { … }` or `terms id -= { … }` in an extending pack or after a declaration. */
export interface TermsEdit extends NodeBase {
  type: 'TermsEdit';
  id: Identifier;
  operator: '+=' | '-=';
  terms: Term[];
}

/** `pattern id /regex/flags "description"`: a linear-time regular expression. */
export interface PatternDeclaration extends NodeBase {
  type: 'Pattern';
  doc?: string | undefined;
  id: Identifier;
  /** The regular expression source between the slashes, as written. */
  regex: string;
  /** Flags after the closing slash; only `i` and `u` are accepted by the checker. */
  flags: string;
  description?: StringLiteral | undefined;
}

/** A literal value in a condition, an example's activity or detector options. */
export type Value = StringLiteral | NumberLiteral | BooleanLiteral | DateLiteral | Identifier;

/** A whole or decimal number. */
export interface NumberLiteral extends NodeBase {
  type: 'Number';
  value: number;
}

/** `true` or `false`. */
export interface BooleanLiteral extends NodeBase {
  type: 'Boolean';
  value: boolean;
}

/** `2026-04-01` or `2026-04-01T09:00:00Z`, kept as written (ISO 8601). */
export interface DateLiteral extends NodeBase {
  type: 'Date';
  value: string;
}

/** `detector id uses builtin [with { key: value, … }]`: a configured built-in detector. */
export interface DetectorDeclaration extends NodeBase {
  type: 'Detector';
  doc?: string | undefined;
  id: Identifier;
  uses: Identifier;
  options: DetectorOption[];
}

/** `key: value` or `key: [v1, v2]` inside a detector's `with { … }`. */
export interface DetectorOption extends NodeBase {
  type: 'DetectorOption';
  key: Identifier;
  value: Value | ValueList;
}

/** `[v1, v2, …]`. */
export interface ValueList extends NodeBase {
  type: 'ValueList';
  values: Value[];
}

/** One of the four severities; `off` switches a rule off. */
export type SeverityName = 'block' | 'review' | 'advice' | 'off';

/** `rule id { … }`. */
export interface RuleDeclaration extends NodeBase {
  type: 'Rule';
  doc?: string | undefined;
  id: Identifier;
  body: RuleBody;
}

/** The clauses of a rule, each at most once, except `example`. */
export interface RuleBody extends NodeBase {
  type: 'RuleBody';
  severity?: Severity | undefined;
  tags: Identifier[];
  citation?: Citation | undefined;
  when?: Condition | undefined;
  unless?: Condition | undefined;
  message?: StringLiteral | undefined;
  advice?: StringLiteral | undefined;
  suggestion?: StringLiteral | undefined;
  examples: ExampleDeclaration[];
}

/** `severity block`. */
export interface Severity extends NodeBase {
  type: 'Severity';
  value: SeverityName;
}

/**
 * `cite section 3 paragraph 4`, `cite "Departmental election guidance"` or
 * `cite "Other guidance" section 2 paragraph 1`. Without a source string the
 * citation refers to the pack's own `source`.
 */
export interface Citation extends NodeBase {
  type: 'Citation';
  source?: StringLiteral | undefined;
  section?: NumberLiteral | StringLiteral | undefined;
  paragraph?: NumberLiteral | StringLiteral | undefined;
}

/**
 * `override rule id severity block`, `override rule id off` (the same as
 * `severity off`) or `override rule id replace { …rule body… }`.
 */
export interface RuleOverride extends NodeBase {
  type: 'Override';
  id: Identifier;
  change:
    | { kind: 'severity'; severity: Severity }
    | { kind: 'replace'; body: RuleBody };
}

/**
 * An example: `example flags rule-id "text" with capacity personal` or
 * `example passes "text"`. Inside a rule the rule id may be left out and means
 * that rule; at the top level `passes` means no rule at all flags the text.
 */
export interface ExampleDeclaration extends NodeBase {
  type: 'Example';
  expect: 'flags' | 'passes';
  /** The rules named after `flags`/`passes`; empty means the enclosing rule (or, at top level, every rule for `passes`). */
  rules: Identifier[];
  text: StringLiteral;
  activity: ExampleField[];
}

/** `field.path value` after `with` in an example. */
export interface ExampleField extends NodeBase {
  type: 'ExampleField';
  path: FieldPath;
  value: Value | ValueList;
}

/** A dotted path to a field of the activity: `inReplyTo.bio`, `channel.platform`. */
export interface FieldPath extends NodeBase {
  type: 'FieldPath';
  segments: string[];
}

/** A condition: a boolean combination of tests. */
export type Condition = AndCondition | OrCondition | NotCondition | Test;

/** `a and b and …`. */
export interface AndCondition extends NodeBase {
  type: 'And';
  operands: Condition[];
}

/** `a or b or …`. */
export interface OrCondition extends NodeBase {
  type: 'Or';
  operands: Condition[];
}

/** `not a`. */
export interface NotCondition extends NodeBase {
  type: 'Not';
  operand: Condition;
}

/** A single test on the activity. */
export type Test =
  | HasTest
  | IsTest
  | InTest
  | DateTest
  | ExistsTest
  | ContainsTest;

/**
 * `text has controversial`, `text has at least 2 controversial`,
 * `text has officials near leaked within 8 words`. `source` names a term
 * list, a pattern, a declared detector or a built-in detector.
 */
export interface HasTest extends NodeBase {
  type: 'Has';
  field: FieldPath;
  atLeast?: NumberLiteral | undefined;
  source: Identifier;
  near?: { source: Identifier; within: NumberLiteral } | undefined;
}

/** `capacity is personal`, `capacity is not official`. */
export interface IsTest extends NodeBase {
  type: 'Is';
  field: FieldPath;
  negated: boolean;
  value: Value;
}

/** `channel.platform in { x, facebook }`, `kind not in { post }`. */
export interface InTest extends NodeBase {
  type: 'In';
  field: FieldPath;
  negated: boolean;
  values: Value[];
}

/** `at before 2026-05-07`, `at after …`, `at between 2026-04-01 and 2026-05-07` (inclusive). */
export interface DateTest extends NodeBase {
  type: 'DateTest';
  field: FieldPath;
  operator: 'before' | 'after' | 'between';
  from: DateLiteral;
  /** Only for `between`. */
  to?: DateLiteral | undefined;
}

/** `inReplyTo exists`, `title is missing` is written `not title exists`. */
export interface ExistsTest extends NodeBase {
  type: 'Exists';
  field: FieldPath;
}

/** `author.topics contains "housing"` for list fields. */
export interface ContainsTest extends NodeBase {
  type: 'Contains';
  field: FieldPath;
  value: Value;
}

/** Every node type, for the visitor. */
export type Node =
  | Pack
  | PackHeader
  | Comment
  | Identifier
  | StringLiteral
  | NumberLiteral
  | BooleanLiteral
  | DateLiteral
  | ValueList
  | Term
  | TermsDeclaration
  | TermsEdit
  | PatternDeclaration
  | DetectorDeclaration
  | DetectorOption
  | RuleDeclaration
  | RuleBody
  | Severity
  | Citation
  | RuleOverride
  | ExampleDeclaration
  | ExampleField
  | FieldPath
  | Condition;
