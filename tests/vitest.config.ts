import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The test files that build a site. They form the build project, whose global setup builds each
 * site they share once (tests/support/shared-sites.ts); every other test file is in the fast
 * project (`npm run test:fast`), which needs no build and no browser.
 */
const BUILD_TESTS = [
  'tests/build/concurrent-builds.test.ts',
  'tests/build/finding-stories.test.ts',
  'tests/build/fixture-stories.test.ts',
  'tests/build/links.test.ts',
  'tests/build/share-card.test.ts',
  'tests/build/site.test.ts',
  'tests/scripts/analyse-cards.test.ts',
  'tests/scripts/analyse.test.ts',
];

/**
 * Unit and build tests, in two projects: `fast` and `build`; `npm run test:unit` runs both.
 * Browser tests are Playwright's (tests/e2e), run by `npm run test:e2e`.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    // A build takes a few seconds on a 2-core machine, and a test may wait for another's.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'fast',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...BUILD_TESTS],
          globalSetup: ['tests/global-setup/ingest.ts'],
          // tests/support/astro-build.ts refuses to build here: a test that builds belongs in BUILD_TESTS.
          env: { REWORDED_TESTS_WITHOUT_BUILDS: '1' },
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: BUILD_TESTS,
          // The shared sites are built after ingest, from the articles it generates.
          globalSetup: ['tests/global-setup/ingest.ts', 'tests/global-setup/shared-sites.ts'],
        },
      },
    ],
  },
});
