/**
 * Keeping the "measured figures" section of a pack's README in step with the
 * evaluation: the text between two marker comments is replaced, and nothing
 * else in the file is touched.
 *
 * @module
 */

/** The comments that open and close the generated section. */
export const README_MARKERS = { start: '<!-- eval:start -->', end: '<!-- eval:end -->' };

/**
 * Replaces what lies between the markers with `content`, or returns
 * `undefined` when the markers are missing or out of order (the README then
 * stays as it is).
 */
export function replaceMarkedSection(text, content, markers = README_MARKERS) {
  const start = text.indexOf(markers.start);
  const end = text.indexOf(markers.end);
  if (start < 0 || end < start + markers.start.length || text.indexOf(markers.start, start + 1) >= 0) return undefined;
  return `${text.slice(0, start + markers.start.length)}\n${content.trim()}\n${text.slice(end)}`;
}
