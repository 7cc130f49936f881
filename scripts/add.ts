/**
 * npm run add -- <story-slug> FILE... [--label LABEL]... [--original FILE] [--title TITLE] [--force]
 *
 * Creates content/sources/<story-slug>/ (or under the content folder REWORDED_CONTENT names):
 *   1. read each file (only a regular file within the size limit) and check it the way the build
 *      will (src/ingest/new-story.ts, pure);
 *   2. refuse an existing story folder unless --force (which replaces the folder);
 *   3. copy the files unchanged and write story.yaml with what was detected or given;
 *   4. print what was read from each file: headline, byline, date, paragraphs, warnings.
 * Nothing is written when any file has a problem.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { IngestError } from '../src/ingest/index.ts';
import { planNewStory } from '../src/ingest/new-story.ts';
import { readSourceFile } from './lib/read-source-file.ts';
import { displayPath, storyFolderNames } from './lib/story-folders.ts';

const root = path.resolve(import.meta.dirname, '..');
const content = path.resolve(root, process.env['REWORDED_CONTENT'] ?? 'content');
const USAGE =
  'usage: npm run add -- <story-slug> FILE... [--label LABEL]... [--original FILE] [--title TITLE] [--force]';

function fail(message: string): never {
  console.error(`add: ${message}`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      label: { type: 'string', multiple: true, default: [] },
      original: { type: 'string' },
      title: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [slug, ...paths] = positionals;
if (slug === undefined || paths.length === 0) fail(`give a story slug and at least one article file.\n${USAGE}`);

const folder = path.join(content, 'sources', slug);
if (existsSync(folder) && !values.force) {
  fail(`${display(folder)} already exists; nothing was written. To replace that story, run again with --force.`);
}

// Each file is looked at before it is read (a folder, a pipe or a 3 GB file is refused by name) and
// read at most to the size limit; see ./lib/read-source-file.ts.
const files = paths.map((file) => {
  const target = path.resolve(file);
  let bytes;
  try {
    bytes = readSourceFile(target, file);
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    fail(`${error.message}\nNothing was written.`);
  }
  return {
    name: path.basename(target),
    path: display(path.join(folder, path.basename(target))),
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
});

let plan;
try {
  plan = planNewStory({
    slug,
    files,
    labels: values.label,
    original: values.original === undefined ? undefined : path.basename(values.original),
    title: values.title,
    configPath: display(path.join(folder, 'story.yaml')),
    otherStories: (await storyFolderNames(path.dirname(folder)))
      .filter((name) => name !== slug)
      .map((name) => ({ name, path: display(path.join(path.dirname(folder), name)) })),
  });
} catch (error) {
  if (!(error instanceof IngestError)) throw error;
  fail(`${error.message}\nNothing was written.`);
}

if (existsSync(folder)) await rm(folder, { recursive: true });
await mkdir(folder, { recursive: true });
for (const file of files) await writeFile(path.join(folder, file.name), file.bytes);
await writeFile(path.join(folder, 'story.yaml'), plan.configText);

console.log(
  `Created ${display(folder)}: ${plan.versions.length} ${plan.versions.length === 1 ? 'version' : 'versions'}.`,
);
for (const version of plan.versions) {
  const { document, format } = version.article;
  const paragraphs = document.body.filter((block) => block.type === 'paragraph').length;
  const original = version.file === plan.config.original ? ', the original' : '';
  console.log(`\n${version.file} (${format}${original}): version "${version.slug}", labelled "${version.label}"`);
  console.log(`  headline:   ${document.headline}`);
  console.log(`  byline:     ${document.byline?.name ?? '(none found)'}`);
  console.log(`  published:  ${document.published?.iso ?? '(no date found)'}`);
  console.log(`  paragraphs: ${paragraphs}`);
  if (version.article.url !== undefined) console.log(`  url:        ${version.article.url}`);
}
for (const warning of plan.ingested.warnings) console.warn(`\nwarning: ${warning}`);
console.log(
  `\nEdit ${display(path.join(folder, 'story.yaml'))} to change labels or the original; then npm start builds and serves the site.`,
);

function display(target: string): string {
  return displayPath(target, root);
}
