import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Unit and build tests. Browser tests are Playwright's (tests/e2e), run by `npm run test:e2e`. */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // The build test runs `astro build`, which takes a few seconds on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
