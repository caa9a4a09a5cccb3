import type { Citation, ConditionIR, ExampleIR, PackIR, RuleIR } from '../ir/schema.js';
import { safeParse } from '../syntax/parse.js';
import { citationText } from './citation-text.js';
import { conditionClause } from './condition-text.js';
import { cell, codeSpan } from './markdown.js';

/** Options of {@link renderRuleDocs}, for a pack's own reference (all optional). */
export interface RuleDocsOptions {
  /** The file name of the index page; `index.md` by default (`README.md` suits a folder on GitHub). */
  index?: string | undefined;
  /** A line put at the top of every page, such as a "generated, do not edit" comment. */
  banner?: string | undefined;
  /**
   * The pack's `.prop` source. Each of the pack's own rules is then also
   * shown as written, and the pack's doc comment opens the index.
   */
  source?: string | undefined;
  /** Words that name a cited paragraph, shown after the citation ("Comment on policy"). */
  describeParagraph?: ((citation: Citation) => string | undefined) | undefined;
  /** Links put under every page's title, such as a traceability table. */
  links?: readonly { label: string; href: string }[] | undefined;
}

/**
 * The rule reference of a compiled pack, as Markdown files by name: the
 * index (the pack, a table of every rule, its term lists and its own
 * examples) and `<rule-id>.md` for each rule (its documentation comment,
 * severity, tags, the guidance it cites, when it fires, the term lists,
 * patterns and detectors it uses, its message, advice and suggestion, and
 * its examples). The same IR and options always give the same files, in the
 * same order. Pure: it reads and writes no files.
 *
 * @param ir - the compiled pack
 * @param options - file names, banner, links and the pack source; see {@link RuleDocsOptions}
 * @returns the content of each page by file name, the index first
 */
export function renderRuleDocs(ir: PackIR, options: RuleDocsOptions = {}): Map<string, string> {
  const index = options.index ?? 'index.md';
  const files = new Map<string, string>();
  files.set(index, page(renderIndex(ir, options), options));
  for (const rule of ir.rules) files.set(ruleFile(rule.id), page(renderRule(rule, ir, index, options), options));
  return files;
}

function ruleFile(id: string): string {
  return `${id}.md`;
}

function page(body: string, options: RuleDocsOptions): string {
  return options.banner === undefined ? body : `${options.banner}\n\n${body}`;
}

function linksLine(options: RuleDocsOptions, first?: { label: string; href: string }): string[] {
  const links = [...(first === undefined ? [] : [first]), ...(options.links ?? [])];
  return links.length === 0 ? [] : [links.map((l) => `[${l.label}](${l.href})`).join(' · '), ''];
}

function citationCell(citation: Citation | undefined, options: RuleDocsOptions): string {
  const text = citationText(citation);
  if (text === undefined || citation === undefined) return '';
  const subject = options.describeParagraph?.(citation);
  return cell(subject === undefined ? text : `${text} (${subject})`);
}

/** The doc comment of the pack in `source`, when that source is the pack `ir` was compiled from. */
function packDoc(ir: PackIR, source: string | undefined): string | undefined {
  if (source === undefined) return undefined;
  const parsed = safeParse(source);
  if (!parsed.ok || parsed.ast.header.name.value !== ir.name) return undefined;
  const doc = parsed.ast.doc?.trim();
  return doc === undefined || doc === '' ? undefined : doc;
}

