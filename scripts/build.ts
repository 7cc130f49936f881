/**
 * npm run build [-- --outDir DIR]
 *
 * Builds the site into DIR (default dist/): ingest, analyse, `astro build`, search-index, in that
 * order, each stopping the build when it fails. A build holds a lock on every folder it writes
 * (scripts/lib/build-lock.ts), so that a second build into the same output, or from the same
 * content folder, waits for the first instead of deleting its files half-way: without the locks,
 * one of two builds at once could report success over a site missing pages. Builds that share
 * none of these folders run side by side.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildLocksDir, lockPathFor, stagingFolder, takeLock } from './lib/build-lock.ts';
import { displayPath } from './lib/display-path.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = path.resolve(values.outDir);
const content = path.resolve(root, process.env['REWORDED_CONTENT'] ?? 'content');
const locks = buildLocksDir(root);
// Two hours: the 1,000-story bench builds in minutes; a lock held longer belongs to a hung build.
const timeout = 2 * 60 * 60_000;

// The folders a build writes, each locked, always in this order so that two builds never wait
// for each other crosswise: the output; Astro's staging folder, which is the project's own for
// every output outside the project; the content folder (its articles and caches).
const releases = [outDir, stagingFolder(root, outDir), content].map((folder) =>
  takeLock(lockPathFor(locks, folder), {
    timeout,
    onWait: (pid) =>
      console.log(
        `build: waiting for another build (pid ${pid ?? 'unknown'}) that writes ${displayPath(folder, root) || '.'} to finish…`,
      ),
  }),
);

try {
  run('ingest', ['scripts/ingest.ts']);
  run('analyse', ['scripts/analyse.ts']);
  run('astro build', ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir]);
  run('search-index', ['scripts/search-index.ts', outDir]);
} finally {
  releaseAll();
}

function releaseAll(): void {
  for (const release of releases.splice(0).reverse()) release();
}

/** Runs one step with the build's own output; a failed step ends the build with its exit code. */
function run(step: string, args: readonly string[]): void {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status === 0) return;
  console.error(`build: ${step} failed; the build stopped there.`);
  releaseAll();
  process.exit(result.status ?? 1);
}
