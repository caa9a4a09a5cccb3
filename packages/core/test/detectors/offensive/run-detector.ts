import type { Detector, DetectorMatch } from '../../../src/detectors/detector.js';
import { activitySchema, type ActivityInput } from '../../../src/schema/activity.js';
import { normalise } from '../../../src/text/normalise.js';

/**
 * Runs a language detector as the engine would: the field normalised with
 * the shared normaliser, options parsed by the detector's own schema.
 */
export function run<O>(
  detector: Detector<O>,
  text: string,
  options: Record<string, unknown> = {},
  field = 'text',
  activity: Partial<ActivityInput> = {},
): DetectorMatch[] {
  const parsed = detector.options.parse(options);
  return detector.detect(
    { text, normalised: normalise(text), field, activity: activitySchema.parse({ text, ...activity }) },
    parsed,
  );
}

/** The matched texts, for compact assertions. */
export function spans(text: string, matches: readonly DetectorMatch[]): string[] {
  return matches.map((m) => text.slice(m.start, m.end));
}

/** Checks the invariants every match of every detector keeps. */
export function wellFormed(text: string, matches: readonly DetectorMatch[]): boolean {
  return matches.every(
    (m) =>
      Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.start < m.end && m.end <= text.length &&
      m.confidence >= 0 && m.confidence <= 1 && m.label.length > 0,
  );
}
