/** scripts/lib/read-source-file.ts: what it reads, what it refuses, and that it never reads past the limit. */
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readSourceFile } from '../../scripts/lib/read-source-file.ts';
import { namedPipe, sparseFile } from '../support/hostile-files.ts';
import { errorOf } from '../support/ingest-error.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'reworded-read-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const at = (name: string) => path.join(scratch, name);

describe('readSourceFile', () => {
  test('reads a regular file, and one behind a link, byte for byte', () => {
    writeFileSync(at('a.txt'), 'Headline\n\nText.\n');
    symlinkSync('a.txt', at('link.txt'));
    expect(readSourceFile(at('a.txt'), 'a.txt').toString()).toBe('Headline\n\nText.\n');
    expect(readSourceFile(at('link.txt'), 'link.txt').toString()).toBe('Headline\n\nText.\n');
  });

  test('reads a file of exactly the limit, and refuses one byte more before reading it', () => {
    writeFileSync(at('ten.txt'), '0123456789');
    expect(readSourceFile(at('ten.txt'), 'ten.txt', 10)).toHaveLength(10);
    writeFileSync(at('eleven.txt'), '0123456789A');
    expect(errorOf(() => readSourceFile(at('eleven.txt'), 'eleven.txt', 10)).problem).toMatch(/^the file is 0\.0 MB/u);
  });

  test.skipIf(!existsSync('/proc/self/status'))(
    'stops at the limit when the size a file reports is not what it holds',
    () => {
      // Files under /proc report a size of 0 and hold more: only a bounded read notices.
      const error = errorOf(() => readSourceFile('/proc/self/status', 'status', 100));
      expect(error.message).toMatch(
        /^status: the file is more than 0\.0 MB; Reworded compares articles up to 0\.0 MB\./u,
      );
    },
  );

  test.each([
    ['a folder', () => at(''), /^this is a folder, not a file/u],
    ['a named pipe', () => namedPipe(at('pipe.txt')), /^this is a named pipe, not a regular file/u],
    ['/dev/zero', () => '/dev/zero', /^this is a character device, not a regular file/u],
    ['a 3 GB file', () => sparseFile(at('huge.txt')), /^the file is 3221\.2 MB/u],
    ['a symlink loop', () => (symlinkSync('loop.txt', at('loop.txt')), at('loop.txt')), /\(ELOOP\).*loops back/u],
    ['a missing file', () => at('gone.txt'), /^no such file \(ENOENT\)/u],
  ])('refuses %s by name, with a fix', (_, make, problem) => {
    const error = errorOf(() => readSourceFile(make(), 'given.txt'));
    expect(error.file).toBe('given.txt');
    expect(error.problem).toMatch(problem);
    expect(error.fix).not.toBe('');
  });
});

describe('readSourceFile and saved web pages', () => {
  test('reads a saved page up to 10 MB, and a text file only up to 2 MB', () => {
    sparseFile(at('big.html'), 9_000_000);
    sparseFile(at('big.txt'), 3_000_000);
    expect(readSourceFile(at('big.html'), 'big.html')).toHaveLength(9_000_000);
    expect(errorOf(() => readSourceFile(at('big.txt'), 'big.txt')).problem).toMatch(/^the file is 3\.0 MB/u);
    sparseFile(at('huge.htm'), 10_000_001);
    expect(errorOf(() => readSourceFile(at('huge.htm'), 'huge.htm')).problem).toBe(
      'the page is 10.0 MB; Reworded reads saved web pages up to 10.0 MB.',
    );
  });
});
