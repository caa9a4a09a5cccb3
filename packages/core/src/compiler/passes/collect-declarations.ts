import type { Pack } from '../../ast/nodes.js';
import type { Inherited, SymbolTable } from '../context.js';

/**
 * Builds the symbol table: every term list, pattern, detector and rule this
 * pack can name, inherited ones first, and the overrides of this pack. The
 * first declaration of a name wins; later ones are for `report-duplicate-ids`
 * to report. Reports nothing itself.
 */
export function collectDeclarations(pack: Pack, inherited: Inherited): SymbolTable {
  const symbols: SymbolTable = { sources: new Map(), rules: new Map(), overrides: new Map() };
  const { sources, rules, overrides } = symbols;

  for (const [name, entry] of inherited.termLists) sources.set(name, { kind: 'terms', name, parent: entry.parent });
  for (const [name, entry] of inherited.patterns) {
    if (!sources.has(name)) sources.set(name, { kind: 'pattern', name, parent: entry.parent });
  }
  for (const [name, entry] of inherited.detectors) {
    if (!sources.has(name)) sources.set(name, { kind: 'detector', name, parent: entry.parent });
  }
  for (const [name, entry] of inherited.rules) rules.set(name, { name, parent: entry.parent, ir: entry.value });

  for (const declaration of pack.body) {
    switch (declaration.type) {
      case 'Terms':
        if (!sources.has(declaration.id.name)) {
          sources.set(declaration.id.name, { kind: 'terms', name: declaration.id.name, node: declaration });
        }
        break;
      case 'Pattern':
        if (!sources.has(declaration.id.name)) {
          sources.set(declaration.id.name, { kind: 'pattern', name: declaration.id.name, node: declaration });
        }
        break;
      case 'Detector':
        if (!sources.has(declaration.id.name)) {
          sources.set(declaration.id.name, { kind: 'detector', name: declaration.id.name, node: declaration });
        }
        break;
      case 'Rule':
        if (!rules.has(declaration.id.name)) rules.set(declaration.id.name, { name: declaration.id.name, node: declaration });
        break;
      case 'Override':
        if (!overrides.has(declaration.id.name)) overrides.set(declaration.id.name, declaration);
        break;
      default:
        break;
    }
  }
  return symbols;
}
