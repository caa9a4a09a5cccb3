import type {
  Citation,
  Comment,
  Condition,
  Declaration,
  DetectorDeclaration,
  ExampleDeclaration,
  ExampleField,
  FieldPath,
  Pack,
  PatternDeclaration,
  RuleBody,
  RuleDeclaration,
  StringLiteral,
  Term,
  TermsDeclaration,
  Test,
  Value,
  ValueList,
} from './nodes.js';

const INDENT = '  ';
const MAX_WIDTH = 80;

/**
 * Writes a pack in canonical form. Parsing the result gives back the same
 * tree (see `astEqual`), and printing is a function of the tree alone (its
 * locations included), so formatting twice changes nothing.
 *
 * The form: the header's lines indented two spaces, one blank line between
 * declarations (except that one-line examples, overrides and term edits
 * written on consecutive lines stay together), a rule's clauses indented two
 * spaces in a fixed order (severity, tags, cite, when, unless, say, advise,
 * suggest, examples), conditions with only the parentheses the tree needs.
 * Nothing that fits in 80 columns is wrapped. A longer `when` or `unless`
 * breaks its `and`/`or` chain one operand a line, the operator leading each
 * continuation line; an operand that still does not fit breaks the same way
 * two columns deeper, a parenthesised group keeping its parentheses on its
 * first and last lines, and a long `in { … }` set goes one value a line.
 * Term lists and detector options go one item a line beyond 80 columns, or
 * when a comment sits inside them.
 *
 * Doc comments are written as `## ` lines. Each plain comment goes back in
 * front of the first declaration, clause, broken condition line or list
 * item that started after it, or at the end; between declarations, a blank
 * line after a comment in the source is kept.
 */
export function print(pack: Pack): string {
  return new Printer(pack.comments).pack(pack);
}

/**
 * A line of a clause or list that may be broken over several: its text with
 * its indentation, and the offset in the source of the node it starts with,
 * so that comments written before that node can be put back in front of it.
 */
interface Line {
  text: string;
  at?: number | undefined;
}

class Printer {
  private readonly lines: string[] = [];
  private next = 0;

  constructor(private readonly comments: readonly Comment[]) {}

  pack(pack: Pack): string {
    this.flushComments(pack.header.location.start.offset, '', true, firstLine(pack.doc, pack.header.location.start.line));
    this.doc(pack.doc, '');
    const header = pack.header;
    this.lines.push(`pack ${str(header.name)} version ${str(header.version)}`);
    if (header.title !== undefined) this.lines.push(`${INDENT}title ${str(header.title)}`);
    if (header.source !== undefined) this.lines.push(`${INDENT}source ${str(header.source)}`);
    if (header.extends.length > 0) this.lines.push(`${INDENT}extends ${header.extends.map(str).join(', ')}`);
    let previous: { kind: string | undefined; endLine: number } | undefined;
    for (const declaration of pack.body) {
      const mark = this.lines.length;
      const documented = takesDoc(declaration);
      const start = firstLine(documented ? declaration.doc : undefined, declaration.location.start.line);
      const pending = this.comments[this.next];
      const nextLine = pending !== undefined && pending.location.start.offset < declaration.location.start.offset ? pending.location.start.line : start;
      this.flushComments(declaration.location.start.offset, '', documented, start);
      const first = this.lines.length;
      this.declaration(declaration);
      const kind = this.lines.length - first === 1 ? compactKind(declaration) : undefined;
      // One-line examples, overrides and term edits written in a run stay
      // together; everything else is set apart by a blank line.
      const together = kind !== undefined && previous?.kind === kind && nextLine <= previous.endLine + 1;
      if (!together) this.lines.splice(mark, 0, '');
      previous = { kind, endLine: declaration.location.end.line };
    }
    if (this.next < this.comments.length) {
      this.lines.push('');
      this.flushComments(Infinity, '', false);
    }
    return `${this.lines.join('\n')}\n`;
  }

  /**
   * Writes the comments that start before `offset`. A comment that itself
   * begins with `#` (a stray `##` line) is kept apart from a declaration that
   * takes a doc by a blank line, or it would become part of that doc. Given
   * the line the next declaration starts on, a blank line that followed a
   * comment in the source is kept, so that a heading comment stays apart
   * from what comes after it.
   */
  private flushComments(offset: number, indent: string, beforeDocTarget: boolean, targetLine?: number): void {
    let last: Comment | undefined;
    while (this.next < this.comments.length && this.comments[this.next]!.location.start.offset < offset) {
      last = this.comments[this.next++]!;
      this.lines.push(`${indent}#${last.text}`);
      if (targetLine === undefined) continue;
      const following = this.comments[this.next];
      const nextLine = following !== undefined && following.location.start.offset < offset ? following.location.start.line : targetLine;
      if (nextLine > last.location.start.line + 1) this.lines.push('');
    }
    if (beforeDocTarget && last !== undefined && last.text.startsWith('#') && this.lines[this.lines.length - 1] !== '') {
      this.lines.push('');
    }
  }

