/**
 * Generated hostile story folders (tests/support/hostile-story.ts: the shapes an attacker or a
 * careless editor makes, mixed at random) through ingest and the analysis, as the build runs them.
 * Each case must end in a result or a named error of its story, never a crash or a hang; nothing
 * outside a story folder may be read into the site, nothing outside the output written. The minute
 * each step is allowed is a guard against hangs, not a speed test.
 *
 * REWORDED_FUZZ_SEED and REWORDED_FUZZ_CASES make other mixes (the seed of a failing case is in its
 * name).
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { seededRandom } from '../../scripts/lib/seeded-random.ts';
import { HOSTILE_SHAPES, writeHostileStory, writeShapeStory } from '../support/hostile-story.ts';
import type { HostileStory } from '../support/hostile-story.ts';
import { ROOT } from '../support/seed.ts';

const FIRST_SEED = Number(process.env['REWORDED_FUZZ_SEED'] ?? 20261203);
const CASES = Number(process.env['REWORDED_FUZZ_CASES'] ?? 8);
const GUARD = 60_000;
const SECRET = 'SECRET-9f1c2e-not-for-publication';

const parent = mkdtempSync(path.join(tmpdir(), 'reworded-fuzz-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

/** Every file, link and folder under `dir`, with the size and time of files and links, except under the folders in `skip`. */
function tree(dir: string, skip: readonly string[]): Map<string, string> {
  const entries = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true }) as string[]) {
    const full = path.join(dir, entry);
    if (skip.some((folder) => full === folder || full.startsWith(folder + path.sep))) continue;
    const stats = lstatSync(full);
    // A folder's own time changes when the output is made inside it: only its files' times count.
    entries.set(entry, stats.isDirectory() ? `${stats.mode}` : `${stats.mode} ${stats.size} ${stats.mtimeMs}`);
  }
  return entries;
}

function run(script: string, content: string, args: readonly string[] = []) {
  return spawnSync(process.execPath, [path.join(ROOT, script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: GUARD,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, REWORDED_CONTENT: content },
  });
}

/** Output that shows a crash rather than a message: a stack trace or a bare JavaScript error. */
const CRASH = /^\s+at |\b(?:TypeError|RangeError|ReferenceError|SyntaxError)\b|Maximum call stack/mu;

/** A content folder beside a secret it must never publish; its stories written by `write`. */
function hostileContent(name: string, write: (sources: string, outside: string) => HostileStory[]) {
  const root = path.join(parent, name);
  const content = path.join(root, 'content');
  const sources = path.join(content, 'sources');
  const outside = path.join(root, 'outside');
  mkdirSync(sources, { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'secret.txt'), `${SECRET}\n\nThe password is ${SECRET}.\n`);
  return { root, content, stories: write(sources, outside) };
}

/** Ingest (skipping broken stories, as a build asked to would) and the analysis, checked. */
function expectResultOrNamedError({ root, content, stories }: ReturnType<typeof hostileContent>): void {
  const described = stories.map((story) => `${story.name}: ${story.shapes.join(', ')}`).join('\n');
  const output = [path.join(content, 'articles'), path.join(content, '.cache')];
  const before = tree(root, output);

  const ingest = run('scripts/ingest.ts', content, ['--skip-broken']);
  const ingestOutput = `${ingest.stdout}${ingest.stderr}`;
  expect(ingest.signal, `ingest hung on\n${described}`).toBeNull();
  expect(ingestOutput, `ingest crashed on\n${described}`).not.toMatch(CRASH);
  expect(ingest.status, `${described}\n${ingestOutput}`).toBe(0);

  // Each story is published, or skipped with a message naming a file of its own folder.
  for (const story of stories) {
    const skipped = new RegExp(`skipped story "${story.name}", as asked: (.*)`, 'u').exec(ingest.stderr);
    if (skipped === null) {
      const published = existsSync(path.join(content, 'articles', story.name, 'story.json'));
      expect(published, `${story.name}: ${story.shapes.join(', ')}\n${ingestOutput}`).toBe(true);
    } else {
      expect(skipped[1], described).toContain(`sources/${story.name}`);
    }
  }

  const analyse = run('scripts/analyse.ts', content);
  const analyseOutput = `${analyse.stdout}${analyse.stderr}`;
  expect(analyse.signal, `the analysis hung on\n${described}`).toBeNull();
  expect(analyseOutput, `the analysis crashed on\n${described}`).not.toMatch(CRASH);
  expect(analyse.status, `${described}\n${analyseOutput}`).toBe(0);

  // Nothing outside the output changed, and the secret beside the sources reached no output file.
  expect(tree(root, output), described).toEqual(before);
  for (const folder of output.filter(existsSync)) {
    for (const entry of readdirSync(folder, { recursive: true }) as string[]) {
      const full = path.join(folder, entry);
      if (lstatSync(full).isFile()) expect(readFileSync(full, 'utf8'), `${entry}\n${described}`).not.toContain(SECRET);
    }
  }
}

test(
  'every hostile shape, each in a story of its own',
  () => {
    expectResultOrNamedError(
      hostileContent('each-shape', (sources, outside) =>
        HOSTILE_SHAPES.map((shape, index) => writeShapeStory(sources, outside, `shape-${index}`, shape)),
      ),
    );
  },
  4 * GUARD,
);

const cases = Array.from({ length: CASES }, (_, index) => FIRST_SEED + index);

test.each(cases)(
  'hostile folders of seed %i: a result or a named error, nothing read or written outside',
  (seed) => {
    const random = seededRandom(seed);
    expectResultOrNamedError(
      hostileContent(String(seed), (sources, outside) =>
        Array.from({ length: 2 + Math.floor(random() * 2) }, (_, index) =>
          writeHostileStory(sources, outside, `story-${index}`, random),
        ),
      ),
    );
  },
  4 * GUARD,
);
