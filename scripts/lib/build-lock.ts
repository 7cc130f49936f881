/**
 * One build at a time per folder it writes. Two builds writing the same output (or the same content
 * folder's articles and analysis cache) delete and rewrite each other's files, and one of them can
 * report success over a half-written site. A lock is a folder, made atomically with mkdir, holding
 * the pids of the build that made it and of the step it runs; a second build waits for it, and
 * takes over a lock none of whose processes runs any more (killed, or its machine restarted).
 */
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { realPath } from './folder-relation.ts';

/** Set by `npm run build` for its steps: the build already holds the locks they would take. */
export const LOCKS_HELD_BY_BUILD = 'REWORDED_BUILD_HOLDS_LOCKS';

/** The folder of a project's build locks. */
export function buildLocksDir(root: string): string {
  return path.join(root, 'node_modules/.cache/reworded-build-locks');
}

/**
 * Where `astro build` stages its pages before moving them into `output`: inside the output when
 * that lies in the project, otherwise always the same folder of the project (Astro's fallback,
 * .astro/ in the working directory), which two such builds share.
 */
export function stagingFolder(root: string, output: string): string {
  return output.startsWith(root + path.sep) ? path.join(output, '.prerender') : path.join(root, '.astro');
}

/**
 * The lock of `target`, in `locksDir`: a folder named by a hash of the target's real path, so that
 * a symlink to a folder and the folder share one lock.
 */
export function lockPathFor(locksDir: string, target: string): string {
  const real = realPath(target);
  const hash = createHash('sha256').update(real).digest('hex').slice(0, 16);
  return path.join(locksDir, `${path.basename(real) || 'root'}-${hash}.lock`);
}

export interface LockOptions {
  /** How long to wait for another build before giving up, in milliseconds. */
  readonly timeout: number;
  /** Called once, when the lock is held by another build, with that build's pid (when known). */
  readonly onWait?: (holder: number | undefined) => void;
}

/** A lock this process holds. */
export interface HeldLock {
  /** Records a child process working under the lock: the lock lives while it runs. */
  readonly addHolder: (pid: number) => void;
  /** Removes the lock, unless another build has taken it over meanwhile. */
  readonly release: () => void;
}

const PAUSE = new Int32Array(new SharedArrayBuffer(4));
const pause = (ms: number): void => void Atomics.wait(PAUSE, 0, 0, ms);

/**
 * Takes the lock at `lock` (a folder path), waiting while a live process holds it. Throws, naming
 * the lock, when `timeout` passes first.
 */
export function takeLock(lock: string, { timeout, onWait }: LockOptions): HeldLock {
  const deadline = Date.now() + timeout;
  const pids = path.join(lock, 'pid');
  let told = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(pids, `${process.pid}\n`);
      return {
        addHolder: (pid) => appendFileSync(pids, `${pid}\n`),
        release: () => {
          if (holderPids(lock)[0] === process.pid) rmSync(lock, { recursive: true, force: true });
        },
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        mkdirSync(path.dirname(lock), { recursive: true });
        continue;
      }
      if (code !== 'EEXIST') throw error;
    }
    if (isStale(lock)) {
      takeOverStale(lock);
      continue;
    }
    const holder = holderPids(lock)[0];
    if (Date.now() > deadline) {
      throw new Error(
        `${lock}: another build (pid ${holder ?? 'unknown'}) has held this lock for too long. Fix: wait for it to finish, or remove the folder if no build is running.`,
      );
    }
    if (!told) onWait?.(holder);
    told = true;
    pause(200);
  }
}

/**
 * Removes a stale lock, once: two builds that both find it stale take turns through a second,
 * atomic folder, and the one that comes second finds the first's fresh lock alive. A takeover
 * folder left by a build that died in those few milliseconds is itself taken over when old.
 */
function takeOverStale(lock: string): void {
  const guard = `${lock}.takeover`;
  try {
    mkdirSync(guard);
  } catch {
    if (isOlderThan(guard, 10_000)) rmSync(guard, { recursive: true, force: true });
    else pause(50);
    return;
  }
  try {
    if (isStale(lock)) rmSync(lock, { recursive: true, force: true });
  } finally {
    rmSync(guard, { recursive: true, force: true });
  }
}

/**
 * True when no process of the lock runs. A lock without a readable pid is one being made, for the
 * instant between mkdir and the write; still so after a few seconds, its maker died in that instant.
 */
function isStale(lock: string): boolean {
  const pids = holderPids(lock);
  if (pids.length === 0) return isOlderThan(lock, 5_000);
  return !pids.some(isAlive);
}

/** The pids written in the lock, the build's first; none while it is being made or if unreadable. */
function holderPids(lock: string): number[] {
  try {
    return readFileSync(path.join(lock, 'pid'), 'utf8')
      .split('\n')
      .map(Number)
      .filter((pid) => Number.isSafeInteger(pid) && pid > 0);
  } catch {
    return [];
  }
}

function isOlderThan(folder: string, ms: number): boolean {
  try {
    return Date.now() - statSync(folder).mtimeMs > ms;
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * For a step run on its own (`npm run ingest`, `npm run analyse`, and so `dev` and `check`): the
 * content folder's lock, held until the process exits, so that the step never rewrites the
 * articles or the cache under a build reading them. Under `npm run build`, which holds it, nothing.
 */
export function holdContentLock(root: string, content: string, step: string): void {
  if (process.env[LOCKS_HELD_BY_BUILD] === '1') return;
  const lock = lockPathFor(buildLocksDir(root), content);
  const { release } = takeLock(lock, {
    timeout: 2 * 60 * 60_000,
    onWait: (pid) =>
      console.log(
        `${step}: waiting for a build (pid ${pid ?? 'unknown'}) that writes ${path.relative(root, content) || '.'} to finish… (if no build is running, remove ${path.relative(root, lock)})`,
      ),
  });
  process.on('exit', release);
}
