import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { PackIR } from '../ir/schema.js';

/** The outcome of compiling one pack (the one asked for, or a parent of it). */
export interface UnitResult {
  /** The name in the pack's header, once it could be read. */
  name: string | undefined;
  /** The compiled pack; present exactly when there are no errors. */
  ir: PackIR | undefined;
  /** Every error, sorted by position. */
  errors: Diagnostic[];
  /** Every warning, sorted by position. */
  warnings: Diagnostic[];
  /**
   * When the pack is part of a cycle of `extends`: the packs of the cycle in
   * extends order, starting anywhere. Lets every pack of the cycle report the
   * cycle from its own point of view instead of "the parent has errors".
   */
  cycle?: string[] | undefined;
}
