/**
 * Reading one file a person gave (an article file, a story.yaml) from disk, safely. Reading a file
 * whole before looking at it would wait forever on a named pipe, read `/dev/zero` until memory runs
 * out, and stop at Node's "greater than 2 GiB" (with no path) on a 3 GB file. So: look first, and
 * read only a regular file; check its size before reading; then read at most one byte past the
 * limit through the open descriptor, so that a file that grows, or whose size says 0 while it
 * holds more, still cannot make this read more than that. Every refusal is an IngestError naming
 * the file, which a story's caller reports as that story's problem.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { IngestError } from '../../src/ingest/index.ts';
import { sourceByteLimit } from '../../src/ingest/formats.ts';
import { fileTooLarge, megabytes } from '../../src/ingest/source-text.ts';

/** How much one read asks for: a typical article in one or two reads. */
const CHUNK = 64 * 1024;

/**
 * The bytes of the file at `target` (a link is followed: callers that must keep links inside a
 * folder resolve them first, see ./source-entry.ts); `file` names it in errors. Throws IngestError
 * for anything but a regular file of at most `limit` bytes: by default the limit the ingest puts on
 * a file of that name, so that a 5 MB saved page is read and a 5 MB text file is not.
 */
export function readSourceFile(target: string, file: string, limit: number = sourceByteLimit(target)): Buffer {
  // Looked at before opening: opening a pipe waits for a writer, opening a device can act on it.
  const stats = statOrRefuse(target, file);
  refuseUnlessFile(stats, file);
  if (stats.size > limit) throw fileTooLarge(file, megabytes(stats.size), limit);
  // O_NONBLOCK: had the entry been swapped for a pipe since the look, opening it must not wait.
  const descriptor = openOrRefuse(target, file);
  try {
    // The file opened is the one checked, whatever happened to the path in between.
    refuseUnlessFile(fstatSync(descriptor), file);
    return readAtMost(descriptor, limit, file);
  } finally {
    closeSync(descriptor);
  }
}

function readAtMost(descriptor: number, limit: number, file: string): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK, limit + 1 - total));
    const read = readOrRefuse(descriptor, chunk, file);
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > limit) throw fileTooLarge(file, `more than ${megabytes(limit)}`, limit);
  }
  return Buffer.concat(chunks, total);
}

function readOrRefuse(descriptor: number, chunk: Buffer, file: string): number {
  try {
    return readSync(descriptor, chunk, 0, chunk.length, null);
  } catch (error) {
    // An I/O error, or a file on a network share gone meanwhile: still this file's problem.
    throw unreadable(error, file);
  }
}

function statOrRefuse(target: string, file: string): Stats {
  try {
    return statSync(target);
  } catch (error) {
    throw unreadable(error, file);
  }
}

function openOrRefuse(target: string, file: string): number {
  try {
    return openSync(target, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    throw unreadable(error, file);
  }
}

function refuseUnlessFile(stats: Stats, file: string): void {
  if (stats.isFile()) return;
  if (stats.isDirectory()) {
    throw new IngestError({
      file,
      problem: 'this is a folder, not a file, so it holds no article to read.',
      fix: 'name the article file itself (in a story folder: rename the folder, or move it out).',
    });
  }
  throw new IngestError({
    file,
    problem: `this is ${kind(stats)}, not a regular file, so it holds no article to read (reading it could wait forever or never end).`,
    fix: 'replace it with the article file itself.',
  });
}

function kind(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  return 'a special file';
}

/** An error of the file system, said as the file's problem. */
function unreadable(error: unknown, file: string): IngestError {
  const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
  const problem =
    code === 'ENOENT'
      ? 'no such file (ENOENT).'
      : code === 'ELOOP'
        ? 'cannot read the file (ELOOP): it is a symlink that loops back on itself, so it leads to no file.'
        : code === 'EACCES' || code === 'EPERM'
          ? `cannot read the file (${code}): permission denied.`
          : `cannot read the file (${code}).`;
  const fix =
    code === 'EACCES' || code === 'EPERM'
      ? 'make the file readable, or copy it somewhere you can read it.'
      : 'check the path.';
  return new IngestError({ file, problem, fix });
}
