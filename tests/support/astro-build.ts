/**
 * `astro build` for the tests, one at a time. Astro stages a build whose out folder lies outside
 * the project in the project's own .astro/.prerender/ folder, so two builds at once (Vitest runs
 * test files in parallel) can delete each other's files. A lock folder, made atomically, lets one
 * build run at a time across Vitest's workers; a lock left by a process that died is taken over.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './seed.ts';

const LOCK = path.join(ROOT, 'node_modules/.cache/reworded-astro-build.lock');
const WAIT = new Int32Array(new SharedArrayBuffer(4));

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
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !NOT_INHERITED.has(name)));
  withLock(() =>
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      cwd: ROOT,
      stdio: 'pipe',
      env: { ...base, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    }),
  );
}

function withLock<T>(work: () => T): T {
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      mkdirSync(LOCK, { recursive: false });
      writeFileSync(path.join(LOCK, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') mkdirSync(path.dirname(LOCK), { recursive: true });
      else if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      else if (!holderAlive()) rmSync(LOCK, { recursive: true, force: true });
      else if (Date.now() > deadline)
        throw new Error(`waited 15 minutes for ${LOCK}; remove it if no build is running.`);
      else Atomics.wait(WAIT, 0, 0, 200);
    }
  }
  try {
    return work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** True unless the lock names a process that no longer exists (a lock just made may have no pid yet). */
function holderAlive(): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(LOCK, 'pid'), 'utf8'));
  } catch {
    return true;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
