import type { PatternDeclaration, SourceRange } from '../../ast/nodes.js';
import { checkPattern } from '../../patterns/check-pattern.js';
import { rangeAt } from '../../syntax/source-position.js';
import type { CheckContext } from '../context.js';
import type { Session } from '../session.js';

/**
 * Checks every pattern with `checkPattern`: a valid regular expression, flags
 * `i` and `u` only, and provably linear running time. Refused patterns are
 * reported as `invalid-pattern` or `unsafe-pattern` at the `/…/` literal.
 */
export function checkPatterns(ctx: CheckContext): void {
  for (const declaration of ctx.pack.body) {
    if (declaration.type !== 'Pattern') continue;
    const verdict = checkPattern(declaration.regex, declaration.flags);
    if (verdict.ok) continue;
    const name = declaration.id.name;
    const message =
      verdict.code === 'invalid-pattern'
        ? `the pattern \`${name}\` cannot be used: ${verdict.reason}`
        : `the pattern \`${name}\` is refused because it could be too slow: ${verdict.reason}`;
    ctx.session.error(verdict.code, message, regexRange(ctx.session, declaration), { help: verdict.help });
  }
}

/**
 * The place of the `/…/flags` literal: the AST keeps only the whole
 * declaration's place, so find the opening slash after the id in the text.
 */
function regexRange(session: Session, declaration: PatternDeclaration): SourceRange {
  const text = session.text;
  if (text === undefined) return declaration.location;
  const slash = text.indexOf('/', declaration.id.location.end.offset);
  if (slash < 0 || slash >= declaration.location.end.offset) return declaration.location;
  const end = Math.min(slash + declaration.regex.length + 2 + declaration.flags.length, declaration.location.end.offset);
  return rangeAt(text, slash, end);
}
