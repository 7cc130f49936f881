import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StoryFolder } from '../../src/ingest/story.ts';

/** The project root, for paths written the way ingest writes them. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The seed story's source folder. */
export const SEED_STORY_DIR = `${ROOT}content/sources/trump-ukraine-peace-talks`;

/** Reads a story folder the way scripts/ingest.ts does, for tests of the pure ingest. */
export function readStoryFolder(dir = SEED_STORY_DIR): StoryFolder {
  const name = dir.split('/').at(-1) ?? dir;
  const relative = dir.slice(ROOT.length);
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const bytes = readFileSync(`${dir}/${file}`);
      return { name: file, path: `${relative}/${file}`, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
    });
  let config: StoryFolder['config'];
  try {
    config = { path: `${relative}/story.yaml`, text: readFileSync(`${dir}/story.yaml`, 'utf8') };
  } catch {
    config = undefined;
  }
  return { name, files, config };
}
