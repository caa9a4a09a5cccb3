import { describe, expect, it } from 'vitest';
import { CompileError, describeDiagnostics } from '../../src/diagnostics/compile-error.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

const at = (line: number, column: number, source?: string) => ({
  ...(source === undefined ? {} : { source }),
  start: { offset: 0, line, column },
  end: { offset: 1, line, column: column + 1 },
});

describe('CompileError', () => {
  const diagnostics: Diagnostic[] = [
    { code: 'unknown-term-list', severity: 'error', message: 'unknown term list `x`', location: at(12, 17, 'packs/dept.prop') },
    { code: 'unused-pattern', severity: 'warning', message: 'the pattern `p` is never used', location: at(3, 1) },
    { code: 'no-rules', severity: 'error', message: 'the pack has no rules' },
  ];

  it('keeps a copy of the diagnostics and lists them in its message', () => {
    const error = new CompileError(diagnostics);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('CompileError');
    expect(error.diagnostics).toEqual(diagnostics);
    expect(error.diagnostics).not.toBe(diagnostics);
    expect(error.message).toBe(
      [
        'packs/dept.prop:12:17: error[unknown-term-list]: unknown term list `x`',
        '<pack>:3:1: warning[unused-pattern]: the pattern `p` is never used',
        'error[no-rules]: the pack has no rules',
      ].join('\n'),
    );
  });

  it('still says something without diagnostics', () => {
    expect(describeDiagnostics([])).toBe('the pack could not be compiled');
  });
});
