/**
 * scripts/analyse.ts with the site's origin known (SITE): the share card of every comparison a
 * page shows, drawn ahead into the card cache, drawn again only when its comparison changes, and
 * the stale ones removed; the build then writes the cached cards and draws none of its own.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { astroBuild } from '../support/astro-build.ts';
import { ROOT } from '../support/seed.ts';

const content = mkdtempSync(path.join(tmpdir(), 'reworded-analyse-cards-'));
afterAll(() => rmSync(content, { recursive: true, force: true }));
const SITE = 'https://example.org';
const run = (script: string) => {
  const result = spawnSync(process.execPath, [path.join(ROOT, script)], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, REWORDED_CONTENT: content, SITE },
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
};
const cardDir = path.join(content, '.cache/cards');
const cards = () => readdirSync(cardDir).sort();
/** Every PNG a build wrote, by path. */
const builtCards = (dist: string) =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.png'))
    .sort();

test('draws each shown comparison its card once, again only when it changes, and drops the stale', () => {
  cpSync(path.join(ROOT, 'tests/fixtures/stories/three-versions'), path.join(content, 'sources/three-versions'), {
    recursive: true,
  });
  run('scripts/ingest.ts');
  // A story of three versions shows each of its six ordered pairs on a page of its own.
  expect(run('scripts/analyse.ts')).toMatch(/; share cards: 6 drawn, 0 stale removed \(/u);
  const first = cards();
  expect(first).toHaveLength(6);
  for (const name of first) {
    const png = readFileSync(path.join(cardDir, name));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.byteLength).toBeLessThanOrEqual(100 * 1024);
  }

  // Nothing changed: nothing drawn, nothing removed, and the line says nothing of cards.
  expect(run('scripts/analyse.ts')).not.toMatch(/share cards/u);
  expect(cards()).toEqual(first);

  // The build writes one card per comparison page, each the very bytes of one in the cache, and
  // adds none to the cache.
  const dist = path.join(content, 'dist');
  astroBuild(dist, { REWORDED_CONTENT: content, NODE_ENV: 'production', SITE });
  const built = builtCards(dist);
  expect(built).toHaveLength(6);
  const cached = new Set(first.map((name) => readFileSync(path.join(cardDir, name)).toString('base64')));
  for (const name of built) expect(cached.has(readFileSync(path.join(dist, name)).toString('base64'))).toBe(true);
  expect(cards()).toEqual(first);

  // The wire changes: the four comparisons it is part of get new cards, the other two keep theirs.
  appendFileSync(path.join(content, 'sources/three-versions/morning-wire.txt'), '\nA late paragraph of the wire.\n');
  run('scripts/ingest.ts');
  expect(run('scripts/analyse.ts')).toMatch(/; share cards: 4 drawn, 4 stale removed \(/u);
  expect(cards()).toHaveLength(6);
  expect(cards().filter((name) => first.includes(name))).toHaveLength(2);
});

test('draws a card two stories share once, and goes on without a card folder it cannot use', () => {
  const twice = mkdtempSync(path.join(tmpdir(), 'reworded-analyse-cards-twice-'));
  try {
    for (const slug of ['first-copy', 'second-copy'])
      cpSync(path.join(ROOT, 'tests/fixtures/stories/three-versions'), path.join(twice, 'sources', slug), {
        recursive: true,
      });
    const env = { ...process.env, REWORDED_CONTENT: twice, SITE };
    const script = (name: string) =>
      spawnSync(process.execPath, [path.join(ROOT, name)], { cwd: ROOT, encoding: 'utf8', env });
    expect(script('scripts/ingest.ts').status).toBe(0);
    // Twelve pages name a card; the two stories have the same texts and labels: six cards, six reports.
    const first = script('scripts/analyse.ts');
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/; share cards: 6 drawn, 0 stale removed \(/u);
    expect(readdirSync(path.join(twice, '.cache/cards'))).toHaveLength(6);

    // A file where the card folder should be: said once, and the analysis still succeeds.
    rmSync(path.join(twice, '.cache/cards'), { recursive: true });
    writeFileSync(path.join(twice, '.cache/cards'), 'not a folder');
    const blocked = script('scripts/analyse.ts');
    expect(blocked.status).toBe(0);
    expect(blocked.stderr.match(/share-card cache cannot be written: a file is where the folder/gu)).toHaveLength(1);
    expect(blocked.stdout).toMatch(/^analyse: 6 reports/u);
    expect(blocked.stdout).not.toMatch(/share cards/u);
  } finally {
    rmSync(twice, { recursive: true, force: true });
  }
});
