/**
 * scripts/analyse.ts: the reports of every page, computed ahead into the cache, and only those
 * whose inputs changed computed again.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { REPORT_VERSION } from '../../src/analysis/index.ts';
import { reportSchema } from '../../src/analysis/report/report-schema.ts';
import { astroBuild } from '../support/astro-build.ts';
import { ROOT } from '../support/seed.ts';

const content = mkdtempSync(path.join(tmpdir(), 'reworded-analyse-'));
afterAll(() => rmSync(content, { recursive: true, force: true }));
const run = (script: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, [path.join(ROOT, script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, REWORDED_CONTENT: content },
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
};
// Vitest sets NODE_ENV=test, under which Astro's build counts as development and the pages skip the
// cache (src/report-files/cached-report.ts): these builds must be production builds to read it.
const PRODUCTION = { REWORDED_CONTENT: content, NODE_ENV: 'production' };
const cached = () => readdirSync(path.join(content, '.cache/analysis')).sort();

test('computes each report once, again only when one of its versions changes, and drops the stale ones', () => {
  cpSync(path.join(ROOT, 'tests/fixtures/stories/three-versions'), path.join(content, 'sources/three-versions'), {
    recursive: true,
  });
  run('scripts/ingest.ts');
  // The original with each of two versions, and the two versions with each other in both
  // directions, and each with the original: the pages of a three-version story need six reports.
  expect(run('scripts/analyse.ts')).toMatch(
    /^analyse: 6 reports, 6 computed on 1 thread, 0 from the cache, 0 stale removed/u,
  );
  const first = cached();
  expect(first).toHaveLength(6);
  // The pages find every report they show under the key the script used: they add none.
  // A build of its own, not a shared one: it must read this test's content and cache.
  astroBuild(path.join(content, 'dist'), PRODUCTION);
  expect(cached()).toEqual(first);

  expect(run('scripts/analyse.ts')).toMatch(
    /^analyse: 6 reports, 0 computed on 1 thread, 6 from the cache, 0 stale removed/u,
  );
  expect(cached()).toEqual(first);

  appendFileSync(path.join(content, 'sources/three-versions/morning-wire.txt'), '\nA late paragraph of the wire.\n');
  run('scripts/ingest.ts');
  // Four reports involve the wire; the two between the gazette and the courier stay.
  expect(run('scripts/analyse.ts')).toMatch(
    /^analyse: 6 reports, 4 computed on 1 thread, 2 from the cache, 4 stale removed/u,
  );
  expect(cached().filter((name) => first.includes(name))).toHaveLength(2);
});

test('a build computes again the cache files that are not reports, and writes reports over them', () => {
  // Runs after the test above, on its content and cache: six reports, all cached.
  const files = cached().map((name) => path.join(content, '.cache/analysis', name));
  expect(files).toHaveLength(6);
  const first = readFileSync(files[0] ?? '', 'utf8');
  const bad = ['{}', 'null', first.slice(0, 100), '[]', JSON.stringify({ version: REPORT_VERSION })];
  files.forEach((file, index) => writeFileSync(file, bad[index % bad.length] ?? ''));
  run('scripts/analyse.ts');
  astroBuild(path.join(content, 'dist'), PRODUCTION);
  for (const file of files) expect(reportSchema.safeParse(JSON.parse(readFileSync(file, 'utf8'))).success).toBe(true);
});
