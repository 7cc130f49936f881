/**
 * One build at a time per folder it writes. Two builds writing the same output (or the same content
 * folder's articles and analysis cache) delete and rewrite each other's files, and one of them can
 * report success over a half-written site. A lock is a folder, made atomically with mkdir, holding
 * the pid of the build that made it; a second build waits for it, and takes over a lock whose
 * build no longer runs (killed, or its machine restarted).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

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

/** The lock of `target`, in `locksDir`: a folder named by a hash of the target's absolute path. */
export function lockPathFor(locksDir: string, target: string): string {
  const hash = createHash('sha256').update(path.resolve(target)).digest('hex').slice(0, 16);
  return path.join(locksDir, `${path.basename(path.resolve(target)) || 'root'}-${hash}.lock`);
}

export interface LockOptions {
  /** How long to wait for another build before giving up, in milliseconds. */
  readonly timeout: number;
  /** Called once, when the lock is held by another build, with that build's pid (when known). */
  readonly onWait?: (holder: number | undefined) => void;
}

const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/**
 * Takes the lock at `lock` (a folder path), waiting while a live process holds it; returns the
 * function that releases it. Throws, naming the lock, when `timeout` passes first.
 */
export function takeLock(lock: string, { timeout, onWait }: LockOptions): () => void {
  const deadline = Date.now() + timeout;
  let told = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        mkdirSync(path.dirname(lock), { recursive: true });
        continue;
      }
      if (code !== 'EEXIST') throw error;
    }
    const holder = holderPid(lock);
    if (holder === undefined ? isAbandoned(lock) : !isAlive(holder)) {
      rmSync(lock, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `${lock}: another build (pid ${holder ?? 'unknown'}) has held this lock for too long. Fix: wait for it to finish, or remove the folder if no build is running.`,
      );
    }
    if (!told) onWait?.(holder);
    told = true;
    Atomics.wait(PAUSE, 0, 0, 200);
  }
}

/** The pid written in the lock; undefined while the lock is being made, or if it cannot be read. */
function holderPid(lock: string): number | undefined {
  try {
    const pid = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A lock without a readable pid is one being made, for the instant between mkdir and the write;
 * still so after a few seconds, its maker died in that instant.
 */
function isAbandoned(lock: string): boolean {
  try {
    return Date.now() - statSync(lock).mtimeMs > 5_000;
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