  /** Writes lines, putting back the comments that came before each line's first node. */
  private emit(lines: readonly Line[]): void {
    for (const line of lines) {
      if (line.at !== undefined) this.flushComments(line.at, leadingSpaces(line.text), false);
      this.lines.push(line.text);
    }
  }

  /** Whether a comment not yet written starts before `end`: one inside the node that ends there. */
  private commentBefore(end: number): boolean {
    return this.next < this.comments.length && this.comments[this.next]!.location.start.offset < end;
  }

  private doc(doc: string | undefined, indent: string): void {
    if (doc === undefined) return;
    for (const line of doc.split('\n')) this.lines.push(line === '' ? `${indent}##` : `${indent}## ${line}`);
  }

  private declaration(d: Declaration): void {
    const end = d.location.end.offset;
    switch (d.type) {
      case 'Terms': {
        this.doc(d.doc, '');
        let head = `terms ${d.id.name}`;
        if (d.description !== undefined) head += ` ${str(d.description)}`;
        if (d.inflect) head += ' inflect';
        this.list(head, d.terms.map(termItem), end);
        break;
      }
      case 'TermsEdit':
        this.list(`terms ${d.id.name} ${d.operator}`, d.terms.map(termItem), end);
        break;
      case 'Pattern': {
        this.doc(d.doc, '');
        let line = `pattern ${d.id.name} /${d.regex}/${d.flags}`;
        if (d.description !== undefined) line += ` ${str(d.description)}`;
        this.lines.push(line);
        break;
      }
      case 'Detector':
        this.doc(d.doc, '');
        this.detector(d);
        break;
      case 'Rule':
        this.doc(d.doc, '');
        this.ruleBody(`rule ${d.id.name}`, d.body, end);
        break;
      case 'Override':
        if (d.change.kind === 'severity') {
          const severity = d.change.severity.value;
          this.lines.push(`override rule ${d.id.name} ${severity === 'off' ? 'off' : `severity ${severity}`}`);
        } else {
          this.ruleBody(`override rule ${d.id.name} replace`, d.change.body, end);
        }
        break;
      case 'Example':
        this.lines.push(example(d));
        break;
    }
  }

  private detector(d: DetectorDeclaration): void {
    const head = `detector ${d.id.name} uses ${d.uses.name}`;
    if (d.options.length === 0) {
      this.lines.push(head);
      return;
    }
    const items = d.options.map((o) => ({ text: `${o.key.name}: ${valueOrList(o.value)}`, at: o.location.start.offset }));
    this.list(`${head} with`, items, d.location.end.offset);
  }

  /**
   * `head { a, b }` on one line when it fits and holds no comment, else one
   * item a line with a trailing comma, each comment in front of the item it
   * came before.
   */
  private list(head: string, items: readonly Line[], end: number): void {
    const oneLine = `${head} { ${items.map((i) => i.text).join(', ')} }`;
    if (oneLine.length <= MAX_WIDTH && !this.commentBefore(end)) {
      this.lines.push(oneLine);
      return;
    }
    this.lines.push(`${head} {`);
    this.emit(items.map((item) => ({ text: `${INDENT}${item.text},`, at: item.at })));
    this.flushComments(end, INDENT, false);
    this.lines.push('}');
  }

  private ruleBody(head: string, body: RuleBody, end: number): void {
    const clauses: { start: number; lines: Line[] }[] = [];
    const add = (start: number | undefined, text: string): void => {
      clauses.push({ start: start ?? end, lines: [{ text: `${INDENT}${text}` }] });
    };
    const addCondition = (keyword: string, c: Condition): void => {
      const lines: Line[] = [];
      layOutCondition(c, `${INDENT}${keyword} `, INDENT.length * 2, '', undefined, lines);
      clauses.push({ start: c.location.start.offset, lines });
    };
    if (body.severity !== undefined) add(body.severity.location.start.offset, `severity ${body.severity.value}`);
    if (body.tags.length > 0) add(body.tags[0]!.location.start.offset, `tags ${body.tags.map((t) => t.name).join(', ')}`);
    if (body.citation !== undefined) add(body.citation.location.start.offset, citation(body.citation));
    if (body.when !== undefined) addCondition('when', body.when);
    if (body.unless !== undefined) addCondition('unless', body.unless);
    if (body.message !== undefined) add(body.message.location.start.offset, `say ${str(body.message)}`);
    if (body.advice !== undefined) add(body.advice.location.start.offset, `advise ${str(body.advice)}`);
    if (body.suggestion !== undefined) add(body.suggestion.location.start.offset, `suggest ${str(body.suggestion)}`);
    for (const e of body.examples) add(e.location.start.offset, example(e));
    if (clauses.length === 0 && !this.commentBefore(end)) {
      this.lines.push(`${head} {}`);
      return;
    }
    this.lines.push(`${head} {`);
    for (const clause of clauses) {
      this.flushComments(clause.start, INDENT, false);
      this.emit(clause.lines);
    }
    this.flushComments(end, INDENT, false);
    this.lines.push('}');
  }
}

