import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CompileError, format, formatDiagnostics } from '@propriety/core';
import type { CheckIO } from '../check/run-check.js';
import { EXIT } from '../exit-codes.js';
import { describeFsError } from '../input/expand-inputs.js';
import { colorsFor } from '../terminal/colors.js';
import { paintDiagnostics } from '../terminal/paint-diagnostics.js';

/** Options of `propriety fmt`. */
export interface FmtOptions {
  check?: boolean | undefined;
  color?: boolean | undefined;
  quiet?: boolean | undefined;
}

/**
 * Rewrites packs in canonical form, in place (files that change are
 * listed), or with `check` only lists the files that are not formatted. `-`
 * formats standard input to standard output. Folders are searched for
 * `.prop` files; no path means the working folder. Exit code 1 when
 * `check` finds an unformatted file, 3 when a pack has syntax errors.
 */
export async function runFmt(paths: readonly string[], options: FmtOptions, io: CheckIO): Promise<number> {
  const err = colorsFor(io.stderr, options.color);
  const files = await expand(paths.length === 0 ? ['.'] : paths);
  let broken = 0;
  let unformatted = 0;
  let unchanged = 0;
  for (const file of files) {
    if ('problem' in file) {
      io.stderr.write(`${err.red('error')}: ${file.path}: ${file.problem}\n`);
      broken++;
      continue;
    }
    const stdin = file.path === '-';
    let source: string;
    try {
      source = stdin ? await readStream(io.stdin) : await readFile(file.path, 'utf8');
    } catch (error) {
      io.stderr.write(`${err.red('error')}: ${file.path}: ${describeFsError(error)}\n`);
      broken++;
      continue;
    }
    let formatted: string;
    try {
      formatted = format(source, { file: stdin ? '<stdin>' : file.path });
    } catch (error) {
      if (!(error instanceof CompileError)) throw error;
      io.stderr.write(`${paintDiagnostics(formatDiagnostics(error.diagnostics, source), err)}\n\n`);
      broken++;
      continue;
    }
    if (stdin) {
      if (options.check === true) {
        if (formatted !== source) {
          io.stdout.write('-\n');
          unformatted++;
        }
      } else {
        io.stdout.write(formatted);
      }
      continue;
    }
    if (formatted === source) {
      unchanged++;
      continue;
    }
    unformatted++;
    io.stdout.write(`${file.path}\n`);
    if (options.check !== true) await writeFile(file.path, formatted);
  }
  if (options.quiet !== true && !(files.length === 1 && files[0]!.path === '-')) {
    const verb = options.check === true ? 'not formatted' : 'formatted';
    const failed = broken > 0 ? `, ${broken} with errors` : '';
    io.stderr.write(`${unformatted} file${unformatted === 1 ? '' : 's'} ${verb}, ${unchanged} already formatted${failed}\n`);
  }
  if (broken > 0) return EXIT.usage;
  return options.check === true && unformatted > 0 ? EXIT.review : EXIT.ok;
}

type FmtTarget = { path: string } | { path: string; problem: string };

async function expand(paths: readonly string[]): Promise<FmtTarget[]> {
  const out: FmtTarget[] = [];
  for (const path of paths) {
    if (path === '-') {
      out.push({ path });
      continue;
    }
    try {
      const info = await stat(path);
      if (!info.isDirectory()) {
        out.push({ path });
        continue;
      }
      const found = await propFiles(path);
      if (found.length === 0) out.push({ path, problem: 'the folder holds no .prop file' });
      for (const file of found) out.push({ path: file });
    } catch (error) {
      out.push({ path, problem: describeFsError(error) });
    }
  }
  return out;
}

async function propFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const file of await propFiles(path)) out.push(file);
    else if (entry.isFile() && entry.name.endsWith('.prop')) out.push(path);
  }
  return out;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(parts).toString('utf8');
}
