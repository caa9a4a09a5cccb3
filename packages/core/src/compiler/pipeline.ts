import type { Pack } from '../ast/nodes.js';
import { packIRSchema, type PackIR } from '../ir/schema.js';
import type { Compilation } from './compilation.js';
import type { CheckContext } from './context.js';
import { checkDetectors } from './passes/check-detectors.js';
import { checkExamples } from './passes/check-examples.js';
import { checkFields } from './passes/check-fields.js';
import { checkHeader } from './passes/check-header.js';
import { checkNames } from './passes/check-names.js';
import { checkPatterns } from './passes/check-patterns.js';
import { checkRules } from './passes/check-rules.js';
import { checkTerms } from './passes/check-terms.js';
import { collectDeclarations } from './passes/collect-declarations.js';
import { lowerPack } from './passes/lower-pack.js';
import { mergeParents } from './passes/merge-parents.js';
import { reportDuplicateIds } from './passes/report-duplicate-ids.js';
import { resolveExtends } from './passes/resolve-extends.js';
import type { Session } from './session.js';

/**
 * The check passes, in the order they run. They only read the AST and the
 * symbol table and report into the session, so their order only decides the
 * order of diagnostics at one position; all of them run even when an earlier
 * one found errors, so that one compile reports every problem.
 */
const CHECK_PASSES: readonly ((ctx: CheckContext) => void)[] = [
  checkHeader,
  reportDuplicateIds,
  checkNames,
  checkFields,
  checkPatterns,
  checkDetectors,
  checkRules,
  checkTerms,
  checkExamples,
];

/**
 * Runs the stages on one parsed pack: resolve and merge its parents; collect
 * its declarations and run every check; lower it to IR. Each stage runs only
 * when the stages before it found no errors, because their output would be
 * meaningless (a check against a parent that could not be loaded reports
 * noise) — see `passes/README.md`.
 */
export function runPipeline(
  compilation: Compilation,
  session: Session,
  pack: Pack,
): { ir: PackIR | undefined; cycle: string[] | undefined } {
  const { parents, cycle } = resolveExtends(session, pack, compilation);
  if (session.hasErrors()) return { ir: undefined, cycle };
  const inherited = mergeParents(session, parents);
  if (session.hasErrors()) return { ir: undefined, cycle };

  const symbols = collectDeclarations(pack, inherited);
  const ctx: CheckContext = { session, pack, inherited, symbols, detectors: compilation.detectors };
  for (const pass of CHECK_PASSES) pass(ctx);
  if (session.hasErrors()) return { ir: undefined, cycle };

  const ir = lowerPack(ctx);
  const valid = packIRSchema.safeParse(ir);
  if (!valid.success) {
    // The checks are meant to make this impossible; if it happens the pack
    // still must not compile to IR an engine would refuse.
    const issue = valid.error.issues[0];
    session.error(
      'internal-error',
      `the compiled pack is not valid IR at \`${issue?.path.join('.') ?? ''}\` (${issue?.message ?? 'unknown problem'})`,
      pack.header,
      { help: 'this is a bug in the Propriety compiler; please report it with the pack that caused it' },
    );
    return { ir: undefined, cycle };
  }
  return { ir, cycle };
}