function renderIndex(ir: PackIR, options: RuleDocsOptions): string {
  const out: string[] = [`# ${ir.title ?? ir.name}`, '', ...linksLine(options)];
  out.push(`Rule reference of the pack \`${ir.name}\`, version ${ir.version}.`);
  if (ir.source !== undefined) out.push('', `Guidance: ${ir.source}.`);
  if (ir.packs.length > 1) {
    out.push('', `Built on ${ir.packs.slice(0, -1).map((p) => `\`${p.name}\` ${p.version}`).join(', ')}.`);
  }
  const about = packDoc(ir, options.source);
  if (about !== undefined) out.push('', '## About the pack', '', about, '', '## Rules');
  const on = ir.rules.filter((rule) => rule.severity !== 'off').length;
  out.push('', `${ir.rules.length} rule${ir.rules.length === 1 ? '' : 's'}, ${on} switched on.`, '');
  out.push('| Rule | Severity | Tags | Guidance | What it catches |', '| --- | --- | --- | --- | --- |');
  for (const rule of ir.rules) {
    out.push(`| [\`${rule.id}\`](${ruleFile(rule.id)}) | ${rule.severity} | ${rule.tags.map((t) => `\`${t}\``).join(', ')} | ${citationCell(rule.citation, options)} | ${cell(summaryOf(rule))} |`);
  }
  const lists = Object.entries(ir.termLists);
  if (lists.length > 0) {
    out.push('', '## Term lists', '', 'A pack that extends this one adds terms with `terms id += { … }` and removes them with `terms id -= { … }`.');
    for (const [id, list] of lists) {
      out.push('', `### \`${id}\``, '');
      if (list.description !== undefined) out.push(`${list.description}${list.inflect ? ' (with inflections: -s, -es, -ed, -ing)' : ''}.`, '');
      else if (list.inflect) out.push('With inflections: -s, -es, -ed, -ing.', '');
      out.push(list.terms.map((t) => codeSpan(t.prefix ? `${t.text}*` : t.text)).join(', '));
    }
  }
  const packExamples = ir.examples.filter((example) => example.rules.length === 0);
  if (packExamples.length > 0) {
    out.push('', '## Examples of the whole pack', '');
    for (const example of packExamples) out.push(`- ${example.expect === 'flags' ? 'flagged' : 'passes every rule'}: ${exampleLine(example)}`);
  }
  return `${out.join('\n')}\n`;
}

function renderRule(rule: RuleIR, ir: PackIR, index: string, options: RuleDocsOptions): string {
  const out: string[] = [`# \`${rule.id}\``, '', ...linksLine(options, { label: 'All rules', href: index })];
  if (rule.doc !== undefined && rule.doc.trim() !== '') out.push(rule.doc.trim(), '');
  out.push('| | |', '| --- | --- |');
  out.push(`| Severity | ${rule.severity === 'off' ? 'off (switched off in this pack)' : rule.severity} |`);
  if (rule.tags.length > 0) out.push(`| Tags | ${rule.tags.map((t) => `\`${t}\``).join(', ')} |`);
  const citation = citationCell(rule.citation, options);
  if (citation !== '') out.push(`| Guidance | ${citation} |`);
  out.push(`| Pack | \`${rule.pack}\` |`);

  out.push('', '## When it fires', '', '```prop', conditionClause('when', rule.when));
  if (rule.unless !== undefined) out.push(conditionClause('unless', rule.unless));
  out.push('```');

  const uses = renderSources(rule, ir);
  if (uses.length > 0) out.push('', '## What it looks for', '', ...uses);

  const written = options.source !== undefined && rule.pack === ir.name ? ruleSource(options.source, rule) : undefined;
  if (written !== undefined) out.push('', 'As written in the pack:', '', '```prop', written, '```');

  out.push('', '## What it says', '', `> ${rule.message}`);
  if (rule.advice !== undefined) out.push('', `**Advice:** ${rule.advice}`);
  if (rule.suggestion !== undefined) out.push('', `**Suggestion:** ${rule.suggestion}`);

  const examples = ir.examples.filter((example) => example.rules.includes(rule.id));
  const flagged = examples.filter((e) => e.expect === 'flags');
  const passes = examples.filter((e) => e.expect === 'passes');
  if (examples.length > 0) out.push('', '## Examples');
  if (flagged.length > 0) out.push('', 'Flagged:', '', ...flagged.map((e) => `- ${exampleLine(e)}`));
  if (passes.length > 0) out.push('', 'Not flagged:', '', ...passes.map((e) => `- ${exampleLine(e)}`));
  return `${out.join('\n')}\n`;
}

