import type { Pack, StringLiteral } from '../../ast/nodes.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { didYouMean } from '../../diagnostics/did-you-mean.js';
import type { Compilation } from '../compilation.js';
import type { Parent } from '../context.js';
import type { DiagnosticNote, Session } from '../session.js';
import { plural } from '../wording.js';

/** How many of a parent's errors are shown in the notes of `parent-has-errors`. */
const PARENT_ERRORS_SHOWN = 3;

/**
 * Finds and compiles every pack named after `extends`, through the options
 * (`packs`, then `resolve`). Reports packs that cannot be found, cycles of
 * `extends` with the whole chain, IR that cannot be used, and parents that
 * have errors of their own (one diagnostic at the `extends`, their first
 * errors as notes).
 *
 * @returns the parents that compiled, in the order they are named, and the
 *   cycle this pack is part of, if any
 */
export function resolveExtends(
  session: Session,
  pack: Pack,
  compilation: Compilation,
): { parents: Parent[]; cycle: string[] | undefined } {
  const self = pack.header.name.value;
  const parents: Parent[] = [];
  const seen = new Map<string, StringLiteral>();
  let cycle: string[] | undefined;

  for (const node of pack.header.extends) {
    const name = node.value;
    const first = seen.get(name);
    if (first !== undefined) {
      session.warning('duplicate-extends', `this pack extends \`${name}\` twice`, node, {
        help: `remove the second \`${name}\``,
        notes: [{ message: 'it is first extended here', location: session.range(first.location) }],
      });
      continue;
    }
    seen.set(name, node);

    const open = compilation.chain.indexOf(name);
    if (open >= 0) {
      const members = compilation.chain.slice(open);
      cycle = members;
      reportCycle(session, node, members, self, []);
      continue;
    }

    const outcome = compilation.loadParent(name);
    switch (outcome.kind) {
      case 'missing':
        reportUnknownPack(session, node, compilation);
        break;
      case 'lookup-failed':
        session.error('pack-lookup-failed', `looking up the pack \`${name}\` failed: ${outcome.message}`, node, {
          help: 'check that the pack is installed and readable, or give it in the `packs` option',
        });
        break;
      case 'invalid-ir':
        session.error('invalid-pack-ir', `the compiled pack given for \`${name}\` cannot be used: ${outcome.reason}`, node, {
          help: outcome.help,
        });
        break;
      case 'ir':
        if (outcome.ir.name !== name) {
          reportNameMismatch(session, node, outcome.ir.name);
        } else {
          parents.push({ name, ir: outcome.ir, node });
        }
        break;
      case 'compiled': {
        const { result } = outcome;
        if (result.cycle !== undefined && result.cycle.includes(self)) {
          cycle = result.cycle;
          const closing = result.errors.filter((d) => d.code === 'cyclic-extends');
          reportCycle(session, node, result.cycle, self, closing);
        } else if (result.errors.length > 0) {
          reportParentErrors(session, node, result.errors);
        } else if (result.name !== name) {
          reportNameMismatch(session, node, result.name ?? '');
        } else if (result.ir !== undefined) {
          parents.push({ name, ir: result.ir, node });
        }
        break;
      }
    }
  }
  return { parents, cycle };
}

function reportUnknownPack(session: Session, node: StringLiteral, compilation: Compilation): void {
  const known = compilation.knownPackNames();
  const suggestion = didYouMean(node.value, known);
  let help: string;
  if (suggestion !== undefined) {
    help = `did you mean \`${suggestion}\`?`;
  } else if (known.length > 0) {
    help = `check the name after \`extends\`; the packs given are ${known.map((k) => `\`${k}\``).join(', ')}`;
  } else {
    help = 'check the name after `extends`, and give the pack to the compiler in the `packs` option or through `resolve`';
  }
  session.error('unknown-pack', `there is no pack named \`${node.value}\``, node, { help });
}

function reportNameMismatch(session: Session, node: StringLiteral, actual: string): void {
  session.error(
    'pack-name-mismatch',
    `the pack found for \`${node.value}\` is named \`${actual}\``,
    node,
    { help: `check the name after \`extends\`, or give the pack named \`${node.value}\` under that name` },
  );
}

/**
 * Reports a cycle from the point of view of `self`: the chain starts and ends
 * with this pack, so that every pack in the cycle shows it the same way round.
 */
function reportCycle(
  session: Session,
  node: StringLiteral,
  members: readonly string[],
  self: string,
  closing: readonly Diagnostic[],
): void {
  const start = Math.max(0, members.indexOf(self));
  const rotated = [...members.slice(start), ...members.slice(0, start)];
  const chain = [...rotated, rotated[0] ?? self].map((name) => `\`${name}\``).join(' → ');
  const notes: DiagnosticNote[] = closing
    .filter((d) => d.location !== undefined)
    .slice(0, 1)
    .map((d) => ({ message: `\`${node.value}\` continues the chain here`, location: d.location }));
  const message =
    members.length === 1 && members[0] === self
      ? `the pack \`${self}\` extends itself: ${chain}`
      : `the pack \`${self}\` extends itself through other packs: ${chain}`;
  session.error('cyclic-extends', message, node, {
    help: 'remove one of the `extends` in the chain; a pack cannot build on itself',
    notes,
  });
}

function reportParentErrors(session: Session, node: StringLiteral, errors: readonly Diagnostic[]): void {
  const notes: DiagnosticNote[] = errors.slice(0, PARENT_ERRORS_SHOWN).map((d) => ({
    message: `${d.message} [${d.code}]`,
    location: d.location,
  }));
  if (errors.length > PARENT_ERRORS_SHOWN) {
    notes.push({ message: `and ${plural(errors.length - PARENT_ERRORS_SHOWN, 'more error')}` });
  }
  session.error(
    'parent-has-errors',
    `the pack \`${node.value}\` cannot be extended because it has ${plural(errors.length, 'error')}`,
    node,
    { help: `fix the errors in \`${node.value}\` shown below, then compile this pack again`, notes },
  );
}
