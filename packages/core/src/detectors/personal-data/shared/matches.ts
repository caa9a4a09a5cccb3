import type { DetectorMatch } from '../../detector.js';

/** Keeps the matches at or above `minConfidence`, sorted by start then by longest first. */
export function keepConfident(matches: DetectorMatch[], minConfidence: number): DetectorMatch[] {
  return matches
    .filter((m) => m.confidence >= minConfidence)
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The redaction offered for a kind of personal data: `[email removed]`. */
export function redaction(kind: string): string {
  return `[${kind} removed]`;
}
