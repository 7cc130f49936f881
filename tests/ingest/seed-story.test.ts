import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parsePlainTextArticle } from '../../src/ingest/plain-text.ts';
import { ingestStory } from '../../src/ingest/story.ts';
import { originalDocument, rewriteDocument } from '../fixtures/seed/expected-documents.ts';
import { readStoryFolder, SEED_STORY_DIR } from '../support/seed.ts';

const read = (name: string): string => readFileSync(`${SEED_STORY_DIR}/${name}`, 'utf8');

describe('the seed story', () => {
  test('the original report reads as the complete expected document', () => {
    const parsed = parsePlainTextArticle(read('000_de2a6d799cf6aacf.txt'), 'original');
    expect(parsed.document).toEqual(originalDocument);
    expect(parsed.warnings).toEqual([]);
  });

  test('the rewrite reads as the complete expected document', () => {
    const parsed = parsePlainTextArticle(read('001_aeafaadd1786d078.txt'), 'rewrite');
    expect(parsed.document).toEqual(rewriteDocument);
    expect(parsed.warnings).toEqual([]);
  });

  test('generates the expected Markdown files and story summary', async () => {
    const story = ingestStory(await readStoryFolder());
    expect(story.files.map((file) => file.path)).toEqual([
      'trump-ukraine-peace-talks/original.md',
      'trump-ukraine-peace-talks/rewrite.md',
      'trump-ukraine-peace-talks/story.json',
    ]);
    for (const file of story.files) {
      await expect(file.content).toMatchFileSnapshot(`../fixtures/seed/generated/${file.path.split('/')[1]}`);
    }
  });

  test('records the source path and the SHA-256 of its bytes', async () => {
    const [original] = ingestStory(await readStoryFolder()).files;
    expect(original?.content).toContain('path: "content/sources/trump-ukraine-peace-talks/000_de2a6d799cf6aacf.txt"');
    // `sha256sum content/sources/trump-ukraine-peace-talks/000_de2a6d799cf6aacf.txt`
    expect(original?.content).toContain('sha256: "edbb291ae7f6ab9d73cc4ab1ffb932b50df7beb7df3ee28e18b05fdd48e919f1"');
  });
});
