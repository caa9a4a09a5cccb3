import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; the test suite never downloads a browser. */
export const CHROMIUM = '/usr/bin/chromium';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * `@propriety/core` bundled for a browser with everything it imports, as a
 * page would load it: one script that sets `globalThis.Propriety`. esbuild
 * is told the platform is a browser, so an import of a Node built-in fails
 * the build.
 */
export function browserBundle(): string {
  const out = mkdtempSync(join(tmpdir(), 'propriety-browser-'));
  try {
    const file = join(out, 'propriety.js');
    execFileSync(join(repo, 'node_modules', '.bin', 'esbuild'), [
      join(repo, 'packages', 'core', 'src', 'index.ts'),
      '--bundle', '--format=iife', '--global-name=Propriety', '--platform=browser', '--target=es2022',
      '--log-level=error', `--outfile=${file}`,
    ], { stdio: ['ignore', 'ignore', 'pipe'] });
    return readFileSync(file, 'utf8');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * Headless Chromium with the flags this sandbox needs: no sandbox (we run as
 * root), and no background networking, which would try hosts the closed
 * network refuses.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  });
}

/** Whether the browser tests can run here: Chromium is installed, or they are required (`CI`), in which case its absence fails them. */
export const chromiumAvailable = existsSync(CHROMIUM);
export const browserRequired = process.env['CI'] !== undefined && process.env['CI'] !== '' && process.env['CI'] !== 'false';
