/**
 * Files that are not articles, made in a test's own temporary folder: a named pipe, a file that
 * says it is 3 GB (sparse: it costs no disk), a PDF. Each must be refused by name before anything
 * reads it whole; a read that waited or ran on would hang the test, so callers run the tools with
 * HANG_GUARD as their time limit.
 */
import { execFileSync } from 'node:child_process';
import { truncateSync, writeFileSync } from 'node:fs';

/** Milliseconds a tool may take on one of these files before the test calls it a hang. */
export const HANG_GUARD = 60_000;

/** 3 GB: past both the 2 MB article limit and the 2 GiB that Node reads into one buffer. */
export const THREE_GB = 3 * 1024 ** 3;

/** A named pipe at `target`, with no writer: reading it would wait forever. */
export function namedPipe(target: string): string {
  execFileSync('mkfifo', [target]);
  return target;
}

/** A sparse file of `size` bytes at `target`: its size is real, its disk use nothing. */
export function sparseFile(target: string, size: number = THREE_GB): string {
  writeFileSync(target, 'Headline\n\nA paragraph.\n');
  truncateSync(target, size);
  return target;
}

/**
 * The opening of a PDF as a browser saves one: no NUL byte near the start, and high bytes that read
 * as Windows-1252 letters, so that the text reader alone would take it for an article.
 */
export const PDF = Buffer.concat([
  Buffer.from('%PDF-1.7\n%'),
  Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]),
  Buffer.from(
    '\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  ),
]);
