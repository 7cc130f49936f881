/**
 * Reading story folders from disk into the shape the pure ingest takes. Shared by scripts/ingest.ts
 * and the tests, so that both see a folder the same way.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ARTICLE_FILE } from '../../src/ingest/index.ts';
import type { StoryFolder } from '../../src/ingest/index.ts';
import { decodeUtf8 } from '../../src/ingest/source-text.ts';

/** The names of the story folders under `dir` (hidden folders skipped), in name order. */
export async function storyFolderNames(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}

/** One story folder: its article files with their SHA-256, and its story.yaml when present. */
export async function readStoryFolder(dir: string, root: string): Promise<StoryFolder> {
  const names = (await readdir(dir)).sort();
  const files = await Promise.all(
    names
      .filter((name) => ARTICLE_FILE.test(name) && !name.startsWith('.'))
      .map(async (name) => {
        const bytes = await readFile(path.join(dir, name));
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        return { name, path: displayPath(path.join(dir, name), root), bytes, sha256 };
      }),
  );
  const configPath = path.join(dir, 'story.yaml');
  const config = existsSync(configPath)
    ? // Decoded strictly, like the articles: a bad byte is an error, never a silent U+FFFD.
      {
        path: displayPath(configPath, root),
        text: decodeUtf8(await readFile(configPath), displayPath(configPath, root)),
      }
    : undefined;
  return { name: path.basename(dir), files, config };
}

/** Paths in messages and frontmatter are relative to the project root, with forward slashes. */
export function displayPath(target: string, root: string): string {
  return path.relative(root, target).split(path.sep).join('/');
}
