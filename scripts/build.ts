/**
 * npm run build [-- --outDir DIR]
 *
 * Builds the site into DIR (default dist/): ingest, analyse, `astro build`, search-index, in that
 * order, each stopping the build when it fails. `astro build` empties its output folder first, so
 * an output that is or holds the project or its content folder, or overlaps a folder the build
 * reads or keeps (the sources, src, …), is refused before anything runs. A build holds a lock on every folder it writes (scripts/lib/build-lock.ts), so
 * that a second build into the same output, or from the same content folder, waits for the first
 * instead of deleting its files half-way: without the locks, one of two builds at once could report
 * success over a site missing pages. Builds that share none of these folders run side by side.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildLocksDir, lockPathFor, LOCKS_HELD_BY_BUILD, stagingFolder, takeLock } from './lib/build-lock.ts';
import type { HeldLock } from './lib/build-lock.ts';
import { displayPath } from './lib/display-path.ts';
import { folderRelation } from './lib/folder-relation.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = path.resolve(values.outDir);
const content = path.resolve(root, process.env['REWORDED_CONTENT'] ?? 'content');
const display = (folder: string): string => displayPath(folder, root) || '.';

refuseOutput();

// Two hours: the 1,000-story bench builds in minutes; a lock held longer belongs to a hung build.
const timeout = 2 * 60 * 60_000;
// The folders a build writes: the output; Astro's staging folder, which is the project's own for
// every output outside the project; the content folder (its articles and caches). Each is locked
// once, in the order of the locks' paths, the same for every build, so that two builds never
// each hold a lock the other waits for.
const locks = new Map(
  [outDir, stagingFolder(root, outDir), content].map((folder) => [lockPathFor(buildLocksDir(root), folder), folder]),
);
const held: HeldLock[] = [...locks]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([lock, folder]) =>
    takeLock(lock, {
      timeout,
      onWait: (pid) =>
        console.log(
          `build: waiting for another build (pid ${pid ?? 'unknown'}) that writes ${display(folder)} to finish… (if no build is running, remove ${display(lock)})`,
        ),
    }),
  );

// A build stopped by a signal stops its step first: the lock is released only once nothing of the
// build writes any more, so that the next build cannot start over a step still running.
let current: ChildProcess | undefined;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (current === undefined || current.exitCode !== null) finish(130);
    current.kill(signal);
  });
}

await run('ingest', ['scripts/ingest.ts']);
await run('analyse', ['scripts/analyse.ts']);
await run('astro build', ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir]);
await run('search-index', ['scripts/search-index.ts', outDir]);
finish(0);

/** Runs one step with the build's own output; a failed step ends the build with its exit code. */
async function run(step: string, args: readonly string[]): Promise<void> {
  const child = spawn(process.execPath, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, [LOCKS_HELD_BY_BUILD]: '1' },
  });
  current = child;
  if (child.pid !== undefined) for (const lock of held) lock.addHolder(child.pid);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on('close', (...end) => resolve(end)),
  );
  if (code === 0) return;
  console.error(
    signal === null ? `build: ${step} failed; the build stopped there.` : `build: stopped (${signal}) during ${step}.`,
  );
  finish(code ?? 130);
}

function finish(code: number): never {
  for (const lock of held.splice(0).reverse()) lock.release();
  process.exit(code);
}

/**
 * Refuses, before any step runs, an output that `astro build` would empty with the user's files in
 * it: the project itself, the content folder, or a folder inside either's own folders.
 */
function refuseOutput(): void {
  // The output may lie inside the project or the content folder (a folder of its own there), but
  // never be or hold either, nor overlap a folder the build reads or keeps.
  const kept = [
    ...['sources', 'articles', '.cache', '.astro-cache'].map((name) => path.join(content, name)),
    ...['src', 'public', 'scripts', 'tests', 'node_modules', '.git'].map((name) => path.join(root, name)),
  ];
  const clash = [
    ...[root, content].map((folder) => ({ folder, relation: folderRelation(outDir, folder) })),
    ...kept.map((folder) => ({ folder, relation: folderRelation(outDir, folder) })),
  ].find(({ folder, relation }) => relation !== undefined && (kept.includes(folder) || relation !== 'lies inside'));
  if (clash?.relation === undefined) return;
  console.error(
    `build: the output folder ${display(outDir)} ${clash.relation} ${clash.folder === root ? 'the project' : clash.folder === content ? `the content folder ${display(content)}` : display(clash.folder)}; astro build empties its output folder first, and would delete what is there. Nothing was built.\n  Fix: give --outDir a folder of its own, e.g. dist (the default).`,
  );
  process.exit(1);
}
