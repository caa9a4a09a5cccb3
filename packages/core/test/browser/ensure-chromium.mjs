import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// Makes sure Debian's Chromium is there for the browser tests, before the
// test run: installs it with apt-get where it can (as root on Debian, the
// machines CI runs on); never downloads a browser of its own. Where it
// cannot, the browser tests are skipped with a note, unless `CI` is set, in
// which case a missing browser fails the run.

const CHROMIUM = '/usr/bin/chromium';
const ci = !['', 'false', undefined].includes(process.env.CI);

if (existsSync(CHROMIUM)) process.exit(0);

const hasAptGet = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
const root = typeof process.getuid === 'function' && process.getuid() === 0;
if (hasAptGet && root) {
  console.log('Installing Chromium from Debian for the browser tests (apt-get install chromium)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  } catch (error) {
    console.error(`Could not install Chromium: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (existsSync(CHROMIUM)) process.exit(0);
}

const how = hasAptGet ? 'run `apt-get install chromium` as root' : 'install Chromium at /usr/bin/chromium';
if (ci) {
  console.error(`The browser tests need ${CHROMIUM} and it could not be installed: ${how}`);
  process.exit(1);
}
console.warn(`The browser tests will be skipped: ${CHROMIUM} is missing (${how} to run them)`);