/** The kind of a declaration that may share a run of lines with others of its kind, when it takes one line. */
function compactKind(d: Declaration): string | undefined {
  if (d.type === 'Example' || d.type === 'TermsEdit') return d.type;
  return d.type === 'Override' && d.change.kind === 'severity' ? d.type : undefined;
}

/** The line a declaration's doc comment starts on, or the declaration itself when it has none. */
function firstLine(doc: string | undefined, line: number): number {
  return doc === undefined ? line : line - doc.split('\n').length;
}

function leadingSpaces(text: string): string {
  return text.slice(0, text.length - text.trimStart().length);
}

/**
 * Lays out a condition that starts after `head` (the text before it on its
 * first line, indentation included) and is followed by `tail` (closing
 * parentheses) on its last line. `continuation` is the indentation of the
 * operator lines should its own `and`/`or` chain break; operands that break
 * in turn go two columns deeper, so that the depth of a line shows how
 * tightly it binds. `at` is the offset of the first line's node, when that
 * line is one comments may be put in front of.
 */
function layOutCondition(c: Condition, head: string, continuation: number, tail: string, at: number | undefined, out: Line[]): void {
  const flat = condition(c);
  if (head.length + flat.length + tail.length <= MAX_WIDTH) {
    out.push({ text: `${head}${flat}${tail}`, at });
    return;
  }
  const pad = ' '.repeat(continuation);
  switch (c.type) {
    case 'Or':
    case 'And': {
      const operator = c.type === 'Or' ? 'or' : 'and';
      const last = c.operands.length - 1;
      c.operands.forEach((o, i) => {
        const group = needsParentheses(c, o);
        const lead = i === 0 ? head : `${pad}${operator} `;
        const close = `${group ? ')' : ''}${i === last ? tail : ''}`;
        layOutCondition(o, group ? `${lead}(` : lead, continuation + INDENT.length, close, i === 0 ? at : o.location.start.offset, out);
      });
      return;
    }
    case 'Not': {
      const o = c.operand;
      if (o.type === 'Or' || o.type === 'And') layOutCondition(o, `${head}not (`, continuation, `)${tail}`, at, out);
      else layOutCondition(o, `${head}not `, continuation, tail, at, out);
      return;
    }
    case 'In': {
      out.push({ text: `${head}${fieldPath(c.field)} ${c.negated ? 'not ' : ''}in {`, at });
      for (const v of c.values) out.push({ text: `${pad}${value(v)},`, at: v.location.start.offset });
      out.push({ text: `${' '.repeat(Math.max(0, continuation - INDENT.length))}}${tail}` });
      return;
    }
    default:
      // A single test has nowhere to break: it runs past the margin.
      out.push({ text: `${head}${flat}${tail}`, at });
  }
}

/**
 * Whether an operand of a chain is written in parentheses: a nested chain
 * of `or` always (it binds looser than either), and a nested `and` inside
 * `and`, which was written with parentheses or it would have been one chain.
 */
function needsParentheses(parent: Condition, operand: Condition): boolean {
  return operand.type === 'Or' || (parent.type === 'And' && operand.type === 'And');
}

function takesDoc(d: Declaration): d is TermsDeclaration | PatternDeclaration | DetectorDeclaration | RuleDeclaration {
  return d.type === 'Terms' || d.type === 'Pattern' || d.type === 'Detector' || d.type === 'Rule';
}

function term(t: Term): string {
  return quote(t.prefix ? `${t.text}*` : t.text);
}

function termItem(t: Term): Line {
  return { text: term(t), at: t.location.start.offset };
}

function citation(c: Citation): string {
  let text = 'cite';
  if (c.source !== undefined) text += ` ${str(c.source)}`;
  if (c.section !== undefined) text += ` section ${value(c.section)}`;
  if (c.paragraph !== undefined) text += ` paragraph ${value(c.paragraph)}`;
  return text;
}

