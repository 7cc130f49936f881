/**
 * npm run add -- <story-slug> URL-or-FILE... [--label LABEL]... [--original URL-or-FILE] [--title TITLE] [--force]
 *
 * Creates content/sources/<story-slug>/ (or under the content folder REWORDED_CONTENT names):
 *   1. refuse an existing story folder unless --force (which replaces the folder);
 *   2. read each file (only a regular file within the size limit), and fetch each http(s) link
 *      (./lib/link-source.ts: redirects, time and size limits, web archive snapshots), refusing a
 *      page the build could not read or that holds no article;
 *   3. check them all the way the build will (src/ingest/new-story.ts, pure);
 *   4. save the files and fetched pages unchanged and write story.yaml with what was detected,
 *      given or fetched (each link, where it led, and when);
 *   5. print what was read from each file: headline, byline, date, paragraphs, warnings.
 * Nothing is written when any file or link has a problem.
 *
 * REWORDED_FETCH_TIMEOUT_MS changes the time a page may take (20 s), for tests.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { IngestError } from '../src/ingest/index.ts';
import { planNewStory } from '../src/ingest/new-story.ts';
import type { FetchedOrigin } from '../src/ingest/new-story.ts';
import { DEFAULT_TIMEOUT_MS } from './lib/fetch-page.ts';
import { fetchLinkSource, isWebLink } from './lib/link-source.ts';
import { readSourceFile } from './lib/read-source-file.ts';
import { displayPath, storyFolderNames } from './lib/story-folders.ts';
import { userAgent } from './lib/user-agent.ts';

const root = path.resolve(import.meta.dirname, '..');
const content = path.resolve(root, process.env['REWORDED_CONTENT'] ?? 'content');
const USAGE =
  'usage: npm run add -- <story-slug> URL-or-FILE... [--label LABEL]... [--original URL-or-FILE] [--title TITLE] [--force]';

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
if (slug === undefined || paths.length === 0)
  fail(`give a story slug and at least one article file or link.\n${USAGE}`);
const timeoutMs = fetchTimeout(process.env['REWORDED_FETCH_TIMEOUT_MS']);

// Checked before anything is fetched: a mistyped option should not cost a round of downloads.
if (values.label.length > paths.length) {
  fail(
    `${values.label.length} labels for ${paths.length} ${paths.length === 1 ? 'file or link' : 'files and links'}; give at most one --label per file or link, in their order. Nothing was written.`,
  );
}
const originalIndex =
  values.original === undefined ? -1 : paths.findIndex((given) => sameArgument(given, values.original!));
if (values.original !== undefined && originalIndex < 0) {
  const kind = isWebLink(values.original) ? 'link' : 'file';
  fail(
    `--original ${values.original} is not one of the files and links given; repeat the ${kind} exactly as given among them (${paths.join(', ')}). Nothing was written.`,
  );
}

const folder = path.join(content, 'sources', slug);
if (existsSync(folder) && !values.force) {
  fail(`${display(folder)} already exists; nothing was written. To replace that story, run again with --force.`);
}

/** One argument as a file to save: its name in the story folder, its bytes, and its origin if fetched. */
interface Given {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly origin: FetchedOrigin | undefined;
}

// Each file is looked at before it is read (a folder, a pipe or a 3 GB file is refused by name) and
// read at most to the size limit; see ./lib/read-source-file.ts. Files first, so that a fetched
// page is named around them.
const given: (Given | undefined)[] = paths.map((file) => {
  if (isWebLink(file)) return undefined;
  const target = path.resolve(file);
  try {
    return { name: path.basename(target), bytes: readSourceFile(target, file), origin: undefined };
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    fail(`${error.message}\nNothing was written.`);
  }
});
// Then each link, one at a time: a site is not asked for several pages at once.
const taken = new Set(given.flatMap((entry) => (entry === undefined ? [] : [entry.name])));
const fetchWarnings: string[] = [];
const options = {
  userAgent: userAgent(packageVersion(), process.env['SITE']),
  timeoutMs,
};
for (const [index, link] of paths.entries()) {
  if (!isWebLink(link)) continue;
  console.log(`Fetching ${link} …`);
  try {
    const source = await fetchLinkSource(link, taken, options);
    given[index] = { name: source.name, bytes: source.bytes, origin: source.origin };
    fetchWarnings.push(...source.warnings);
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    fail(`${error.message}\nNothing was written.`);
  }
}
const files = given.map((entry) => {
  const { name, bytes } = entry as Given; // every argument is a file or a fetched link by now
  return {
    name,
    path: display(path.join(folder, name)),
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
    original: originalIndex >= 0 ? files[originalIndex]!.name : undefined,
    origins: given.map((entry) => entry?.origin),
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
  if (version.url !== undefined) console.log(`  url:        ${version.url}`);
  if (version.origin !== undefined) {
    console.log(`  fetched:    ${version.origin.fetched.final} at ${version.origin.fetched.at}`);
    if (version.origin.archived !== undefined)
      console.log(`  archived:   ${version.origin.retrieved ?? '(no exact time)'}, by the web archive`);
  }
}
for (const warning of [...fetchWarnings, ...plan.ingested.warnings]) console.warn(`\nwarning: ${warning}`);
console.log(
  `\nEdit ${display(path.join(folder, 'story.yaml'))} to change labels or the original; then npm start builds and serves the site.`,
);

function display(target: string): string {
  return displayPath(target, root);
}

/** The fetch time limit: REWORDED_FETCH_TIMEOUT_MS when set (a whole number of milliseconds), else 20 s. */
/**
 * True when an --original value names the argument `given`: the same link (compared as a browser
 * reads it, so "HTTPS://Courier.example/a" is "https://courier.example/a"), or the same file, by
 * its path or, as before, by its name alone.
 */
function sameArgument(given: string, original: string): boolean {
  if (isWebLink(given) || isWebLink(original)) {
    return isWebLink(given) && isWebLink(original) && URL.canParse(given) && URL.canParse(original)
      ? new URL(given).href === new URL(original).href
      : given === original;
  }
  return path.resolve(given) === path.resolve(original) || path.basename(given) === original;
}

function fetchTimeout(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_TIMEOUT_MS;
  if (!/^[1-9]\d*$/u.test(value)) fail(`REWORDED_FETCH_TIMEOUT_MS is "${value}"; give a whole number of milliseconds.`);
  return Number(value);
}

function packageVersion(): string {
  const data: unknown = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  return typeof data === 'object' && data !== null && 'version' in data && typeof data.version === 'string'
    ? data.version
    : '0';
}
