import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built binary: the tests run what users run. */
export const BIN = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));
/** The package folder; fixture paths in the tests are relative to it. */
export const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));
/** A fixture file, relative to {@link PACKAGE_DIR} (where the binary runs), as error messages show it. */
export const fixture = (path: string): string => `test/fixtures/${path}`;
/** A fixture file's absolute path, for reading it from a test. */
export const fixturePath = (path: string): string => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));

/** What a run of the binary gave. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Options of {@link runCli}. */
export interface RunOptions {
  /** Written to standard input, which is then closed; without it standard input is empty. */
  input?: string | Buffer | undefined;
  env?: Record<string, string | undefined> | undefined;
  cwd?: string | undefined;
}

/**
 * Runs `node dist/bin.js …args` in the package folder, with colour
 * variables removed from the environment unless `env` sets them.
 */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: build the CLI first (cd packages/cli && npx tsup)`);
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? PACKAGE_DIR, env: env as NodeJS.ProcessEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => undefined); // the CLI may exit before reading everything
    child.stdin.end(options.input ?? '');
  });
}

/** Parses NDJSON output into one value per line. */
export function ndjson(text: string): any[] {
  return text.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line));
}
