/**
 * `astro build` for the tests, one at a time. Astro stages a build whose out folder lies outside
 * the project in the project's own .astro/.prerender/ folder, so two builds at once (Vitest runs
 * test files in parallel) can delete each other's files. A lock folder, made atomically, lets one
 * build run at a time across Vitest's workers; a lock left by a process that died is taken over.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { buildLocksDir, lockPathFor, stagingFolder, takeLock } from '../../scripts/lib/build-lock.ts';
import { ROOT } from './seed.ts';

/**
 * Variables a test build never takes from the environment it runs in: those Vitest sets, which
 * Astro's build would read as its own (BASE_URL would become the base), and those that say where
 * the site is published and what it is built from, which only the test itself may set (a SITE
 * left in a shell would otherwise change a build that the tests share as "origin unknown").
 */
const NOT_INHERITED = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'BASE', 'REWORDED_CONTENT']);

/** Builds the site into `outDir` with the given extra environment, waiting for any other test build. */
export function astroBuild(outDir: string, env: Record<string, string> = {}): void {
  // Set by the fast test project (tests/vitest.config.ts), which needs no build to stay fast.
  if (process.env['REWORDED_TESTS_WITHOUT_BUILDS'] === '1') {
    throw new Error(
      'This test builds the site, but it runs in the fast project: list it among BUILD_TESTS in tests/vitest.config.ts.',
    );
  }
  withLock(outDir, () =>
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      cwd: ROOT,
      stdio: 'pipe',
      env: testBuildEnv(env),
    }),
  );
}

/** The environment of a build a test starts: this one without NOT_INHERITED, with `env` added. */
export function testBuildEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !NOT_INHERITED.has(name)));
  return { ...base, ASTRO_TELEMETRY_DISABLED: '1', ...env };
}

function withLock<T>(outDir: string, work: () => T): T {
  // The lock `npm run build` takes for the same staging folder: test builds, whose outputs all lie
  // outside the project, wait for each other and for a build the developer started.
  const { release } = takeLock(lockPathFor(buildLocksDir(ROOT), stagingFolder(ROOT, path.resolve(outDir))), {
    timeout: 15 * 60_000,
  });
  try {
    return work();
  } finally {
    release();
  }
}
