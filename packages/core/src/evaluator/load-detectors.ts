import type { Detector } from '../detectors/detector.js';
import { DEFAULT_MIN_CONFIDENCE } from '../detectors/options.js';
import type { PackIR } from '../ir/schema.js';
import { didYouMean } from './closest-name.js';
import { issuesFromZod, type Issue } from './issues.js';
import type { LoadedDetector } from './loaded-pack.js';

/**
 * Resolves every detector the IR declares against the registry (built-ins
 * plus any the caller passed to {@link load}) and validates its options with
 * the detector's own schema. Built-ins named directly in conditions without a
 * declaration get their default options, on demand, through `resolve`.
 */
export function loadDetectors(
  ir: PackIR,
  registry: ReadonlyMap<string, Detector<any>>,
  issues: Issue[],
): { detectors: Map<string, LoadedDetector>; resolve: (id: string) => LoadedDetector | undefined } {
  const detectors = new Map<string, LoadedDetector>();
  for (const [id, declared] of Object.entries(ir.detectors)) {
    const detector = registry.get(declared.uses);
    if (detector === undefined) {
      issues.push({
        path: `detectors.${id}.uses`,
        message: `names the unknown detector \`${declared.uses}\`${didYouMean(declared.uses, registry.keys())}; the known detectors are ${[...registry.keys()].map((name) => `\`${name}\``).join(', ')}`,
      });
      continue;
    }
    const loaded = configure(id, detector, declared.options, `detectors.${id}.options`, issues);
    if (loaded !== undefined) detectors.set(id, loaded);
  }
  const declaredIds = new Set(Object.keys(ir.detectors));
  const resolve = (id: string): LoadedDetector | undefined => {
    const known = detectors.get(id);
    if (known !== undefined || declaredIds.has(id)) return known;
    const detector = registry.get(id);
    if (detector === undefined) return undefined;
    const loaded = configure(id, detector, {}, `detectors.${id}.options`, issues);
    if (loaded !== undefined) detectors.set(id, loaded);
    return loaded;
  };
  return { detectors, resolve };
}

function configure(
  id: string,
  detector: Detector<any>,
  raw: Record<string, unknown>,
  path: string,
  issues: Issue[],
): LoadedDetector | undefined {
  let parsed: ReturnType<typeof detector.options.safeParse>;
  try {
    parsed = detector.options.safeParse(raw);
  } catch (error) {
    issues.push({ path, message: `could not be checked by detector \`${detector.name}\` (${error instanceof Error ? error.message : String(error)})` });
    return undefined;
  }
  if (!parsed.success) {
    issues.push(...issuesFromZod(parsed.error, path.split('.')));
    return undefined;
  }
  return { id, detector, options: parsed.data, minConfidence: minConfidenceOf(parsed.data, raw) };
}

/**
 * Groups the detectors a pack uses (declared, or built-ins named directly) that run the same {@link Detector.thresholdOnly}
 * detector with the same options but for `minConfidence`, and gives each
 * group one shared run at the lowest of their thresholds: `FieldScan` filters
 * its matches by each declaration's own threshold, which gives what each
 * would have found alone.
 */
export function shareRuns(detectors: ReadonlyMap<string, LoadedDetector>): void {
  const groups = new Map<string, LoadedDetector[]>();
  for (const loaded of detectors.values()) {
    const { options } = loaded;
    if (loaded.detector.thresholdOnly !== true || options === null || typeof options !== 'object') continue;
    const { minConfidence: _, ...rest } = options as Record<string, unknown>;
    let key: string;
    try {
      key = `${loaded.detector.name}\u0000${JSON.stringify(rest)}`;
    } catch {
      continue;
    }
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [loaded]);
    else group.push(loaded);
  }
  for (const [key, group] of groups) {
    if (group.length < 2) continue;
    const lowest = Math.min(...group.map((loaded) => loaded.minConfidence));
    const options = { ...(group[0]!.options as Record<string, unknown>), minConfidence: lowest };
    for (const loaded of group) loaded.shared = { key, options };
  }
}

/** `minConfidence` from the parsed options, or from what the pack wrote when a custom detector's schema drops it. */
function minConfidenceOf(parsed: unknown, raw: Record<string, unknown>): number {
  for (const source of [parsed, raw]) {
    if (source !== null && typeof source === 'object' && Object.hasOwn(source, 'minConfidence')) {
      const value = (source as { minConfidence: unknown }).minConfidence;
      if (typeof value === 'number' && value >= 0 && value <= 1) return value;
    }
  }
  return DEFAULT_MIN_CONFIDENCE;
}
