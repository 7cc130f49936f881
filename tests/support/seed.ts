import { fileURLToPath } from 'node:url';
import type { StoryFolder } from '../../src/ingest/story.ts';
import { readStoryFolder as readFolder } from '../../scripts/lib/story-folders.ts';

/** The project root, for paths written the way ingest writes them. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The seed story's source folder. */
export const SEED_STORY_DIR = `${ROOT}content/sources/trump-ukraine-peace-talks`;

/** Reads a story folder exactly as scripts/ingest.ts does. */
export function readStoryFolder(dir = SEED_STORY_DIR): Promise<StoryFolder> {
  return readFolder(dir, ROOT);
}
