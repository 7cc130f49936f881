/**
 * Telling the files ingest wrote from everything else in its output folder, so that it replaces and
 * removes only its own: an article file opens with the generated note, a story summary is a
 * `story.json` in a story folder that reads as one. Notes, configs or Markdown a person put there
 * are left as they are.
 */
import { lstat, readFile } from 'node:fs/promises';
import { isGeneratedArticle, storySummarySchema } from '../../src/article-file/index.ts';
import { STORY_SUMMARY_FILE } from '../../src/ingest/index.ts';

/** Larger than any file ingest writes (articles are at most 2 MB of source): not read, not ours. */
export const MAX_GENERATED_BYTES = 64_000_000;

/**
 * True when the file at `target` (`relative` to the output folder, forward slashes) is one ingest
 * wrote: a regular file (a symlink is never followed) of the shape ingest gives its files.
 */
export async function isGeneratedFile(target: string, relative: string): Promise<boolean> {
  const stats = await lstat(target);
  if (!stats.isFile() || stats.size > MAX_GENERATED_BYTES) return false;
  const parts = relative.split('/');
  if (parts.length !== 2) return false;
  if (relative.endsWith('.md')) return isGeneratedArticle(await readFile(target, 'utf8'));
  if (parts[1] !== STORY_SUMMARY_FILE) return false;
  try {
    return storySummarySchema.safeParse(JSON.parse(await readFile(target, 'utf8'))).success;
  } catch {
    return false;
  }
}
