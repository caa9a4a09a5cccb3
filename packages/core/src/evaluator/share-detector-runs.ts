import { canonicalJson } from '../compiler/json-equal.js';
import type { LoadedDetector } from './loaded-pack.js';

/**
 * Lets detectors configured more than once share one run per field: a
 * detector marked `thresholdOnly`, configured with the same options but for
 * `minConfidence` (the standard pack has `attack` and `attack-clear`,
 * `marking` and `marking-certain`), runs once at the lowest threshold of the
 * group and each configuration keeps the matches at or above its own.
 *
 * @param detectors - every detector the pack loaded, by id; changed in place
 */
export function shareDetectorRuns(detectors: ReadonlyMap<string, LoadedDetector>): void {
  const groups = new Map<string, LoadedDetector[]>();
  for (const loaded of detectors.values()) {
    if (loaded.detector.thresholdOnly !== true || !isRecord(loaded.options)) continue;
    const { minConfidence: _threshold, ...rest } = loaded.options;
    const key = `${loaded.detector.name}\u0000${canonicalJson(rest)}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [loaded]);
    else group.push(loaded);
  }
  for (const [key, group] of groups) {
    if (group.length < 2) continue;
    const lowest = Math.min(...group.map((loaded) => loaded.minConfidence));
    const options = { ...(group[0]!.options as Record<string, unknown>), minConfidence: lowest };
    for (const loaded of group) loaded.run = { key, options };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
