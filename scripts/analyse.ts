/**
 * npm run analyse (part of npm run build, after ingest)
 *
 * Computes, ahead of `astro build`, every report the pages will show, on every core, into the
 * analysis cache (src/report-files). Reports already there (same documents, same analysis code)
 * are not computed again, so after one story changes only its reports are. Cache files no page
 * uses any more are removed. The pages then read the reports instead of computing them one by one
 * in Astro's single thread: both build the documents and their key in src/data/story-reports.ts
 * (fillReportCache here, reportFor there), so both look under the same key. A cache folder that
 * cannot be written (read-only, or a file in its place) is said once, here, and the build goes on
 * without it: the pages compute each report themselves.
 *
 * With SITE set (the pages then name share cards), the cards are drawn here too (lib/draw-cards.ts).
 */
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { ArticleFileError, readArticleFile, storySummarySchema } from '../src/article-file/index.ts';
import type { StorySummary } from '../src/article-file/index.ts';
import { assembleStories } from '../src/data/assemble-stories.ts';
import { analysedPairs } from '../src/data/comparison-pairs.ts';
import { fillReportCache, reportKeyFor } from '../src/data/story-reports.ts';
import {
  analysisCacheDir,
  hasCachedReport,
  openReportCache,
  unwritableCacheWarning,
} from '../src/report-files/index.ts';
import { IngestError } from '../src/ingest/index.ts';
import type { Job } from './lib/analyse-worker.ts';
import { holdContentLock } from './lib/build-lock.ts';
import { drawShareCards } from './lib/draw-cards.ts';
import { MAX_GENERATED_BYTES } from './lib/generated-files.ts';
import { onThreads } from './lib/on-threads.ts';
import { readSourceFile } from './lib/read-source-file.ts';

const root = path.resolve(import.meta.dirname, '..');
// The cache, and the analysis code its keys hash, are found from the working directory, as
// the pages do under `astro build`: work from the project root, wherever the script was started.
process.chdir(root);
const content = path.resolve(process.env['REWORDED_CONTENT'] ?? 'content');
holdContentLock(root, content, 'analyse');
const articlesDir = path.join(content, 'articles');
const cacheDir = analysisCacheDir();
const started = performance.now();

// The generated stories, read as the content collections read them.
const summaries = [];
const articles = [];
for (const story of existsSync(articlesDir)
  ? (await readdir(articlesDir, { withFileTypes: true })).filter((entry) => entry.isDirectory())
  : []) {
  const dir = path.join(articlesDir, story.name);
  for (const name of (await readdir(dir)).sort()) {
    if (name !== 'story.json' && !name.endsWith('.md')) continue;
    const file = path.relative(root, path.join(dir, name));
    try {
      // Looked at before it is read, like a source: a pipe or a folder here is refused by name, and
      // no read goes past the size of the largest file ingest writes.
      const text = readSourceFile(path.join(dir, name), file, MAX_GENERATED_BYTES).toString('utf8');
      if (name === 'story.json') summaries.push(readStorySummary(text, file));
      else {
        const { frontmatter, body } = readArticleFile(text, file);
        articles.push({ data: frontmatter, entry: { body } });
      }
    } catch (error) {
      // A generated file edited by hand (or something else in its place) stops the build with
      // its name, its problem and the fix, not a stack trace.
      if (!(error instanceof ArticleFileError || error instanceof IngestError)) throw error;
      console.error(`analyse: nothing was computed.\n\n${error.message}`);
      process.exit(1);
    }
  }
}

/** A story.json, or the error that names it when it is not valid JSON or not a story summary. */
function readStorySummary(text: string, file: string): StorySummary {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ArticleFileError(file, `the file is not valid JSON (${(error as SyntaxError).message}).`);
  }
  const parsed = storySummarySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ArticleFileError(
      file,
      `the file is not a story summary (${issue === undefined ? 'unknown shape' : `${issue.path.join('.') || 'the whole file'}: ${issue.message}`}).`,
    );
  }
  return parsed.data;
}

const wanted = new Map<string, Job>();
const stories = assembleStories(summaries, articles);
for (const story of stories) {
  for (const { from, to } of analysedPairs(story)) {
    const key = reportKeyFor(from, to);
    wanted.set(key, { key, from, to });
  }
}
let writable = true;
try {
  openReportCache(cacheDir);
} catch (error) {
  writable = false;
  console.warn(unwritableCacheWarning(cacheDir, error));
}
// Asking whether a report is there, not reading it: the pages read it, and check it against the
// report schema (a file that is not a report is computed again there and written over). Nothing is
// computed ahead into a cache that cannot keep it.
const missing = writable ? [...wanted.values()].filter((job) => !hasCachedReport(cacheDir, job.key)) : [];

// A worker costs a module load (about 0.3 s); a handful of reports is quicker computed here.
const threads = Math.min(availableParallelism(), Math.ceil(missing.length / 8));
if (threads <= 1) {
  for (const job of missing) fillReportCache(job.from, job.to);
} else {
  await onThreads(new URL('./lib/analyse-worker.ts', import.meta.url), missing, threads);
}

// The share cards, once every report is in the cache: only with SITE, as only then do pages name them.
const cards = writable && process.env['SITE'] !== undefined ? await drawShareCards(stories, cacheDir) : undefined;

const removed = writable ? await removeStale(cacheDir, (name) => wanted.has(name.replace(/\.json$/u, ''))) : 0;

/** Removes the files of a cache folder that `keep` does not want, and says how many went. */
async function removeStale(dir: string, keep: (name: string) => boolean): Promise<number> {
  let count = 0;
  // Files only: the cache writes nothing else, so a folder in it is someone else's and stays.
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isFile() && !keep(entry.name)) {
      await rm(path.join(dir, entry.name), { force: true });
      count += 1;
    }
  }
  return count;
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  writable
    ? `analyse: ${wanted.size} reports, ${missing.length} computed on ${Math.max(threads, 1)} ${threads > 1 ? 'threads' : 'thread'}, ${wanted.size - missing.length} from the cache, ${removed} stale removed${cards !== undefined && cards.drawn + cards.removed > 0 ? `; share cards: ${cards.drawn} drawn, ${cards.removed} stale removed` : ''} (${seconds} s).`
    : `analyse: ${wanted.size} reports, none computed ahead: without a cache to keep them, the pages compute each (${seconds} s).`,
);
