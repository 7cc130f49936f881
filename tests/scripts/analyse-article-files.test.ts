/**
 * `npm run analyse` reading content/articles: a generated file edited by hand into an alias bomb,
 * or something that is not a file in its place, stops it with the file's name, the problem and the
 * fix, never a stack trace or a wait. Runs on a content folder of its own in a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { HANG_GUARD, namedPipe } from '../support/hostile-files.ts';
import { ROOT, SEED_STORY_DIR } from '../support/seed.ts';
import { yamlBomb } from '../support/yaml-bomb.ts';

let content: string;
const run = (script: string) =>
  spawnSync(process.execPath, [path.join(ROOT, 'scripts', script)], {
    encoding: 'utf8',
    env: { ...process.env, REWORDED_CONTENT: content },
    timeout: HANG_GUARD,
  });

beforeEach(() => {
  content = path.join(mkdtempSync(path.join(tmpdir(), 'reworded-analyse-')), 'content');
  cpSync(SEED_STORY_DIR, path.join(content, 'sources', 'seed'), { recursive: true });
  expect(run('ingest.ts').status).toBe(0);
});
afterEach(() => rmSync(path.dirname(content), { recursive: true, force: true }));

test.each([
  [
    'an alias bomb edited into a generated file',
    (file: string) => writeFileSync(file, readFileSync(file, 'utf8').replace('---\n', `---\n${yamlBomb('note')}`)),
    /rewrite\.md: the frontmatter, from line 3: its aliases \(\*name\) repeat anchored values[^]*Fix: run `npm run ingest`/u,
  ],
  [
    'a named pipe in its place',
    (file: string) => (rmSync(file), namedPipe(file)),
    /rewrite\.md: this is a named pipe, not a regular file/u,
  ],
  [
    'a folder in its place',
    (file: string) => (rmSync(file), mkdirSync(file)),
    /rewrite\.md: this is a folder, not a file/u,
  ],
])('%s stops analyse by name, without a stack trace', (_, make, problem) => {
  make(path.join(content, 'articles', 'seed', 'rewrite.md'));
  const result = run('analyse.ts');
  expect(result.error).toBeUndefined();
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(problem);
  expect(result.stderr).not.toMatch(/\n\s+at /u);
});

test.each([
  ['not JSON', '{"slug": "seed",', /story\.json: the file is not valid JSON/u],
  ['null', 'null', /story\.json: the file is not a story summary \(the whole file: /u],
  [
    'missing its versions',
    '{"slug": "seed", "title": "T", "original": "original"}',
    /story\.json: the file is not a story summary \(versions: /u,
  ],
])('a story.json edited into %s stops analyse by name, without a stack trace', (_, text, problem) => {
  writeFileSync(path.join(content, 'articles', 'seed', 'story.json'), text);
  const result = run('analyse.ts');
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(problem);
  expect(result.stderr).toContain('Fix: run `npm run ingest`');
  expect(result.stderr).not.toMatch(/\n\s+at /u);
});
