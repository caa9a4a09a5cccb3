import type { Detector, DetectorMatch } from '../../src/detectors/detector.js';
import { activitySchema } from '../../src/schema/activity.js';
import type { NormalisedText } from '../../src/text/normalised-text.js';

/**
 * Runs a detector over `text` with options parsed by its own schema and, as
 * the engine does, keeps only matches at or above the `minConfidence` option.
 */
export function detect<O>(detector: Detector<O>, text: string, options: Record<string, unknown> = {}): DetectorMatch[] {
  const parsed = detector.options.parse(options);
  // The three detectors here read only the original text; an empty normalised text proves it.
  const normalised: NormalisedText = { original: text, text: '', starts: new Uint32Array(0), ends: new Uint32Array(0) };
  const minConfidence = (parsed as { minConfidence?: number }).minConfidence ?? 0.5;
  return detector
    .detect({ text, normalised, field: 'text', activity: activitySchema.parse({ text }) }, parsed)
    .filter((match) => match.confidence >= minConfidence);
}

/** The matched texts, for compact assertions. */
export function texts(text: string, matches: readonly { start: number; end: number }[]): string[] {
  return matches.map((m) => text.slice(m.start, m.end));
}

/** Milliseconds taken by `run`. */
export function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}
