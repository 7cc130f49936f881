/**
 * scripts/analyse.ts with an analysis cache folder not as it left it: one it cannot write (it says so
 * once and the build goes on), one holding what it did not write (left alone).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { ROOT } from '../support/seed.ts';

const content = mkdtempSync(path.join(tmpdir(), 'reworded-analyse-cache-folder-'));
afterAll(() => rmSync(content, { recursive: true, force: true }));
const run = (script: string) =>
  spawnSync(process.execPath, [path.join(ROOT, script)], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, REWORDED_CONTENT: content },
  });

test('a file where the cache folder should be: one warning naming it, the file kept, exit code 0', () => {
  cpSync(path.join(ROOT, 'tests/fixtures/stories/three-versions'), path.join(content, 'sources/three-versions'), {
    recursive: true,
  });
  expect(run('scripts/ingest.ts').status).toBe(0);
  mkdirSync(path.join(content, '.cache'));
  writeFileSync(path.join(content, '.cache/analysis'), 'notes of mine');

  const result = run('scripts/analyse.ts');
  expect(result.status).toBe(0);
  expect(result.stderr.match(/the analysis cache cannot be written/gu)).toHaveLength(1);
  expect(result.stderr).toContain(
    `${path.join(content, '.cache/analysis')}: the analysis cache cannot be written: a file is where the folder`,
  );
  expect(result.stderr).toMatch(/\n {2}Fix: /u);
  expect(result.stdout).toMatch(/^analyse: 6 reports, none computed ahead/u);
  expect(readFileSync(path.join(content, '.cache/analysis'), 'utf8')).toBe('notes of mine');
});

test('a folder in the cache folder is left alone, exit code 0', () => {
  // Runs after the test above, on its content.
  rmSync(path.join(content, '.cache/analysis'));
  mkdirSync(path.join(content, '.cache/analysis/kept.json'), { recursive: true });
  writeFileSync(path.join(content, '.cache/analysis/kept.json/notes.txt'), 'notes of mine');
  const result = run('scripts/analyse.ts');
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/^analyse: 6 reports, 6 computed on 1 thread, 0 from the cache, 0 stale removed/u);
  expect(existsSync(path.join(content, '.cache/analysis/kept.json/notes.txt'))).toBe(true);
});
