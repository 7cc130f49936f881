/**
 * npm run ingest [-- --sources DIR --out DIR]
 *
 * Turns every story folder under content/sources/ into Markdown under content/articles/:
 *   1. find the story folders and read their article files and story.yaml;
 *   2. ingest each story (src/ingest, pure) and collect every problem, not just the first;
 *   3. if any story has a problem, print them all and write nothing;
 *   4. otherwise write the files whose bytes changed and delete generated files with no source left,
 *      so a second run changes nothing and a removed story disappears.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { IngestError, ingestStory } from '../src/ingest/index.ts';
import type { GeneratedFile, StoryFolder } from '../src/ingest/index.ts';
import { displayPath, readStoryFolders } from './lib/story-folders.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    sources: { type: 'string', default: path.join(root, 'content/sources') },
    out: { type: 'string', default: path.join(root, 'content/articles') },
  },
});
const sourcesDir = path.resolve(values.sources);
const outDir = path.resolve(values.out);

let folders: StoryFolder[];
try {
  folders = await readStoryFolders(sourcesDir, root);
} catch (error) {
  // story.yaml is decoded while reading; its encoding error is a user's problem like any other.
  if (!(error instanceof IngestError)) throw error;
  console.error(`ingest: nothing was written.\n\n${error.message}`);
  process.exit(1);
}
const generated: GeneratedFile[] = [];
const problems: string[] = [];
const owners = new Map<string, string>();
for (const folder of folders) {
  try {
    const story = ingestStory(folder);
    const owner = owners.get(story.slug);
    if (owner !== undefined) {
      throw new IngestError({
        file: display(path.join(sourcesDir, folder.name)),
        problem: `this folder and "${owner}" would both be published as story "${story.slug}".`,
        fix: 'rename one of the two folders.',
      });
    }
    owners.set(story.slug, folder.name);
    generated.push(...story.files);
    for (const warning of story.warnings) console.warn(`warning: ${warning}`);
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    problems.push(error.message);
  }
}

if (problems.length > 0) {
  console.error(`ingest: ${problems.length} problem(s); nothing was written.\n`);
  for (const problem of problems) console.error(`${problem}\n`);
  process.exit(1);
}

const changed = await writeChanged(outDir, generated);
const removed = await removeStale(outDir, new Set(generated.map((file) => file.path)));
console.log(
  `ingest: ${folders.length} stories, ${generated.length} files in ${display(outDir)} (${changed} written, ${removed} removed).`,
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

async function removeStale(dir: string, keep: ReadonlySet<string>): Promise<number> {
  if (!existsSync(dir)) return 0;
  let count = 0;
  for (const relative of await readdir(dir, { recursive: true })) {
    const target = path.join(dir, relative);
    if (/\.(md|json)$/.test(relative) && !keep.has(relative.split(path.sep).join('/'))) {
      await rm(target);
      count += 1;
    }
  }
  // Story folders left empty by a removed story go too.
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const folder = path.join(dir, entry.name);
    if (entry.isDirectory() && (await readdir(folder)).length === 0) await rm(folder, { recursive: true });
  }
  return count;
}

function display(target: string): string {
  return displayPath(target, root);
}
