/** scripts/ingest.ts end to end, on copies of the seed story in a temporary folder. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ROOT, SEED_STORY_DIR } from '../support/seed.ts';

let work: string;
let sources: string;
let out: string;

const ingest = (args: string[] = [], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [path.join(ROOT, 'scripts/ingest.ts'), '--sources', sources, '--out', out, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(
    (readdirSync(dir, { recursive: true }) as string[])
      .filter((entry) => statSync(path.join(dir, entry)).isFile())
      .sort()
      .map((entry) => [entry, readFileSync(path.join(dir, entry), 'utf8')]),
  );

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'reworded-ingest-'));
  sources = path.join(work, 'sources');
  out = path.join(work, 'articles');
  cpSync(SEED_STORY_DIR, path.join(sources, 'seed'), { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('npm run ingest', () => {
  test('writes each story and is idempotent: a second run changes no byte and touches no file', () => {
    expect(ingest().status).toBe(0);
    const first = snapshot(out);
    expect(Object.keys(first)).toEqual(
      ['seed/original.md', 'seed/rewrite.md', 'seed/story.json'].map((p) => p.split('/').join(path.sep)),
    );
    const mtime = statSync(path.join(out, 'seed/original.md')).mtimeMs;

    const second = ingest();
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/\(0 written, 0 removed\)/);
    expect(snapshot(out)).toEqual(first);
    expect(statSync(path.join(out, 'seed/original.md')).mtimeMs).toBe(mtime);
  });

  test('removes the generated files of a story whose sources are gone', () => {
    cpSync(SEED_STORY_DIR, path.join(sources, 'second'), { recursive: true });
    expect(ingest().status).toBe(0);
    rmSync(path.join(sources, 'second'), { recursive: true });
    expect(ingest().stdout).toMatch(/\(0 written, 3 removed\)/);
    expect(existsSync(path.join(out, 'second'))).toBe(false);
    expect(existsSync(path.join(out, 'seed/original.md'))).toBe(true);
  });

  test('reports every broken story, exits non-zero, and writes nothing', () => {
    cpSync(SEED_STORY_DIR, path.join(sources, 'bad-yaml'), { recursive: true });
    writeFileSync(path.join(sources, 'bad-yaml/story.yaml'), 'original: missing.txt\n');
    cpSync(SEED_STORY_DIR, path.join(sources, 'empty-file'), { recursive: true });
    writeFileSync(path.join(sources, 'empty-file/002_empty.txt'), '\n\n');
    rmSync(path.join(sources, 'empty-file/story.yaml'));

    const result = ingest();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/2 problem\(s\); nothing was written/);
    expect(result.stderr).toMatch(/bad-yaml\/story\.yaml: original names "missing\.txt"/);
    expect(result.stderr).toMatch(/empty-file\/002_empty\.txt: the file has no text/);
    expect(existsSync(out)).toBe(false);
  });

  test('asked to skip broken stories, writes the others, reports each skipped one, and unpublishes it', () => {
    cpSync(SEED_STORY_DIR, path.join(sources, 'second'), { recursive: true });
    expect(ingest().status).toBe(0);
    expect(existsSync(path.join(out, 'second/original.md'))).toBe(true);
    // The second story breaks: a story.yaml that is not UTF-8, and an empty article.
    writeFileSync(path.join(sources, 'second/story.yaml'), Buffer.from([0x74, 0x3a, 0x20, 0x81, 0x0a]));
    cpSync(SEED_STORY_DIR, path.join(sources, 'third'), { recursive: true });
    rmSync(path.join(sources, 'third/story.yaml'));
    writeFileSync(path.join(sources, 'third/002_empty.txt'), '   \n');

    const refused = ingest();
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/run with --skip-broken/u);

    for (const run of [() => ingest(['--skip-broken']), () => ingest([], { REWORDED_SKIP_BROKEN: '1' })]) {
      const result = run();
      expect(result.status).toBe(0);
      expect(result.stderr).toMatch(
        /skipped story "second", as asked: .*second\/story\.yaml: the file is not valid UTF-8/u,
      );
      expect(result.stderr).toMatch(/skipped story "third", as asked: .*third\/002_empty\.txt: the file has no text/u);
      expect(result.stdout).toMatch(/ingest: 1 stories, .*2 broken stories skipped\)/u);
      expect(existsSync(path.join(out, 'seed/original.md'))).toBe(true);
      expect(existsSync(path.join(out, 'second'))).toBe(false);
      expect(existsSync(path.join(out, 'third'))).toBe(false);
    }
  });

  test('refuses two folders that would publish the same story slug', () => {
    cpSync(SEED_STORY_DIR, path.join(sources, 'Seed_'), { recursive: true });
    const result = ingest();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/would both be published as story "seed"/);
  });
});

test('refuses a story.yaml that is not UTF-8, naming it', () => {
  writeFileSync(
    path.join(sources, 'seed/story.yaml'),
    Buffer.from([0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0x93, 0x0a]),
  );
  const result = ingest();
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/seed\/story\.yaml: the file is not valid UTF-8 text/);
});
