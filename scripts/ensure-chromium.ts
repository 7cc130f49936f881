/**
 * Makes sure the browser tests have a Chromium: CHROME_PATH when set, else a system Chromium or
 * Chrome; when there is none and this is Debian or Ubuntu run as root, installs Debian's `chromium`
 * package (saying so); otherwise stops with a message that says how to get one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { findChromium } from './lib/chromium.ts';

const found = findChromium();
if (found !== undefined) {
  console.log(`Browser tests use ${found}.`);
  process.exit(0);
}

const chromePath = process.env['CHROME_PATH'];
if (chromePath !== undefined && chromePath !== '') {
  console.error(
    `CHROME_PATH is set to ${chromePath}, but there is no file there. Point it at a Chromium or Chrome binary.`,
  );
  process.exit(1);
}

const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
const isDebianLike = /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);
const isRoot = process.getuid?.() === 0;
if (!isDebianLike || !isRoot) {
  console.error(
    [
      'The browser tests need Chromium or Chrome, and none was found.',
      'Install one (Debian/Ubuntu: sudo apt-get install chromium; macOS: install Google Chrome),',
      'or set CHROME_PATH to the browser binary, then run the tests again.',
    ].join('\n'),
  );
  process.exit(1);
}

console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get (about 30 s)...');
const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: aptEnv });
execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: aptEnv });
const installed = findChromium();
if (installed === undefined) {
  console.error('apt-get finished, but no Chromium binary appeared at /usr/bin/chromium.');
  process.exit(1);
}
console.log(`Installed ${installed}.`);
