/**
 * Reading story folders from disk into the shape the pure ingest takes. Shared by scripts/ingest.ts
 * and the tests, so that both see a folder the same way.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, statSync } from 'node:fs';
import { readdir, readlink } from 'node:fs/promises';
import path from 'node:path';
import type { StoryFolder } from '../../src/ingest/index.ts';
import { decodeUtf8 } from '../../src/ingest/source-text.ts';
import { isArticleFileName, isStoryFolderName } from '../../src/ingest/story-folder-entries.ts';
import { displayPath } from './display-path.ts';
import { readSourceFile } from './read-source-file.ts';
import { sourceEntryPath } from './source-entry.ts';

export { displayPath };

/** The names of the story folders under `dir` (hidden folders skipped), in name order. */
export async function storyFolderNames(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && isStoryFolderName(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/** A symlink in the sources folder where a story folder would be, and where it points. */
export interface LinkedFolder {
  readonly name: string;
  readonly target: string;
}

/**
 * The symlinks under `dir` (hidden ones aside) that lead to a folder, or nowhere, in name order.
 * Story folders are read only when they are real folders; these are skipped, and the caller says so.
 */
export async function linkedStoryFolders(dir: string): Promise<LinkedFolder[]> {
  if (!existsSync(dir)) return [];
  const links = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isSymbolicLink() && isStoryFolderName(entry.name))
    .map((entry) => entry.name)
    .sort();
  const folders: LinkedFolder[] = [];
  for (const name of links) {
    const target = path.join(dir, name);
    // statSync follows the link; a loop or a dangling link throws, and is reported as well.
    const leadsToFile = (() => {
      try {
        return statSync(target).isFile();
      } catch {
        return false;
      }
    })();
    if (!leadsToFile) folders.push({ name, target: await readlink(target) });
  }
  return folders;
}

/**
 * One story folder: its article files with their SHA-256, and its story.yaml when present. An entry
 * that is a symlink is followed only inside `boundary` (by default the sources folder holding the
 * story), see ./source-entry.ts; each is read only if a regular file within the size limit, see
 * ./read-source-file.ts.
 */
export async function readStoryFolder(
  dir: string,
  root: string,
  boundary: string = path.dirname(dir),
): Promise<StoryFolder> {
  const names = (await readdir(dir)).sort();
  const files = names.filter(isArticleFileName).map((name) => {
    const file = displayPath(path.join(dir, name), root);
    const bytes = readSourceFile(sourceEntryPath(dir, name, boundary, root), file);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return { name, path: file, bytes, sha256 };
  });
  const configPath = path.join(dir, 'story.yaml');
  // lstat, not existsSync: a dangling or looping story.yaml link is refused, not taken for none.
  const config = exists(configPath)
    ? // Decoded strictly, like the articles: a bad byte is an error, never a silent U+FFFD.
      {
        path: displayPath(configPath, root),
        text: decodeUtf8(
          readSourceFile(sourceEntryPath(dir, 'story.yaml', boundary, root), displayPath(configPath, root)),
          displayPath(configPath, root),
        ),
      }
    : undefined;
  return { name: path.basename(dir), files, config };
}

function exists(target: string): boolean {
  try {
    lstatSync(target);
    return true;
  } catch {
    return false;
  }
}
