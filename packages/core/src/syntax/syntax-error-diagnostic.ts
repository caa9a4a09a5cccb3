import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import { friendlyExpectations, joinWithOr } from './friendly-expectations.js';
import { RESERVED_WORDS } from './keywords.js';
import type { SyntaxError as PeggySyntaxError } from './parser.generated.js';
import { rangeAt } from './source-position.js';

const PACK_HEADER = 'a pack header';
const A_NAME = 'a name';

/**
 * Words Peggy's syntax error as a diagnostic: what the parser expected, in
 * the DSL's own terms, what it found instead (the whole word, not one
 * character), and help for a misspelt keyword or a missing header.
 */
export function syntaxErrorDiagnostic(error: PeggySyntaxError, source: string, file: string | undefined): Diagnostic {
  const offset = error.location.start.offset;
  const token = tokenAt(source, offset);
  const location = rangeAt(source, offset, offset + token.length, file);
  const { phrases, keywords } = friendlyExpectations(error.expected ?? []);
  const found = describeFound(source, offset, token);
  if (phrases.includes(PACK_HEADER)) {
    return {
      code: 'syntax-error',
      severity: 'error',
      message: `expected a pack header but found ${found}`,
      location,
      help: 'a pack starts with `pack "name" version "1.0.0"`',
    };
  }
  const diagnostic: Diagnostic = {
    code: 'syntax-error',
    severity: 'error',
    message: `expected ${joinWithOr(phrases)} but found ${found}`,
    location,
  };
  const help = helpFor(token, keywords, phrases);
  if (help !== undefined) diagnostic.help = help;
  return diagnostic;
}

function helpFor(token: string, keywords: readonly string[], phrases: readonly string[]): string | undefined {
  if (!/^[A-Za-z_]/.test(token)) return undefined;
  const guess = didYouMean(token, keywords);
  if (guess !== undefined) return `did you mean \`${guess}\`?`;
  if (phrases.includes(A_NAME) && RESERVED_WORDS.includes(token)) {
    return `\`${token}\` is a reserved word of the rules language; choose another name`;
  }
  return undefined;
}

/** The token starting at `offset`: a word, a number or date, a string up to its line's end, or one character. */
function tokenAt(source: string, offset: number): string {
  if (offset >= source.length) return '';
  const rest = source.slice(offset, offset + 200);
  const match =
    /^[A-Za-z_][A-Za-z0-9_-]*/.exec(rest) ??
    /^[0-9][0-9A-Za-z:.+-]*/.exec(rest) ??
    /^"(?:[^"\\\r\n]|\\[^\r\n])*"?/.exec(rest) ??
    /^(?:\+=|-=)/.exec(rest);
  if (match !== null) return match[0];
  const code = source.codePointAt(offset)!;
  return String.fromCodePoint(code);
}

function describeFound(source: string, offset: number, token: string): string {
  if (offset >= source.length) return 'the end of the file';
  if (token === '\n' || token === '\r') return 'the end of the line';
  if (token.startsWith('"')) return token.length > 32 ? `the string \`${token.slice(0, 29)}…\`` : `the string \`${token}\``;
  return `\`${token}\``;
}
