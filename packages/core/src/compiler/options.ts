import type { Detector } from '../detectors/detector.js';
import type { PackIR } from '../ir/schema.js';

/** A pack found by name: its source (compiled with its own file name) or its compiled IR. */
export type ResolvedPack = { source: string; file?: string | undefined } | PackIR;

/**
 * How to compile a pack. The core never reads files: packs named after
 * `extends` are looked up first in `packs`, then through `resolve`.
 */
export interface CompileOptions {
  /** The file name of the pack, written into every diagnostic and IR location. */
  file?: string | undefined;
  /** Packs that may be extended, by name: `.prop` source or compiled IR. */
  packs?: Record<string, string | PackIR> | undefined;
  /** Finds a pack that is not in `packs`; returns `undefined` when there is no such pack. */
  resolve?: ((name: string) => ResolvedPack | undefined) | undefined;
  /**
   * The built-in detectors that `detector … uses` and conditions may name, by
   * name. Defaults to `builtinDetectors`; a host that registers its own
   * detectors with its engine passes the same map here.
   */
  detectors?: ReadonlyMap<string, Detector<any>> | undefined;
}
