/**
 * A content folder (REWORDED_CONTENT) whose path holds "#" or "%": the content loaders read their
 * folder as a URL, where such a path would build an empty site and report success. The build
 * refuses it by name before building anything.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { ROOT } from '../support/seed.ts';

const parent = mkdtempSync(path.join(tmpdir(), 'reworded-content-path-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

test.each(['notes#1', 'draft%20'])('a content folder named “%s” is refused by name, with a fix', (name) => {
  const content = path.join(parent, name, 'content');
  mkdirSync(content, { recursive: true });
  const build = spawnSync(path.join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, REWORDED_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' },
    timeout: 120_000,
  });
  expect(build.status).not.toBe(0);
  expect(`${build.stdout}${build.stderr}`).toContain(`REWORDED_CONTENT (${content})`);
  expect(`${build.stdout}${build.stderr}`).toContain('Fix: rename or move the folder.');
});
