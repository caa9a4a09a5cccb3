// Small helpers shared by the generated rule reference and traceability table.

/**
 * @typedef {{ section?: string | number | undefined, paragraph?: string | number | undefined, source?: string | undefined }} Citation
 */

/**
 * The key a citation and a guidance paragraph share: `3|4`, `foreword|1`,
 * `3|top 5, item 3`.
 *
 * @param {string | number | undefined} section
 * @param {string | number | undefined} paragraph
 */
export function paragraphKey(section, paragraph) {
  return `${String(section)}|${String(paragraph)}`;
}

/**
 * How a citation reads in the docs: `section 3, paragraph 4`, `foreword,
 * paragraph 1`, `section 3, top 5, item 3`.
 *
 * @param {Citation | undefined} citation
 */
export function citationLabel(citation) {
  if (citation === undefined) return 'none';
  const parts = [];
  if (citation.source !== undefined) parts.push(citation.source);
  if (citation.section !== undefined) {
    parts.push(citation.section === 'foreword' ? 'foreword' : `section ${citation.section}`);
  }
  if (citation.paragraph !== undefined) {
    parts.push(typeof citation.paragraph === 'number' ? `paragraph ${citation.paragraph}` : String(citation.paragraph));
  }
  return parts.join(', ');
}

/**
 * Text for a Markdown table cell: pipes escaped, line breaks flattened.
 *
 * @param {string} text
 */
export function cell(text) {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * Inline code that survives backticks inside the text.
 *
 * @param {string} text
 */
export function code(text) {
  const fence = text.includes('`') ? '``' : '`';
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * The first sentence of a doc comment, for summaries.
 *
 * @param {string | undefined} doc
 */
export function summary(doc) {
  if (doc === undefined) return '';
  const firstParagraph = doc.split(/\n\s*\n/)[0]?.replace(/\s*\n\s*/g, ' ').trim() ?? '';
  const end = firstParagraph.search(/[.:](?:\s|$)/);
  return end === -1 ? firstParagraph : firstParagraph.slice(0, end + 1).replace(/:$/, '.');
}

/**
 * An example's activity, other than its text, as it is written after `with`.
 *
 * @param {Record<string, unknown>} activity
 */
export function withFields(activity) {
  /** @type {string[]} */
  const out = [];
  /**
   * @param {string} prefix
   * @param {unknown} value
   */
  const visit = (prefix, value) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value)) visit(prefix === '' ? key : `${prefix}.${key}`, inner);
      return;
    }
    if (prefix === 'attachments' && Array.isArray(value)) {
      for (const attachment of value) visit('attachments', attachment);
      return;
    }
    out.push(`${prefix} ${literal(value)}`);
  };
  for (const [key, value] of Object.entries(activity)) if (key !== 'text') visit(key, value);
  return out.join(', ');
}

/**
 * @param {unknown} value
 * @returns {string}
 */
function literal(value) {
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'string') {
    return /^[a-z][a-z-]*$/.test(value) || /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2}))?$/.test(value)
      ? value
      : JSON.stringify(value);
  }
  return String(value);
}
