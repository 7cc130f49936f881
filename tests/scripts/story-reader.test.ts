/**
 * The story reader (scripts/lib/story-reader.ts): a story is read in a thread of its own, and one
 * that needs more memory than a story may take is that story's named problem, not a crash.
 */
import { expect, test } from 'vitest';
import { IngestError } from '../../src/ingest/index.ts';
import type { StoryFolder } from '../../src/ingest/index.ts';
import { storyReader } from '../../scripts/lib/story-reader.ts';

const folder = (html: string): StoryFolder => ({
  name: 'strike',
  config: undefined,
  files: [
    {
      name: 'a.txt',
      path: 'sources/strike/a.txt',
      bytes: new TextEncoder().encode('Port strike\n\nDock workers walked out on Monday.\n'),
      sha256: '0'.repeat(64),
    },
    { name: 'b.html', path: 'sources/strike/b.html', bytes: new TextEncoder().encode(html), sha256: '0'.repeat(64) },
  ],
});
const page = (paragraphs: number) =>
  `<html><head><title>Port strike</title></head><body><article>${'<p>Dock workers walked out on Monday.</p>'.repeat(paragraphs)}</article></body></html>`;

test('reads a story in its thread', async () => {
  const reader = storyReader(60_000);
  try {
    const story = await reader.read(folder(page(3)));
    expect(story.files.map((file) => file.path)).toEqual(['strike/a.md', 'strike/b.md', 'strike/story.json']);
  } finally {
    await reader.close();
  }
});

test('a story that needs more memory than allowed is its named problem, and the next story still reads', async () => {
  // 64 MB of heap: the thread starts in less, and a page of 48,000 paragraphs needs more to read.
  const reader = storyReader(60_000, 64);
  try {
    const error = await reader.read(folder(page(48_000))).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).file).toBe('sources/strike/b.html');
    expect((error as IngestError).problem).toContain('needed more than the 64 MB of memory a story may take');
    const story = await reader.read(folder(page(1)));
    expect(story.slug).toBe('strike');
  } finally {
    await reader.close();
  }
}, 60_000);
