/**
 * npm run ingest [-- --sources DIR --out DIR --skip-broken]
 *
 * Turns every story folder under content/sources/ into Markdown under content/articles/ (or
 * under the content folder REWORDED_CONTENT names):
 *   1. find the story folders and read their article files and story.yaml (a symlinked story
 *      folder is skipped with a warning; a link that leaves the sources folder is refused);
 *   2. ingest each story (src/ingest, pure, in a thread of its own: a story that takes longer
 *      than --deadline seconds, 60 by default, is stopped and is that story's problem) and
 *      collect every problem, not just the first;
 *   3. if any story has a problem, print them all and write nothing; unless asked to skip broken
 *      stories (--skip-broken, or REWORDED_SKIP_BROKEN=1 for `npm run build`), in which case each
 *      broken story is reported and left out, and the others are written;
 *   4. otherwise write the files whose bytes changed and delete generated files with no source left,
 *      so a second run changes nothing and a removed story disappears. Only files ingest wrote
 *      (scripts/lib/generated-files.ts) are replaced or removed; an output folder that is, holds
 *      or sits inside a sources folder is refused before anything is read.
 */
import { existsSync } from 'node:fs';
import { lstat, mkdir, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { IngestError } from '../src/ingest/index.ts';
import type { GeneratedFile } from '../src/ingest/index.ts';
import { areNormalisationTwins, lookalikeNote } from '../src/ingest/lookalike-names.ts';
import { holdContentLock } from './lib/build-lock.ts';
import { folderRelation } from './lib/folder-relation.ts';
import { isGeneratedFile } from './lib/generated-files.ts';
import { checkOutputFolder } from './lib/output-folder.ts';
import { storyReader } from './lib/story-reader.ts';
import { displayPath, linkedStoryFolders, readStoryFolder, storyFolderNames } from './lib/story-folders.ts';

const root = path.resolve(import.meta.dirname, '..');
// Another content folder (sources/ and articles/ inside it) when REWORDED_CONTENT names one.
const content = path.resolve(root, process.env['REWORDED_CONTENT'] ?? 'content');
const { values } = parseArgs({
  options: {
    sources: { type: 'string', default: path.join(content, 'sources') },
    out: { type: 'string', default: path.join(content, 'articles') },
    'skip-broken': { type: 'boolean', default: process.env['REWORDED_SKIP_BROKEN'] === '1' },
    // Seconds one story may take to read (./lib/story-reader.ts); the tests shorten it.
    deadline: { type: 'string', default: '60' },
  },
});
const sourcesDir = path.resolve(values.sources);
const outDir = path.resolve(values.out);
// The content folder's sources count even when --sources names another: `--out content` is the slip.
refuseIf(() => checkOutputFolder(outDir, [sourcesDir, path.join(content, 'sources')], root));
// The content folder's lock, which a build holds, when writing into it; else the output's own.
holdContentLock(root, folderRelation(outDir, content) === undefined ? outDir : content, 'ingest');

const names = await storyFolderNames(sourcesDir);
for (const { name, target } of await linkedStoryFolders(sourcesDir)) {
  console.warn(
    `warning: ${display(path.join(sourcesDir, name))} is a symlink to "${target}", not a folder, so it was skipped (story folders are read only when they are real folders). Move or copy the story folder into ${display(sourcesDir) || '.'} to publish it.`,
  );
}
const reader = storyReader(Number(values.deadline) * 1000);
const generated: GeneratedFile[] = [];
const problems: { story: string; message: string }[] = [];
const owners = new Map<string, string>();
for (const name of names) {
  try {
    // Reading decodes story.yaml: its encoding error is a problem of this story like any other.
    const story = await reader.read(await readStoryFolder(path.join(sourcesDir, name), root, sourcesDir));
    const owner = owners.get(story.slug);
    if (owner !== undefined) {
      throw new IngestError({
        file: display(path.join(sourcesDir, name)),
        problem: `this folder and "${owner}" would both be published as story "${story.slug}".${lookalikeNote(name, owner)}`,
        fix: areNormalisationTwins(name, owner)
          ? 'keep one of the two folders: merge their files into one, or rename or remove the other.'
          : 'rename one of the two folders.',
      });
    }
    owners.set(story.slug, name);
    generated.push(...story.files);
    for (const warning of story.warnings) console.warn(`warning: ${warning}`);
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    problems.push({ story: name, message: error.message });
  }
}

await reader.close();

if (problems.length > 0 && !values['skip-broken']) {
  console.error(`ingest: ${problems.length} problem(s); nothing was written.\n`);
  for (const { message } of problems) console.error(`${message}\n`);
  console.error(
    'To build the other stories and leave these out, run with --skip-broken (npm run build: REWORDED_SKIP_BROKEN=1).',
  );
  process.exit(1);
}
for (const { story, message } of problems) console.warn(`skipped story "${story}", as asked: ${message}\n`);

const foreign = await foreignTargets(outDir, generated);
if (foreign.length > 0) {
  console.error(
    `ingest: ${foreign.length} ${foreign.length === 1 ? 'entry' : 'entries'} in the output folder ${foreign.length === 1 ? 'was' : 'were'} not made by ingest; nothing was written.\n`,
  );
  for (const { target, problem } of foreign) {
    console.error(`${display(target)}: ${problem}\n  Fix: move it elsewhere, or give --out a folder of its own.\n`);
  }
  process.exit(1);
}
const changed = await writeChanged(outDir, generated);
const removed = await removeStale(outDir, new Set(generated.map((file) => file.path)));
const skipped =
  problems.length > 0 ? `; ${problems.length} broken ${problems.length === 1 ? 'story' : 'stories'} skipped` : '';
console.log(
  `ingest: ${names.length - problems.length} stories, ${generated.length} files in ${display(outDir)} (${changed} written, ${removed} removed${skipped}).`,
);

async function writeChanged(dir: string, files: readonly GeneratedFile[]): Promise<number> {
  let count = 0;
  for (const file of files) {
    const target = path.join(dir, file.path);
    const current = existsSync(target) ? await readFile(target, 'utf8') : undefined;
    if (current === file.content) continue;
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.content);
    count += 1;
  }
  return count;
}