function renderSources(rule: RuleIR, ir: PackIR): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const source of sourcesOf(rule)) {
    const key = `${source.kind}:${source.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (source.kind === 'terms') {
      const list = ir.termLists[source.id];
      if (list === undefined) continue;
      const head = `- Term list \`${source.id}\`${list.description !== undefined ? `: ${list.description}` : ''}${list.inflect ? ' (with inflections)' : ''}`;
      const terms = list.terms.map((t) => codeSpan(t.prefix ? `${t.text}*` : t.text)).join(', ');
      out.push(head, '', `  <details><summary>${list.terms.length} term${list.terms.length === 1 ? '' : 's'}</summary>`, '', `  ${terms}`, '', '  </details>', '');
    } else if (source.kind === 'pattern') {
      const pattern = ir.patterns[source.id];
      if (pattern === undefined) continue;
      out.push(`- Pattern \`${source.id}\`${pattern.description !== undefined ? `: ${pattern.description}` : ''}: ${codeSpan(`/${pattern.regex}/${pattern.flags}`)}`);
    } else {
      const detector = ir.detectors[source.id];
      const options = detector !== undefined && Object.keys(detector.options).length > 0 ? ` with ${codeSpan(JSON.stringify(detector.options))}` : '';
      const uses = detector !== undefined && detector.uses !== source.id ? ` (built-in detector \`${detector.uses}\`${options})` : options === '' ? ' (built-in detector)' : ` (built-in detector${options})`;
      out.push(`- Detector \`${source.id}\`${uses}`);
    }
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

/** The lines of a rule's declaration in the source: from its first line to the `}` in column 1. */
function ruleSource(source: string, rule: RuleIR): string | undefined {
  const first = rule.location?.line;
  if (first === undefined) return undefined;
  const lines = source.split(/\r?\n/);
  if (!(lines[first - 1] ?? '').includes(rule.id)) return undefined;
  for (let last = first; last <= lines.length; last++) {
    if (lines[last - 1] === '}') return lines.slice(first - 1, last).join('\n');
  }
  return undefined;
}

function sourcesOf(rule: RuleIR): { kind: string; id: string }[] {
  const found: { kind: string; id: string }[] = [];
  const walk = (c: ConditionIR): void => {
    if (c.op === 'and' || c.op === 'or') c.args.forEach(walk);
    else if (c.op === 'not') walk(c.arg);
    else if (c.op === 'has') {
      found.push(c.source);
      if (c.near !== undefined) found.push(c.near.source);
    }
  };
  walk(rule.when);
  if (rule.unless !== undefined) walk(rule.unless);
  return found;
}

function exampleLine(example: ExampleIR): string {
  const text = typeof example.activity['text'] === 'string' ? example.activity['text'] : '';
  const fields = flatten(example.activity).filter(([path]) => path !== 'text');
  const withText = fields.length === 0 ? '' : ` with ${fields.map(([path, value]) => `${path} ${codeSpan(value)}`).join(', ')}`;
  // An example naming several rules says so on each of their pages.
  const named = example.rules.length > 1 ? ` (${example.rules.map((r) => `\`${r}\``).join(', ')})` : '';
  return `${codeSpan(text)}${withText}${named}`;
}

function flatten(value: Record<string, unknown>, prefix = ''): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, inner] of Object.entries(value)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (inner !== null && typeof inner === 'object' && !Array.isArray(inner)) out.push(...flatten(inner as Record<string, unknown>, path));
    else out.push([path, typeof inner === 'string' ? inner : JSON.stringify(inner)]);
  }
  return out;
}

function summaryOf(rule: RuleIR): string {
  const doc = rule.doc?.trim();
  if (doc === undefined || doc === '') return rule.message;
  return (doc.split(/\n\s*\n/)[0] ?? doc).replace(/\s+/g, ' ');
}