function example(e: ExampleDeclaration): string {
  let text = `example ${e.expect}`;
  if (e.rules.length > 0) text += ` ${e.rules.map((r) => r.name).join(', ')}`;
  text += ` ${str(e.text)}`;
  if (e.activity.length > 0) text += ` with ${e.activity.map(exampleField).join(', ')}`;
  return text;
}

function exampleField(f: ExampleField): string {
  return `${fieldPath(f.path)} ${valueOrList(f.value)}`;
}

function fieldPath(p: FieldPath): string {
  return p.segments.join('.');
}

/**
 * A `when` or `unless` clause as the formatter writes it inside a rule, but
 * starting in column 1: on one line when it fits in 80 columns, else broken
 * at its `and` and `or` the same way (see {@link print}).
 */
export function printClause(keyword: 'when' | 'unless', c: Condition): string {
  const lines: Line[] = [];
  layOutCondition(c, `${keyword} `, INDENT.length, '', undefined, lines);
  return lines.map((line) => line.text).join('\n');
}

/**
 * Prints a condition with the fewest parentheses that still parse back to
 * the same tree: `or` binds loosest, then `and`, then `not`; a nested `and`
 * inside an `and` (or `or` inside `or`) was written with parentheses, so it
 * keeps them.
 */
export function condition(c: Condition): string {
  switch (c.type) {
    case 'Or':
    case 'And':
      return c.operands
        .map((o) => (needsParentheses(c, o) ? `(${condition(o)})` : condition(o)))
        .join(c.type === 'Or' ? ' or ' : ' and ');
    case 'Not': {
      const o = c.operand;
      return o.type === 'Or' || o.type === 'And' ? `not (${condition(o)})` : `not ${condition(o)}`;
    }
    default:
      return test(c);
  }
}

function test(t: Test): string {
  const field = fieldPath(t.field);
  switch (t.type) {
    case 'Has': {
      let text = `${field} has`;
      if (t.atLeast !== undefined) text += ` at least ${value(t.atLeast)}`;
      text += ` ${t.source.name}`;
      if (t.near !== undefined) text += ` near ${t.near.source.name} within ${value(t.near.within)} words`;
      return text;
    }
    case 'Is':
      return `${field} is ${t.negated ? 'not ' : ''}${value(t.value)}`;
    case 'In':
      return `${field} ${t.negated ? 'not ' : ''}in { ${t.values.map(value).join(', ')} }`;
    case 'DateTest':
      return t.operator === 'between'
        ? `${field} between ${t.from.value} and ${t.to?.value ?? t.from.value}`
        : `${field} ${t.operator} ${t.from.value}`;
    case 'Exists':
      return `${field} exists`;
    case 'Contains':
      return `${field} contains ${value(t.value)}`;
  }
}

function valueOrList(v: Value | ValueList): string {
  return v.type === 'ValueList' ? `[${v.values.map(value).join(', ')}]` : value(v);
}

function value(v: Value): string {
  switch (v.type) {
    case 'String':
      return str(v);
    case 'Number':
      return plainNumber(v.value);
    case 'Boolean':
      return v.value ? 'true' : 'false';
    case 'Date':
      return v.value;
    case 'Identifier':
      return v.name;
  }
}

/**
 * A number in the DSL's plain decimal notation (`0.0000001`, never `1e-7`),
 * with the shortest digits that read back as the same double.
 */
export function plainNumber(n: number): string {
  const shortest = String(n);
  const m = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(shortest);
  if (m === null) return shortest;
  const digits = m[1]! + (m[2] ?? '');
  const point = m[1]!.length + Number(m[3]);
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

function str(s: StringLiteral): string {
  return quote(s.value);
}

/**
 * A string literal for `value`: quotes and backslashes escaped, line breaks
 * and tabs as `\n` and `\t`, and every character that is invisible or unsafe
 * in a source file (control and bidirectional formatting characters, line
 * separators, lone surrogates) as `\u{…}`.
 */
export function quote(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x09) out += '\\t';
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length && isLowSurrogate(value.charCodeAt(i + 1))) {
      out += value[i]! + value[i + 1]!;
      i++;
    } else if (needsEscape(c)) out += `\\u{${c.toString(16).toUpperCase()}}`;
    else out += value[i]!;
  }
  return `${out}"`;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function needsEscape(c: number): boolean {
  return (
    c < 0x20 ||
    (c >= 0x7f && c <= 0x9f) ||
    (c >= 0xd800 && c <= 0xdfff) ||
    c === 0x2028 ||
    c === 0x2029 ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0x200e ||
    c === 0x200f ||
    c === 0xfeff
  );
}