/**
 * What stands where ingest would write and is not its own: a file it did not write (replacing it
 * would lose the user's work), or a story folder that is a symlink or a file (writing through a
 * link would land outside the output folder).
 */
async function foreignTargets(
  dir: string,
  files: readonly GeneratedFile[],
): Promise<{ target: string; problem: string }[]> {
  const foreign = new Map<string, string>();
  for (const file of files) {
    const folder = path.dirname(path.join(dir, file.path));
    const folderFound = await lstat(folder).catch(() => undefined);
    if (folderFound !== undefined && !folderFound.isDirectory()) {
      foreign.set(
        folder,
        folderFound.isSymbolicLink()
          ? 'ingest would write into this story folder, which is a symlink: the files would land wherever it leads.'
          : 'ingest would write a story folder here, where a file stands.',
      );
      continue;
    }
    const target = path.join(dir, file.path);
    // lstat, not existsSync: a dangling symlink exists too, and writing through it would land elsewhere.
    const found = await lstat(target).catch(() => undefined);
    if (found !== undefined && !(await isGeneratedFile(target, file.path))) {
      foreign.set(target, 'ingest would replace this file, which it did not write (it lacks the generated note).');
    }
  }
  return [...foreign].map(([target, problem]) => ({ target, problem }));
}

/** Removes the files ingest wrote that no story generates any more; nothing else in `dir`. */
async function removeStale(dir: string, keep: ReadonlySet<string>): Promise<number> {
  if (!existsSync(dir)) return 0;
  let count = 0;
  const emptied = new Set<string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const target = path.join(entry.parentPath, entry.name);
    const relative = path.relative(dir, target).split(path.sep).join('/');
    if (keep.has(relative) || !(await isGeneratedFile(target, relative))) continue;
    await rm(target);
    emptied.add(entry.parentPath);
    count += 1;
  }
  // A story folder left empty by a removed story goes too; a folder that still holds anything stays.
  for (const folder of emptied) {
    if (folder !== dir && (await readdir(folder)).length === 0) await rmdir(folder);
  }
  return count;
}

/** Runs a check that throws IngestError; prints the message and exits 1 when it does. */
function refuseIf(check: () => void): void {
  try {
    check();
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    console.error(`ingest: nothing was read or written.\n\n${error.message}`);
    process.exit(1);
  }
}

function display(target: string): string {
  return displayPath(target, root);
}
