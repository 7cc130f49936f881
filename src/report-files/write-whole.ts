/**
 * A cache file written whole or not at all: to a temporary name first, then renamed, so that no
 * reader (another build, a page route) ever sees half a file. The temporary name is its writer's
 * own (process and thread), as two threads may write the same key at once.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/** Writes `data` as `<key><extension>` in `dir`, made if missing. */
export function writeWhole(dir: string, key: string, extension: string, data: string | Uint8Array): void {
  mkdirSync(dir, { recursive: true });
  const temporary = path.join(dir, `${key}.${process.pid}-${threadId}.tmp`);
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, path.join(dir, `${key}${extension}`));
  } catch (error) {
    // Left behind, a half-written temporary would only take space (the disk may be full). Its
    // removal failing too must not hide why the write failed.
    try {
      rmSync(temporary, { force: true });
    } catch {}
    throw error;
  }
}
