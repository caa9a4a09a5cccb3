// Pins the runtime export names of `@propriety/core`: adding or removing one is
// a change of the public API and must be made here on purpose (and get a
// changeset). Types are checked by the compiler and the TypeDoc build instead.
import { expect, it } from 'vitest';
import * as core from '@propriety/core';

it('exports exactly the public API', () => {
  expect(Object.keys(core).sort()).toEqual([
    'ActivityError',
    'CompileError',
    'IRError',
    'IR_VERSION',
    'activitySchema',
    'astEqual',
    'builtinDetectors',
    'compile',
    'format',
    'formatDiagnostic',
    'formatDiagnostics',
    'load',
    'packIRSchema',
    'parse',
    'print',
    'renderRuleDocs',
    'runExamples',
    'safeCompile',
    'safeParse',
  ]);
});

it('exports the error classes as classes that extend Error', () => {
  for (const ErrorClass of [core.ActivityError, core.CompileError, core.IRError]) {
    expect(typeof ErrorClass).toBe('function');
    expect(ErrorClass.prototype).toBeInstanceOf(Error);
  }
});
