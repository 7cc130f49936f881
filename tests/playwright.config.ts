import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/lib/chromium.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const executablePath = findChromium();
if (executablePath === undefined) {
  throw new Error(
    'No Chromium found for the browser tests: run `node scripts/ensure-chromium.ts` (npm run test:e2e does).',
  );
}
// A port of its own, so the tests never talk to a site someone left running with `npm start`.
const port = 4322;

/**
 * Browser tests against the built site (`npm run test:e2e` builds it first), served by
 * `astro preview`, in a system Chromium (see scripts/ensure-chromium.ts).
 */
export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 2,
  reporter: process.env['CI'] ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
    { name: 'phone', use: { ...devices['Pixel 7'], channel: undefined } },
  ],
  webServer: {
    // Started with this Node directly: killing `npm run preview` would leave astro running.
    command: `"${process.execPath}" node_modules/astro/bin/astro.mjs preview --ignore-lock --host 127.0.0.1 --port ${port}`,
    cwd: root,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
