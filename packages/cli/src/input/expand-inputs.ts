import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** How a file's content becomes activities, by its extension. */
export type FileFormat = 'text' | 'json' | 'ndjson';

/** The extensions a folder is searched for. */
export const ACTIVITY_EXTENSIONS: Readonly<Record<string, FileFormat>> = {
  '.txt': 'text',
  '.md': 'text',
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
};

/** One input the user named, or found in a folder they named. */
export type InputSource =
  | { kind: 'stdin' }
  | { kind: 'file'; path: string; format: FileFormat; size: number }
  | { kind: 'missing'; path: string; problem: string };

/**
 * `.ndjson` and `.jsonl` are NDJSON, `.json` is JSON, anything else
 * (`.txt`, `.md`, no extension) is the text of one post.
 */
export function formatOfFile(path: string): FileFormat {
  return ACTIVITY_EXTENSIONS[extname(path).toLowerCase()] ?? 'text';
}

/**
 * Turns the paths given on the command line into inputs, in order: `-` is
 * standard input, a folder is every activity file under it (by extension,
 * sorted by name, without hidden files or `node_modules`), a path that
 * cannot be read is kept as `missing` so that it is reported in its place.
 */
export async function expandInputs(paths: readonly string[]): Promise<InputSource[]> {
  const out: InputSource[] = [];
  for (const path of paths) {
    if (path === '-') {
      out.push({ kind: 'stdin' });
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      out.push({ kind: 'missing', path, problem: describeFsError(error) });
      continue;
    }
    if (info.isDirectory()) {
      const found = await listActivityFiles(path);
      if (found.length === 0) out.push({ kind: 'missing', path, problem: 'the folder holds no .txt, .md, .json, .ndjson or .jsonl file' });
      for (const file of found) out.push(file);
    } else {
      out.push({ kind: 'file', path, format: formatOfFile(path), size: info.size });
    }
  }
  return out;
}

async function listActivityFiles(dir: string): Promise<InputSource[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: InputSource[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    let info;
    try {
      info = await stat(path);
    } catch {
      continue; // a dangling link in a folder is not something the user named
    }
    if (info.isDirectory()) {
      for (const file of await listActivityFiles(path)) out.push(file);
    } else if (info.isFile()) {
      const format = ACTIVITY_EXTENSIONS[extname(entry.name).toLowerCase()];
      if (format !== undefined) out.push({ kind: 'file', path, format, size: info.size });
    }
  }
  return out;
}

/** A file-system error as a short phrase: "no such file or folder". */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
