/** scripts/ingest.ts end to end, on copies of the seed story in a temporary folder. */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ROOT, SEED_STORY_DIR } from '../support/seed.ts';
import { HANG_GUARD, namedPipe, PDF, sparseFile } from '../support/hostile-files.ts';
import { yamlBomb } from '../support/yaml-bomb.ts';

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

  test('skips a story whose story.yaml or frontmatter is a YAML alias bomb, naming the file', () => {
    cpSync(SEED_STORY_DIR, path.join(sources, 'bomb'), { recursive: true });
    writeFileSync(path.join(sources, 'bomb/story.yaml'), yamlBomb('title'));
    mkdirSync(path.join(sources, 'bomb-md'));
    writeFileSync(path.join(sources, 'bomb-md/a.md'), `---\n${yamlBomb('headline')}---\nText.\n`);

    const result = ingest(['--skip-broken']);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/skipped story "bomb", as asked: .*bomb\/story\.yaml:2: its aliases/u);
    expect(result.stderr).toMatch(/skipped story "bomb-md", as asked: .*bomb-md\/a\.md:3: its aliases/u);
    expect(existsSync(path.join(out, 'seed/original.md'))).toBe(true);
  });

  test('refuses two folders that would publish the same story slug', () => {
    cpSync(SEED_STORY_DIR, path.join(sources, 'Seed_'), { recursive: true });
    const result = ingest();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/would both be published as story "seed"/);
  });

  test('says how two story folders whose names look the same differ', () => {
    const name = 'Résumé';
    cpSync(SEED_STORY_DIR, path.join(sources, name.normalize('NFC')), { recursive: true });
    cpSync(SEED_STORY_DIR, path.join(sources, name.normalize('NFD')), { recursive: true });
    const result = ingest();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('would both be published as story "resume"');
    expect(result.stderr).toContain('look the same but are written differently');
    expect(result.stderr).toContain('Fix: keep one of the two folders');
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

describe('npm run ingest keeps what it did not write', () => {
  const runInto = (target: string) =>
    spawnSync(process.execPath, [path.join(ROOT, 'scripts/ingest.ts'), '--sources', sources, '--out', target], {
      encoding: 'utf8',
    });

  test('refuses an output folder that is, holds or sits inside the sources folder, naming both', () => {
    const before = snapshot(sources);
    for (const target of [sources, work, path.join(sources, 'seed', 'out')]) {
      const result = runInto(target);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/the output folder (is|contains|lies inside) the sources folder/u);
      expect(result.stderr).toContain(path.relative(ROOT, target).split(path.sep).join('/'));
      expect(result.stderr).toContain(path.relative(ROOT, sources).split(path.sep).join('/'));
      expect(snapshot(sources)).toEqual(before);
    }
  });

  test('refuses the content folder as output when --sources names another folder', () => {
    const content = path.join(work, 'content');
    cpSync(SEED_STORY_DIR, path.join(content, 'sources', 'kept'), { recursive: true });
    const before = snapshot(content);
    const result = spawnSync(
      process.execPath,
      [path.join(ROOT, 'scripts/ingest.ts'), '--sources', sources, '--out', content],
      { encoding: 'utf8', env: { ...process.env, REWORDED_CONTENT: content } },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/the output folder contains the sources folder .*content\/sources/u);
    expect(snapshot(content)).toEqual(before);
  });

  test('removes only generated files: notes, configs and hand-written Markdown stay', () => {
    cpSync(SEED_STORY_DIR, path.join(sources, 'second'), { recursive: true });
    expect(ingest().status).toBe(0);
    const mine = {
      'notes.md': '# My notes\n',
      'config.json': '{"keep": true}\n',
      'second/extra.md': 'A note about the second story.\n',
      'drafts/story.json': '{"mine": true}\n',
      'drafts/draft.md': '---\ntitle: draft\n---\nText.\n',
    };
    for (const [name, text] of Object.entries(mine)) {
      mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
      writeFileSync(path.join(out, name), text);
    }
    rmSync(path.join(sources, 'second'), { recursive: true });

    const result = ingest();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\(0 written, 3 removed\)/u);
    for (const [name, text] of Object.entries(mine)) expect(readFileSync(path.join(out, name), 'utf8')).toBe(text);
    expect(existsSync(path.join(out, 'second/original.md'))).toBe(false);
    expect(existsSync(path.join(out, 'seed/original.md'))).toBe(true);
  });

  test('refuses to replace a file it did not write, naming it, and writes nothing', () => {
    mkdirSync(path.join(out, 'seed'), { recursive: true });
    writeFileSync(path.join(out, 'seed/original.md'), 'Written by hand.\n');
    const result = ingest();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/seed\/original\.md: ingest would replace this file, which it did not write/u);
    expect(readFileSync(path.join(out, 'seed/original.md'), 'utf8')).toBe('Written by hand.\n');
    expect(existsSync(path.join(out, 'seed/story.json'))).toBe(false);
  });
});

