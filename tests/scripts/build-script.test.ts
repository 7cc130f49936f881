/**
 * npm run build (scripts/build.ts) before and around its steps: an output folder that astro build
 * would empty with the user's files in it is refused before anything runs, and a build stopped by
 * a signal stops its running step before it lets go of its locks.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildLocksDir, lockPathFor } from '../../scripts/lib/build-lock.ts';
import { testBuildEnv } from '../support/astro-build.ts';
import { ROOT, SEED_STORY_DIR } from '../support/seed.ts';

// Two levels down, so that the folder holding the content folder holds nothing else of note.
const work = mkdtempSync(path.join(tmpdir(), 'reworded-build-script-'));
const content = path.join(work, 'site', 'content');
afterAll(() => rmSync(work, { recursive: true, force: true }));
cpSync(SEED_STORY_DIR, path.join(content, 'sources/seed'), { recursive: true });

const build = (outDir: string) =>
  spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: testBuildEnv({ REWORDED_CONTENT: content }),
  });

test.each([
  ['the content folder', () => content, 'is the content folder'],
  ['the folder holding the content folder', () => path.dirname(content), 'contains the content folder'],
  ['the sources', () => path.join(content, 'sources'), 'sources'],
  ['a folder inside the sources', () => path.join(content, 'sources/seed'), 'lies inside'],
  ['the project', () => ROOT, 'is the project'],
  ['the project’s src', () => path.join(ROOT, 'src'), 'is src'],
])('refuses %s as the output, naming it, and builds nothing', (_, outDir, relation) => {
  const before = readdirSync(path.join(content, 'sources/seed')).sort();
  const result = build(outDir());
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(relation);
  expect(result.stderr).toContain('astro build empties its output folder first');
  expect(result.stderr).toContain('Fix: give --outDir a folder of its own');
  expect(result.stdout).not.toContain('ingest:');
  expect(readdirSync(path.join(content, 'sources/seed')).sort()).toEqual(before);
});

test('a build stopped by a signal stops its step, then lets go of its locks', async () => {
  const dist = path.join(content, 'dist');
  const child = spawn(process.execPath, ['scripts/build.ts', '--outDir', dist], {
    cwd: ROOT,
    env: testBuildEnv({ REWORDED_CONTENT: content }),
  });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  // Once the lock names a step besides the build, that step runs: stop the build then.
  const pids = path.join(lockPathFor(buildLocksDir(ROOT), dist), 'pid');
  const stepPid = async (): Promise<number> => {
    for (;;) {
      const listed = existsSync(pids) ? readFileSync(pids, 'utf8').trim().split('\n') : [];
      if (listed.length >= 2) return Number(listed[1]);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  const step = await stepPid();
  child.kill('SIGTERM');
  const code = await exited;
  expect(code).not.toBe(0);
  expect(output).toMatch(/build: stopped \(SIGTERM\) during ingest/u);
  expect(() => process.kill(step, 0)).toThrow();
  expect(existsSync(path.dirname(pids))).toBe(false);
}, 120_000);
