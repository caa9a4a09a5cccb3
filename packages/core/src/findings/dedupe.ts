import type { Finding } from './report.js';

/**
 * Drops findings that repeat another: the same rule with the same message at
 * the same places. The first one is kept.
 */
export function dedupeFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const places = finding.spans.map((span) => `${span.field}:${span.start}:${span.end}`).join(',');
    const key = `${finding.rule}\u0000${finding.message}\u0000${places}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
