import type { SourceRange } from '../ast/nodes.js';

/**
 * A slip the grammar read past without losing the structure of the pack, as
 * recorded by the generated parser. `parse` turns each one into a
 * {@link Diagnostic}; the wording lives there, not in the grammar.
 */
export type ParseProblem =
  | { code: 'unterminated-string'; location: SourceRange }
  | { code: 'unterminated-regex'; location: SourceRange }
  | { code: 'empty-regex'; location: SourceRange }
  | { code: 'invalid-escape'; location: SourceRange; text: string }
  | {
      code: 'invalid-date';
      location: SourceRange;
      text: string;
      reason: 'shape' | 'no-zone' | 'month' | 'day' | 'time' | 'zone';
      month?: number;
      day?: number;
      year?: number;
      days?: number;
    }
  | { code: 'duplicate-clause'; location: SourceRange; clause: string; first: SourceRange }
  | { code: 'duplicate-header-item'; location: SourceRange; item: string; first: SourceRange };
