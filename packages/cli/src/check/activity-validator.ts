import type { Engine } from '@propriety/core';
import { loadPack, type CompiledPack } from '../packs/compile-pack.js';

/**
 * An engine that knows the pack's name and version and checks activities
 * against the activity schema, but has none of its rules: loading it takes
 * a few milliseconds where the whole pack takes far longer. The main thread
 * of `--jobs N` uses it to refuse bad flags, in the engine's own words,
 * while the worker threads load the real pack.
 */
export function activityValidator(pack: CompiledPack): Pick<Engine, 'safeCheck' | 'packs'> {
  try {
    return loadPack({ ...pack.ir, termLists: {}, patterns: {}, detectors: {}, rules: [], examples: [] }, pack.label).engine;
  } catch {
    // IR too broken to load even without its rules: loading it whole names every problem.
    return loadPack(pack.ir, pack.label).engine;
  }
}