test('refuses to write through a story folder in the output that is a symlink, and writes nothing', () => {
  const elsewhere = path.join(work, 'elsewhere');
  mkdirSync(elsewhere);
  mkdirSync(out);
  symlinkSync(elsewhere, path.join(out, 'seed'));
  const result = ingest();
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/articles\/seed: ingest would write into this story folder, which is a symlink/u);
  expect(readdirSync(elsewhere)).toEqual([]);
});

test('stops reading a story past the deadline, naming the file it was reading; --skip-broken skips it', () => {
  mkdirSync(path.join(sources, 'slow'));
  writeFileSync(path.join(sources, 'slow/a.txt'), 'Port strike halts traffic\n\nDock workers walked out.\n');
  // A million and a half blank lines (1.5 MB, within every limit): seconds to read, past a one-second deadline.
  writeFileSync(
    path.join(sources, 'slow/b.md'),
    `# Port strike\n\n${'\n'.repeat(1_500_000)}Dock workers walked out.\n`,
  );
  const refused = ingest(['--deadline', '1']);
  expect(refused.status).toBe(1);
  expect(refused.stderr).toMatch(/slow\/b\.md: reading the file took longer than 1 s, and was stopped/u);
  expect(refused.stderr).toContain('Fix: save the article in another format');
  const skipped = ingest(['--deadline', '1', '--skip-broken']);
  expect(skipped.status).toBe(0);
  expect(skipped.stderr).toMatch(/skipped story "slow", as asked: .*slow\/b\.md: reading the file took longer/u);
  expect(existsSync(path.join(out, 'seed/original.md'))).toBe(true);
}, 60_000);

