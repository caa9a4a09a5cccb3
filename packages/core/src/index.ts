/**
 * `@propriety/core`: parse, check, compile and run Propriety rule packs.
 *
 * The pipeline is `parse` → check → `compile` (to plain-JSON IR) → `load` →
 * `engine.check(activity)`. A browser or edge runtime that ships precompiled
 * IR needs only {@link load}.
 *
 * @packageDocumentation
 */

// Parse and format.
export { parse, safeParse } from './syntax/parse.js';
export type { ParseOptions, ParseResult } from './syntax/parse.js';
export { format } from './syntax/format.js';
export { print } from './ast/print.js';
export { astEqual } from './ast/equal.js';
/** The syntax tree of a pack, as {@link parse} returns it. */
export type * as ast from './ast/nodes.js';
export type { Pack, SourceRange, SourcePosition } from './ast/nodes.js';

// Diagnostics.
export type { Diagnostic } from './diagnostics/diagnostic.js';
export { CompileError } from './diagnostics/compile-error.js';
export { formatDiagnostic, formatDiagnostics } from './diagnostics/code-frame.js';
export type { DiagnosticSources } from './diagnostics/code-frame.js';

// Compile.
export { compile, safeCompile } from './compiler/compile.js';
export type { CompileOptions, CompileResult, ResolvedPack } from './compiler/compile.js';
export { IR_VERSION, packIRSchema } from './ir/schema.js';
export type { PackIR, RuleIR, ConditionIR, ExampleIR, SourceRefIR, Citation as CitationIR } from './ir/schema.js';

// Evaluate.
export { load } from './evaluator/load.js';
export type { LoadOptions } from './evaluator/load.js';
export type { Engine, RuleInfo, SafeCheckResult } from './evaluator/engine.js';
export type { CheckOptions } from './evaluator/check-options.js';
export { runExamples } from './evaluator/run-examples.js';
export type { ExampleResult } from './evaluator/run-examples.js';
export { IRError } from './evaluator/ir-error.js';
export { ActivityError } from './evaluator/activity-error.js';
export type { Issue } from './evaluator/issues.js';
export { activitySchema } from './schema/activity.js';
export type { Activity, ActivityInput } from './schema/activity.js';

// Report.
export type {
  Report, Finding, Span, Evidence, Suggestion, RuleExplanation, Verdict, Severity,
} from './findings/report.js';

// Document.
export { renderRuleDocs } from './docs/render-rule-docs.js';
export type { RuleDocsOptions } from './docs/render-rule-docs.js';

// Detectors.
export { builtinDetectors } from './detectors/builtin.js';
export type { Detector, DetectorInput, DetectorMatch } from './detectors/detector.js';
export type { NormalisedText } from './text/normalised-text.js';
