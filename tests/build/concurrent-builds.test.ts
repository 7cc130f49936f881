/**
 * Two `npm run build`s into the same output at once: the second waits for the first, says so, and
 * both leave the whole site. Without the wait, each deleted the other's files, and one could report
 * success over a site missing its 404 page, its method page and its robots.txt.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildLocksDir, lockPathFor } from '../../scripts/lib/build-lock.ts';
import { testBuildEnv } from '../support/astro-build.ts';
import { ROOT } from '../support/seed.ts';

const content = mkdtempSync(path.join(tmpdir(), 'reworded-concurrent-'));
afterAll(() => rmSync(content, { recursive: true, force: true }));
cpSync(path.join(ROOT, 'tests/fixtures/stories/single'), path.join(content, 'sources/single'), { recursive: true });
cpSync(path.join(ROOT, 'tests/fixtures/stories/identical'), path.join(content, 'sources/identical'), {
  recursive: true,
});
const dist = path.join(content, 'dist');

interface Finished {
  readonly status: number | null;
  readonly output: string;
}

function build(): { readonly done: Promise<Finished> } {
  const child = spawn(process.execPath, ['scripts/build.ts', '--outDir', dist], {
    cwd: ROOT,
    env: testBuildEnv({ REWORDED_CONTENT: content }),
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { done: new Promise((resolve) => child.on('close', (status) => resolve({ status, output }))) };
}

test('a second build into the same output waits for the first, and the site is whole', async () => {
  const first = build();
  // The second starts once the first holds the output's lock, so that the two surely overlap.
  const lock = lockPathFor(buildLocksDir(ROOT), dist);
  for (let waited = 0; !existsSync(lock) && waited < 60_000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const second = build();
  const [a, b] = await Promise.all([first.done, second.done]);
  expect(a.status, a.output).toBe(0);
  expect(b.status, b.output).toBe(0);
  expect(b.output).toMatch(/build: waiting for another build \(pid \d+\) that writes /u);
  for (const file of ['index.html', '404.html', 'robots.txt', 'method/index.html', 'pagefind/pagefind.js']) {
    expect(existsSync(path.join(dist, file)), file).toBe(true);
  }
  expect(existsSync(lock)).toBe(false);
}, 600_000);
