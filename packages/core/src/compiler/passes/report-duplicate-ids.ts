import type { DetectorDeclaration, Identifier, PatternDeclaration, RuleDeclaration, RuleOverride, TermsDeclaration } from '../../ast/nodes.js';
import type { CheckContext, SourceSymbol } from '../context.js';
import { sourceNoun } from '../describe-symbol.js';
import type { DiagnosticNote, Session } from '../session.js';

type SourceDeclaration = TermsDeclaration | PatternDeclaration | DetectorDeclaration;

const KIND_OF: Record<SourceDeclaration['type'], SourceSymbol['kind']> = {
  Terms: 'terms',
  Pattern: 'pattern',
  Detector: 'detector',
};

const DUPLICATE_CODE: Record<SourceSymbol['kind'], string> = {
  terms: 'duplicate-term-list',
  pattern: 'duplicate-pattern',
  detector: 'duplicate-detector',
};

/**
 * Reports names declared twice: term lists, patterns and detectors (which
 * share one namespace, since `has` names any of them), rules, and overrides
 * of one rule. A name that a parent already declares is a duplicate too; the
 * help then says how to change the parent's declaration instead (`+=`, `-=`,
 * `override rule … replace`). Also warns when a declaration hides a built-in
 * detector of the same name.
 */
export function reportDuplicateIds(ctx: CheckContext): void {
  const { session, pack, symbols, detectors } = ctx;
  const ownSources = new Map<string, SourceDeclaration>();
  const ownRules = new Map<string, RuleDeclaration>();
  const ownOverrides = new Map<string, RuleOverride>();

  for (const declaration of pack.body) {
    switch (declaration.type) {
      case 'Terms':
      case 'Pattern':
      case 'Detector': {
        const name = declaration.id.name;
        const kind = KIND_OF[declaration.type];
        const first = ownSources.get(name);
        const inherited = symbols.sources.get(name);
        if (first !== undefined) {
          reportOwnDuplicate(session, declaration, kind, first);
        } else if (inherited !== undefined && inherited.node === undefined) {
          reportInheritedDuplicate(session, declaration.id, kind, inherited);
        } else {
          ownSources.set(name, declaration);
          const configuresItself = declaration.type === 'Detector' && declaration.uses.name === name;
          if (detectors.has(name) && !configuresItself) {
            session.warning(
              'shadows-builtin-detector',
              `the ${sourceNoun(kind)} \`${name}\` hides the built-in detector \`${name}\` in this pack`,
              declaration.id,
              { help: `give the ${sourceNoun(kind)} another id, so that \`${name}\` still means the built-in detector` },
            );
          }
        }
        break;
      }
      case 'Rule': {
        const name = declaration.id.name;
        const first = ownRules.get(name);
        const inherited = symbols.rules.get(name);
        if (first !== undefined) {
          session.error('duplicate-rule', `the rule \`${name}\` is declared twice`, declaration.id, {
            help: 'give one of the rules another id, or merge them into one',
            notes: [firstHere(session, first.id, 'the rule is first declared here')],
          });
        } else if (inherited !== undefined && inherited.parent !== undefined) {
          const at = inherited.ir.location;
          const where =
            at === undefined
              ? ''
              : at.source === undefined
                ? ` at line ${at.line}, column ${at.column}`
                : ` at ${at.source}:${at.line}:${at.column}`;
          session.error('duplicate-rule', `the rule \`${name}\` already comes from \`${inherited.parent}\``, declaration.id, {
            help: `to change it, write \`override rule ${name} replace { … }\`, or \`override rule ${name} severity …\` to change only how severe it is`,
            notes: [{ message: `\`${inherited.ir.pack}\` declares it${where}` }],
          });
        } else {
          ownRules.set(name, declaration);
        }
        break;
      }
      case 'Override': {
        const name = declaration.id.name;
        const first = ownOverrides.get(name);
        if (first !== undefined) {
          session.error('duplicate-override', `the rule \`${name}\` is overridden twice`, declaration.id, {
            help: 'keep one override of the rule; `replace { … }` can set its severity too',
            notes: [firstHere(session, first.id, 'it is first overridden here')],
          });
        } else {
          ownOverrides.set(name, declaration);
        }
        break;
      }
      default:
        break;
    }
  }
}

function firstHere(session: Session, id: Identifier, message: string): DiagnosticNote {
  return { message, location: session.range(id.location) };
}

function reportOwnDuplicate(
  session: Session,
  declaration: SourceDeclaration,
  kind: SourceSymbol['kind'],
  first: SourceDeclaration,
): void {
  const name = declaration.id.name;
  const firstKind = KIND_OF[first.type];
  const note = firstHere(session, first.id, `the ${sourceNoun(firstKind)} is first declared here`);
  if (firstKind === kind) {
    const help =
      kind === 'terms'
        ? `merge the two lists, or add to the first one with \`terms ${name} += { … }\``
        : `give one of the ${sourceNoun(kind)}s another id`;
    session.error(DUPLICATE_CODE[kind], `the ${sourceNoun(kind)} \`${name}\` is declared twice`, declaration.id, {
      help,
      notes: [note],
    });
  } else {
    session.error(
      'duplicate-source',
      `\`${name}\` is already the name of a ${sourceNoun(firstKind)}`,
      declaration.id,
      {
        help: `give the ${sourceNoun(kind)} another id: term lists, patterns and detectors share their names, because \`has\` can name any of them`,
        notes: [note],
      },
    );
  }
}

function reportInheritedDuplicate(
  session: Session,
  id: Identifier,
  kind: SourceSymbol['kind'],
  inherited: SourceSymbol & { node?: undefined },
): void {
  const name = id.name;
  const parent = 'parent' in inherited ? inherited.parent : '';
  if (inherited.kind !== kind) {
    session.error(
      'duplicate-source',
      `\`${name}\` is already the name of a ${sourceNoun(inherited.kind)} from \`${parent}\``,
      id,
      { help: `give the ${sourceNoun(kind)} another id: term lists, patterns and detectors share their names` },
    );
    return;
  }
  const help =
    kind === 'terms'
      ? `to add terms to it, write \`terms ${name} += { … }\`; to remove some, \`terms ${name} -= { … }\``
      : `give the ${sourceNoun(kind)} another id`;
  session.error(DUPLICATE_CODE[kind], `the ${sourceNoun(kind)} \`${name}\` already comes from \`${parent}\``, id, { help });
}
