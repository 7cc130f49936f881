/**
 * Finding a Chromium for the browser tests. Playwright's own browser download is blocked on many
 * machines (and on ours), so the tests drive a system Chromium or Chrome instead.
 */
import { existsSync } from 'node:fs';

/** Where Debian, Ubuntu, macOS and common installs put Chromium or Chrome, in order of preference. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The browser to drive: CHROME_PATH when set (and it must exist), else the first candidate found. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env['CHROME_PATH'];
  if (fromEnv !== undefined && fromEnv !== '') return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((candidate) => existsSync(candidate));
}

/**
 * Flags for headless Chromium on a locked-down machine: no sandbox (we may run as root), and no
 * background networking, which on a closed network floods the log with refused connections.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
