// Small helpers of the generated traceability table, and of the rule
// reference's paragraph names.

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
