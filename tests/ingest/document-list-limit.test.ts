import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { MAX_LIST_ITEMS } from '../../src/ingest/document-list-limit.ts';
import { ingestStory } from '../../src/ingest/story.ts';
import type { SourceFile } from '../../src/ingest/story.ts';
import { markdownOptions } from '../../src/markdown/options.ts';
import { errorOf } from '../support/ingest-error.ts';

// A hang guard, not a speed test: the generated file of 10,000 lists rendered in seconds, growing
// with the square of its size.
const GUARD = { timeout: 20_000 };
const source = (name: string, text: string): SourceFile => ({
  name,
  path: `content/sources/strike/${name}`,
  bytes: new TextEncoder().encode(text),
  sha256: '0'.repeat(64),
});
/** A plain-text article whose body alternates `count` one-item lists and paragraphs. */
const listsBetweenParagraphs = (count: number) =>
  `Port strike\n\n${Array.from({ length: count }, (_, index) => `• item ${index}\n\nParagraph ${index}.`).join('\n\n')}\n`;
const ingest = (file: SourceFile) => ingestStory({ name: 'strike', files: [file], config: undefined });

describe('list items in one article, whatever its format', () => {
  // 9,000 lists and paragraphs: fewer blocks than a text file may hold before it is parsed.
  test('a .txt file of 9,000 lists between paragraphs is refused by name before a file is written', GUARD, () => {
    const error = errorOf(() => ingest(source('a.txt', listsBetweenParagraphs(9_000))));
    expect(error.file).toBe('content/sources/strike/a.txt');
    expect(error.problem).toContain(`9,000 list items in 9,000 lists, more than the ${MAX_LIST_ITEMS}`);
    expect(error.fix).toContain('.txt');
  });

  test('an HTML page with more list items than the limit is refused too', GUARD, () => {
    const items = Array.from({ length: MAX_LIST_ITEMS + 1 }, (_, index) => `<li>Item ${index}</li>`).join('');
    const html = `<html><head><title>Port strike</title></head><body><article><h1>Port strike</h1><p>Dock workers walked out on Monday, and the port stood still for the first time in decades.</p><ul>${items}</ul></article></body></html>`;
    expect(errorOf(() => ingest(source('a.html', html))).problem).toContain(
      `${MAX_LIST_ITEMS + 1} list items in 1 list`,
    );
  });

  test('an article at the limit is generated, and the site renders its file', GUARD, async () => {
    const story = ingest(source('a.txt', listsBetweenParagraphs(MAX_LIST_ITEMS)));
    const file = story.files.find((candidate) => candidate.path === 'strike/a.md');
    if (file === undefined) throw new Error('no a.md');
    const markdown = file.content.replace(/^---\n[\s\S]*?\n---\n/u, '');
    const html = (await (await createMarkdownProcessor(markdownOptions)).render(markdown)).code;
    expect(html.match(/<li>/gu)).toHaveLength(MAX_LIST_ITEMS);
  });
});