describe('npm run ingest and symlinks', () => {
  const REWRITE = '001_aeafaadd1786d078.txt';
  const secret = () => {
    const file = path.join(work, 'secret.txt');
    writeFileSync(file, 'A secret of the machine that builds the site.\n');
    return file;
  };
  const published = () => (existsSync(out) ? Object.values(snapshot(out)).join('\n') : '');

  test('refuses a link in a story folder that leaves the sources folder, naming the link and its target', () => {
    const target = secret();
    rmSync(path.join(sources, 'seed', REWRITE));
    symlinkSync(target, path.join(sources, 'seed', REWRITE));
    const result = ingest();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`seed/${REWRITE}: the file is a symlink to "${target}"`);
    expect(result.stderr).toMatch(/outside the sources folder/u);
    expect(published()).not.toMatch(/A secret of the machine/u);

    cpSync(SEED_STORY_DIR, path.join(sources, 'other'), { recursive: true });
    const skipped = ingest(['--skip-broken']);
    expect(skipped.status).toBe(0);
    expect(skipped.stderr).toMatch(/skipped story "seed", as asked: .*symlink/u);
    expect(existsSync(path.join(out, 'other/story.json'))).toBe(true);
    expect(published()).not.toMatch(/A secret of the machine/u);
  });

  test('refuses a story.yaml that links outside the sources folder, without reading it', () => {
    const target = secret();
    rmSync(path.join(sources, 'seed', 'story.yaml'));
    symlinkSync(target, path.join(sources, 'seed', 'story.yaml'));
    const result = ingest();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`seed/story.yaml: the file is a symlink to "${target}"`);
    expect(result.stderr).not.toMatch(/A secret of the machine/u);
  });

  test('follows a link that stays inside the sources folder', () => {
    cpSync(SEED_STORY_DIR, path.join(sources, 'second'), { recursive: true });
    rmSync(path.join(sources, 'second', REWRITE));
    symlinkSync(path.join('..', 'seed', REWRITE), path.join(sources, 'second', REWRITE));
    expect(ingest().status).toBe(0);
    expect(readFileSync(path.join(out, 'second/rewrite.md'), 'utf8')).toContain('second/001_aeafaadd1786d078.txt');
  });

  test('says so when it skips a symlinked story folder', () => {
    const elsewhere = path.join(work, 'elsewhere');
    cpSync(SEED_STORY_DIR, elsewhere, { recursive: true });
    symlinkSync(elsewhere, path.join(sources, 'linked'));
    const result = ingest();
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(
      /warning: .*sources\/linked is a symlink to ".*elsewhere", not a folder, so it was skipped/u,
    );
    expect(existsSync(path.join(out, 'linked'))).toBe(false);
  });

  test.each([
    [
      'a symlink loop',
      (file: string) => symlinkSync(path.basename(file), file),
      /a symlink to "c\.txt" that loops back/u,
    ],
    [
      'a dangling symlink',
      (file: string) => symlinkSync('gone.txt', file),
      /a symlink to "gone\.txt", which does not exist/u,
    ],
    ['a folder named like an article file', (file: string) => mkdirSync(file), /this is a folder, not a file/u],
  ])('refuses %s as a problem of its story, which --skip-broken can skip', (_, make, problem) => {
    cpSync(SEED_STORY_DIR, path.join(sources, 'broken'), { recursive: true });
    make(path.join(sources, 'broken', 'c.txt'));
    const result = ingest();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/1 problem\(s\); nothing was written/u);
    expect(result.stderr).toMatch(/broken\/c\.txt: /u);
    expect(result.stderr).toMatch(problem);
    const skipped = ingest(['--skip-broken']);
    expect(skipped.status).toBe(0);
    expect(skipped.stderr).toMatch(/skipped story "broken", as asked/u);
    expect(existsSync(path.join(out, 'seed/story.json'))).toBe(true);
  });
});

describe('npm run ingest and files that are not articles', () => {
  const ingestGuarded = (args: string[] = []) =>
    spawnSync(process.execPath, [path.join(ROOT, 'scripts/ingest.ts'), '--sources', sources, '--out', out, ...args], {
      encoding: 'utf8',
      timeout: HANG_GUARD,
    });

  // The rewrite's file, which story.yaml lists: only the file's own problem can refuse the story.
  const REWRITE = '001_aeafaadd1786d078.txt';
  test.each([
    [
      'a 3 GB article file',
      REWRITE,
      sparseFile,
      /001_\w+\.txt: the file is 3221\.2 MB; Reworded compares articles up to 2\.0 MB/u,
    ],
    ['a 3 GB story.yaml', 'story.yaml', sparseFile, /story\.yaml: the file is 3221\.2 MB/u],
    ['a named pipe', REWRITE, namedPipe, /001_\w+\.txt: this is a named pipe, not a regular file/u],
    [
      'a PDF saved as text',
      REWRITE,
      (file: string) => writeFileSync(file, PDF),
      /001_\w+\.txt: the file looks like a PDF/u,
    ],
  ])('refuses %s by name, before reading it, as a problem of its story', (_, name, make, problem) => {
    cpSync(SEED_STORY_DIR, path.join(sources, 'broken'), { recursive: true });
    rmSync(path.join(sources, 'broken', name), { force: true });
    make(path.join(sources, 'broken', name));
    const result = ingestGuarded();
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/1 problem\(s\); nothing was written/u);
    expect(result.stderr).toMatch(problem);
    expect(result.stderr).not.toMatch(/2 GiB|RangeError|\n\s+at /u);
    const skipped = ingestGuarded(['--skip-broken']);
    expect(skipped.status).toBe(0);
    expect(skipped.stderr).toMatch(/skipped story "broken", as asked/u);
    expect(existsSync(path.join(out, 'seed/story.json'))).toBe(true);
    expect(existsSync(path.join(out, 'broken'))).toBe(false);
  });
});
