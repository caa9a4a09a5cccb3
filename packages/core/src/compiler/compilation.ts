import type { Pack } from '../ast/nodes.js';
import { builtinDetectors } from '../detectors/builtin.js';
import type { Detector } from '../detectors/detector.js';
import { IR_VERSION, packIRSchema, type PackIR } from '../ir/schema.js';
import { safeParse } from '../syntax/parse.js';
import type { CompileOptions, ResolvedPack } from './options.js';
import { runPipeline } from './pipeline.js';
import { Session } from './session.js';
import type { UnitResult } from './unit-result.js';

/** What looking up a pack named after `extends` gave. */
export type ParentOutcome =
  | { kind: 'missing' }
  | { kind: 'lookup-failed'; message: string }
  | { kind: 'invalid-ir'; reason: string; help: string }
  | { kind: 'ir'; ir: PackIR }
  | { kind: 'compiled'; result: UnitResult };

/**
 * The state of one call to `compile`: the options, the parents compiled so
 * far (each pack is compiled once however many packs extend it) and the chain
 * of packs being compiled, which is how a cycle of `extends` is noticed.
 */
export class Compilation {
  readonly options: CompileOptions;
  readonly detectors: ReadonlyMap<string, Detector<any>>;
  /** Names of the packs being compiled, outermost first. */
  readonly chain: string[] = [];
  private readonly parents = new Map<string, ParentOutcome>();

  constructor(options: CompileOptions) {
    this.options = options;
    this.detectors = options.detectors ?? builtinDetectors;
  }

  /** Parses and compiles one pack's source. */
  compileSource(text: string, file: string | undefined): UnitResult {
    const parsed = safeParse(text, { file });
    if (!parsed.ok) {
      const session = new Session(file, text);
      session.adopt(parsed.diagnostics);
      return { name: undefined, ir: undefined, errors: session.errors(), warnings: session.warnings() };
    }
    return this.compileAst(parsed.ast, file, text);
  }

  /** Checks and compiles one parsed pack. */
  compileAst(pack: Pack, file: string | undefined, text: string | undefined): UnitResult {
    const session = new Session(file, text);
    const name = pack.header.name.value;
    this.chain.push(name);
    let outcome;
    try {
      outcome = runPipeline(this, session, pack);
    } finally {
      this.chain.pop();
    }
    const errors = session.errors();
    return {
      name,
      ir: errors.length === 0 ? outcome.ir : undefined,
      errors,
      warnings: session.warnings(),
      cycle: outcome.cycle,
    };
  }

  /** Names a parent could be found under without calling `resolve`, for "did you mean". */
  knownPackNames(): string[] {
    return Object.keys(this.options.packs ?? {});
  }

  /** Finds and compiles the pack named `name`, once per compilation. */
  loadParent(name: string): ParentOutcome {
    const cached = this.parents.get(name);
    if (cached !== undefined) return cached;
    const outcome = this.lookUp(name);
    this.parents.set(name, outcome);
    return outcome;
  }

  private lookUp(name: string): ParentOutcome {
    let found: string | ResolvedPack | undefined;
    const packs = this.options.packs;
    if (packs !== undefined && Object.hasOwn(packs, name)) {
      found = packs[name];
    } else if (this.options.resolve !== undefined) {
      try {
        found = this.options.resolve(name);
      } catch (error) {
        return { kind: 'lookup-failed', message: error instanceof Error ? error.message : String(error) };
      }
    }
    if (found === undefined || found === null) return { kind: 'missing' };
    if (typeof found === 'string') return { kind: 'compiled', result: this.compileSource(found, undefined) };
    if (typeof found === 'object' && 'irVersion' in found) return checkIr(found);
    if (typeof found === 'object' && typeof (found as { source?: unknown }).source === 'string') {
      const { source, file } = found as { source: string; file?: string | undefined };
      return { kind: 'compiled', result: this.compileSource(source, file) };
    }
    return {
      kind: 'invalid-ir',
      reason: 'it is neither `.prop` source nor a compiled pack',
      help: 'give the pack as `{ source, file }` or as the IR that `compile` returned',
    };
  }
}

/** Checks IR given for a parent: the right IR version and the IR schema. */
function checkIr(ir: unknown): ParentOutcome {
  const version = (ir as { irVersion?: unknown }).irVersion;
  if (version !== IR_VERSION) {
    return {
      kind: 'invalid-ir',
      reason: `it was compiled for IR version \`${String(version)}\`, and this compiler reads version \`${IR_VERSION}\``,
      help: 'compile that pack again with this version of Propriety, or give its source instead',
    };
  }
  const checked = packIRSchema.safeParse(ir);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const path = issue === undefined || issue.path.length === 0 ? 'the pack' : `\`${issue.path.join('.')}\``;
    return {
      kind: 'invalid-ir',
      reason: `${path} is not valid (${issue?.message ?? 'unknown problem'})`,
      help: 'compile that pack again from its source, or give its source instead',
    };
  }
  return { kind: 'ir', ir: checked.data };
}
