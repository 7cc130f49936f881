/**
 * npm run ingest [-- --sources DIR --out DIR --skip-broken]
 *
 * Turns every story folder under content/sources/ into Markdown under content/articles/ (or
 * under the content folder REWORDED_CONTENT names):
 *   1. find the story folders and read their article files and story.yaml;
 *   2. ingest each story (src/ingest, pure) and collect every problem, not just the first;
 *   3. if any story has a problem, print them all and write nothing; unless asked to skip broken
 *      stories (--skip-broken, or REWORDED_SKIP_BROKEN=1 for `npm run build`), in which case each
 *      broken story is reported and left out, and the others are written;
 *   4. otherwise write the files whose bytes changed and delete generated files with no source left,
 *      so a second run changes nothing and a removed story disappears.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { IngestError, ingestStory } from '../src/ingest/index.ts';
import type { GeneratedFile } from '../src/ingest/index.ts';
import { displayPath, readStoryFolder, storyFolderNames } from './lib/story-folders.ts';

const root = path.resolve(import.meta.dirname, '..');
// Another content folder (sources/ and articles/ inside it) when REWORDED_CONTENT names one.
const content = path.resolve(root, process.env['REWORDED_CONTENT'] ?? 'content');
const { values } = parseArgs({
  options: {
    sources: { type: 'string', default: path.join(content, 'sources') },
    out: { type: 'string', default: path.join(content, 'articles') },
    'skip-broken': { type: 'boolean', default: process.env['REWORDED_SKIP_BROKEN'] === '1' },
  },
});
const sourcesDir = path.resolve(values.sources);
const outDir = path.resolve(values.out);

const names = await storyFolderNames(sourcesDir);
const generated: GeneratedFile[] = [];
const problems: { story: string; message: string }[] = [];
const owners = new Map<string, string>();
for (const name of names) {
  try {
    // Reading decodes story.yaml: its encoding error is a problem of this story like any other.
    const story = ingestStory(await readStoryFolder(path.join(sourcesDir, name), root));
    const owner = owners.get(story.slug);
    if (owner !== undefined) {
      throw new IngestError({
        file: display(path.join(sourcesDir, name)),
        problem: `this folder and "${owner}" would both be published as story "${story.slug}".`,
        fix: 'rename one of the two folders.',
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

if (problems.length > 0 && !values['skip-broken']) {
  console.error(`ingest: ${problems.length} problem(s); nothing was written.\n`);
  for (const { message } of problems) console.error(`${message}\n`);
  console.error(
    'To build the other stories and leave these out, run with --skip-broken (npm run build: REWORDED_SKIP_BROKEN=1).',
  );
  process.exit(1);
}
for (const { story, message } of problems) console.warn(`skipped story "${story}", as asked: ${message}\n`);

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
