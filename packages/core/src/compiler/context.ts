import type {
  DetectorDeclaration,
  Pack,
  PatternDeclaration,
  RuleDeclaration,
  RuleOverride,
  StringLiteral,
  TermsDeclaration,
} from '../ast/nodes.js';
import type { Detector } from '../detectors/detector.js';
import type { ExampleIR, PackIR, RuleIR } from '../ir/schema.js';
import type { Session } from './session.js';

/** A term list, pattern or detector as IR, with the parent pack it came from. */
export interface InheritedEntry<T> {
  value: T;
  /** The pack named after `extends` that brought it in. */
  parent: string;
}

/** One pack named after `extends`, compiled. */
export interface Parent {
  name: string;
  ir: PackIR;
  /** The string after `extends`, for diagnostics. */
  node: StringLiteral;
}

/**
 * Everything this pack inherits: its parents' IR merged, in the order the
 * parents are named. Built once by `merge-parents`; read-only afterwards.
 */
export interface Inherited {
  parents: Parent[];
  packs: PackIR['packs'];
  /** The first parent's `source`, which `cite section N` falls back to when this pack names none. */
  source: string | undefined;
  termLists: Map<string, InheritedEntry<PackIR['termLists'][string]>>;
  patterns: Map<string, InheritedEntry<PackIR['patterns'][string]>>;
  detectors: Map<string, InheritedEntry<PackIR['detectors'][string]>>;
  rules: Map<string, InheritedEntry<RuleIR>>;
  /** Examples of the parents, each with the rule ids of the parent it came from (for bare `passes`). */
  examples: { example: ExampleIR; parentRules: string[] }[];
}

/** What a name in the shared namespace of term lists, patterns and detectors stands for. */
export type SourceSymbol =
  | { kind: 'terms'; name: string; node: TermsDeclaration }
  | { kind: 'pattern'; name: string; node: PatternDeclaration }
  | { kind: 'detector'; name: string; node: DetectorDeclaration }
  | { kind: 'terms' | 'pattern' | 'detector'; name: string; node?: undefined; parent: string };

/** A rule this pack can refer to: declared here, or inherited. */
export type RuleSymbol =
  | { name: string; node: RuleDeclaration; parent?: undefined }
  | { name: string; node?: undefined; parent: string; ir: RuleIR };

/**
 * The names this pack can use, first declaration wins. Built by
 * `collect-declarations`; duplicates are left for `report-duplicate-ids`.
 */
export interface SymbolTable {
  /** Term lists, patterns and declared detectors, inherited ones first. */
  sources: Map<string, SourceSymbol>;
  /** Rules, inherited ones first. */
  rules: Map<string, RuleSymbol>;
  /** The first `override rule` of each rule id in this pack. */
  overrides: Map<string, RuleOverride>;
}

/** What every check pass and the lowering pass are given. */
export interface CheckContext {
  session: Session;
  pack: Pack;
  inherited: Inherited;
  symbols: SymbolTable;
  /** The built-in detectors, by name. */
  detectors: ReadonlyMap<string, Detector<any>>;
}

/** What a `has` test's name resolves to. */
export type ResolvedSource =
  | { kind: 'terms' | 'pattern' | 'detector'; id: string; builtin: false }
  | { kind: 'detector'; id: string; builtin: true };

/**
 * Resolves a name in a `has` test: declared or inherited term lists, patterns
 * and detectors first, built-in detectors last (a declared name hides a
 * built-in one, which `report-duplicate-ids` warns about).
 */
export function resolveSource(ctx: CheckContext, name: string): ResolvedSource | undefined {
  const symbol = ctx.symbols.sources.get(name);
  if (symbol !== undefined) return { kind: symbol.kind, id: name, builtin: false };
  if (ctx.detectors.has(name)) return { kind: 'detector', id: name, builtin: true };
  return undefined;
}
