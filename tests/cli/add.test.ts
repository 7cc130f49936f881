/** `npm run add`: creating a story folder from article files, run as a user would. */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { parseStoryConfig } from '../../src/ingest/story-config.ts';
import { HANG_GUARD, namedPipe, PDF, sparseFile } from '../support/hostile-files.ts';
import { ROOT } from '../support/seed.ts';

const STORY = path.join(ROOT, 'tests/fixtures/stories/three-versions');
const HTML = path.join(ROOT, 'tests/fixtures/formats/html/wire-jsonld-graph.html');
const GAZETTE = path.join(STORY, 'harbour-gazette.txt');
const WIRE = path.join(STORY, 'morning-wire.txt');

const scratch = mkdtempSync(path.join(tmpdir(), 'reworded-add-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let content = '';
beforeEach(() => {
  content = mkdtempSync(path.join(scratch, 'content-'));
});
const add = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'scripts/add.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, REWORDED_CONTENT: content },
  });
const folder = (slug: string) => path.join(content, 'sources', slug);

describe('npm run add', () => {
  test('copies the files unchanged, writes story.yaml from what it detected, and says what it read', () => {
    const result = add(
      'harbour-bridge',
      GAZETTE,
      HTML,
      WIRE,
      '--label',
      'Harbour Gazette',
      '--title',
      'Two stories, one test',
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readdirSync(folder('harbour-bridge')).sort()).toEqual([
      'harbour-gazette.txt',
      'morning-wire.txt',
      'story.yaml',
      'wire-jsonld-graph.html',
    ]);
    for (const source of [GAZETTE, HTML, WIRE]) {
      expect(readFileSync(path.join(folder('harbour-bridge'), path.basename(source)))).toEqual(readFileSync(source));
    }
    const config = parseStoryConfig(
      readFileSync(path.join(folder('harbour-bridge'), 'story.yaml'), 'utf8'),
      'story.yaml',
    );
    expect(config.title).toBe('Two stories, one test');
    expect(config.original).toBe('harbour-gazette.txt');
    // Only the label given is written; the others (the outlet the page names, the version's place
    // when nothing says more) are made by the build, the same, and said in the output.
    expect(config.versions?.map((version) => [version.slug, version.label])).toEqual([
      ['harbour-gazette', 'Harbour Gazette'],
      ['meridian-wire', undefined],
      ['version-3', undefined],
    ]);
    expect(result.stdout).toContain('version "meridian-wire", labelled "Meridian Wire"');
    expect(result.stdout).toContain('version "version-3", labelled "Version 3"');
    expect(config.versions?.[1]?.url).toMatch(/^https:\/\/www\.meridianwire\.example\//u);
    expect(result.stdout).toContain('headline:   Harbour bridge may reopen next month after repairs, council says');
    expect(result.stdout).toContain('byline:     Jane Osei');
    expect(result.stdout).toContain('published:  2026-03-03T09:15+00:00');
    expect(result.stdout).toMatch(/wire-jsonld-graph\.html \(html\)[^]*?paragraphs: \d+/u);
  });

  test('the story it writes is one the build ingests', () => {
    expect(add('harbour-bridge', GAZETTE, WIRE, '--original', WIRE).status).toBe(0);
    const ingest = spawnSync(process.execPath, [path.join(ROOT, 'scripts/ingest.ts')], {
      encoding: 'utf8',
      env: { ...process.env, REWORDED_CONTENT: content },
    });
    expect(ingest.status).toBe(0);
    const summary = JSON.parse(readFileSync(path.join(content, 'articles/harbour-bridge/story.json'), 'utf8')) as {
      original: string;
    };
    expect(summary.original).toBe('original');
  });

  test('refuses to overwrite a story unless told to, and then replaces it', () => {
    expect(add('harbour-bridge', GAZETTE, WIRE).status).toBe(0);
    const again = add('harbour-bridge', GAZETTE);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(
      /harbour-bridge already exists; nothing was written\. To replace that story, run again with --force/u,
    );
    expect(readdirSync(folder('harbour-bridge'))).toHaveLength(3);
    expect(add('harbour-bridge', GAZETTE, '--force').status).toBe(0);
    expect(readdirSync(folder('harbour-bridge')).sort()).toEqual(['harbour-gazette.txt', 'story.yaml']);
  });

  test('refuses a hidden file, which the build would leave out of the story, writing nothing', () => {
    const hidden = path.join(content, '.x.txt');
    writeFileSync(hidden, readFileSync(WIRE));
    const result = add('harbour-bridge', GAZETTE, hidden);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/\.x\.txt: the file is hidden \(its name starts with "\."\)/u);
    expect(result.stderr).toMatch(/rename it without the leading dot \(e\.g\. "x\.txt"\)/u);
    expect(existsSync(folder('harbour-bridge'))).toBe(false);
  });

  test('refuses a slug that an existing folder differing only in case would also publish', () => {
    expect(add('harbour-bridge', GAZETTE).status).toBe(0);
    renameSync(folder('harbour-bridge'), folder('Harbour-Bridge'));
    // Where names ignore case, the folder is there by either name: add says so, as for any story.
    const caseBlind = existsSync(folder('harbour-bridge'));
    const result = add('harbour-bridge', WIRE);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      caseBlind
        ? /already exists; nothing was written/u
        : /Harbour-Bridge: this story folder would also be published as story "harbour-bridge"/u,
    );
    expect(readdirSync(path.join(content, 'sources'))).toEqual(['Harbour-Bridge']);
    expect(readdirSync(folder('Harbour-Bridge')).sort()).toEqual(['harbour-gazette.txt', 'story.yaml']);
  });

  test('writes nothing when a file is broken, and names the file and the problem', () => {
    const binary = path.join(content, 'scan.txt');
    writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
    const result = add('harbour-bridge', GAZETTE, binary);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/scan\.txt/u);
    expect(result.stderr).toMatch(/NUL/u);
    expect(result.stderr).toContain('Nothing was written.');
    expect(existsSync(folder('harbour-bridge'))).toBe(false);
  });

  test.each([
    ['a slug that is not one', ['Harbour Bridge!', GAZETTE], /use "harbour-bridge"/u],
    ['no file', ['harbour-bridge'], /give a story slug and at least one article file/u],
    ['a missing file', ['harbour-bridge', path.join(STORY, 'no-such-file.txt')], /no-such-file\.txt: no such file/u],
    [
      'an original not among the files',
      ['harbour-bridge', GAZETTE, '--original', 'other.txt'],
      /--original other\.txt is not one of the files and links given; repeat the file exactly as given/u,
    ],
    [
      'more labels than files',
      ['harbour-bridge', GAZETTE, '--label', 'A', '--label', 'B'],
      /2 labels for 1 file or link; give at most one --label per file or link/u,
    ],
    [
      'two equal labels',
      ['harbour-bridge', GAZETTE, WIRE, '--label', 'Wire', '--label', 'Wire'],
      /"[^"]*harbour-gazette\.txt" and "[^"]*morning-wire\.txt" are both labelled "Wire"[^]*give each --label a different text/u,
    ],
    ['two files of one name', ['harbour-bridge', GAZETTE, GAZETTE], /two files are both named "harbour-gazette\.txt"/u],
    ['an unknown option', ['harbour-bridge', GAZETTE, '--colour'], /Unknown option '--colour'[^]*usage: npm run add/u],
  ])('refuses %s with a clear message, writing nothing', (_case, args, message) => {
    const result = add(...args);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(existsSync(folder('harbour-bridge'))).toBe(false);
  });

  test('refuses two files whose names differ only in case, one file on macOS and Windows', () => {
    const twin = path.join(mkdtempSync(path.join(scratch, 'twin-')), 'Harbour-Gazette.txt');
    writeFileSync(twin, readFileSync(GAZETTE));
    const result = add('harbour-bridge', GAZETTE, twin);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /two files are named "harbour-gazette\.txt" and "Harbour-Gazette\.txt", one name on macOS and Windows/u,
    );
    expect(existsSync(folder('harbour-bridge'))).toBe(false);
  });

  test.each([
    ['a folder', 'folder.txt', (target: string) => mkdirSync(target), /folder\.txt: this is a folder, not a file/u],
    ['a named pipe', 'pipe.txt', namedPipe, /pipe\.txt: this is a named pipe, not a regular file/u],
    ['a 3 GB file', 'huge.txt', sparseFile, /huge\.txt: the file is 3221\.2 MB/u],
    ['a PDF', 'report.pdf', (target: string) => writeFileSync(target, PDF), /report\.pdf: the file looks like a PDF/u],
    [
      'a PDF saved as text',
      'report.txt',
      (target: string) => writeFileSync(target, PDF),
      /report\.txt: the file looks like a PDF/u,
    ],
    [
      'a file of another kind',
      'notes.rtf',
      (target: string) => writeFileSync(target, '{\\rtf1 Headline}'),
      /notes\.rtf: Reworded reads article files ending in \.txt, \.md, \.markdown, \.html or \.htm/u,
    ],
  ])('refuses %s by name, writing nothing', (_, name, make, problem) => {
    const target = path.join(mkdtempSync(path.join(scratch, 'given-')), name);
    make(target);
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/add.ts'), 'harbour-bridge', GAZETTE, target], {
      encoding: 'utf8',
      env: { ...process.env, REWORDED_CONTENT: content },
      timeout: HANG_GUARD,
    });
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(problem);
    expect(result.stderr).toContain('Nothing was written.');
    expect(result.stderr).not.toMatch(/2 GiB|\/u\)|\n\s+at /u);
    expect(existsSync(folder('harbour-bridge'))).toBe(false);
  });
});
