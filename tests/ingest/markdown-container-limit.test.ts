import { describe, expect, test } from 'vitest';
import { MAX_MARKDOWN_CONTAINERS } from '../../src/ingest/markdown-container-limit.ts';
import { parseMarkdownArticle } from '../../src/ingest/markdown-source.ts';
import { errorOf } from '../support/ingest-error.ts';

// A hang guard, not a speed test: before the bound these files took from half a minute to minutes.
const GUARD = { timeout: 20_000 };
const article = (body: string) => `---\nheadline: Port strike\n---\n\nDock workers walked out.\n\n${body}\n`;

/** Quotes one to forty deep, each closed by a blank line and the next one, to `size` characters. */
function deepeningQuotes(size: number): string {
  let text = '';
  for (let index = 0; text.length < size; index += 1) text += `${'>'.repeat((index % 40) + 1)} a\n\n`;
  return text;
}

describe('block quotes and list items in one Markdown article', () => {
  test.each([
    ['one-item lists between paragraphs, 240 KB', '- a\n\nb\n\n'.repeat(30_000)],
    ['quotes between paragraphs, 240 KB', '> a\n\nb\n\n'.repeat(30_000)],
    ['quotes that deepen and close again, 400 KB', deepeningQuotes(400_000)],
    ['a list of 60,000 items', '- a\n'.repeat(60_000)],
  ])('%s: refused by name, at a line past the limit', GUARD, (_, body) => {
    const error = errorOf(() => parseMarkdownArticle(article(body), 'stories/strike/b.md'));
    expect(error.file).toBe('stories/strike/b.md');
    expect(error.line).toBeGreaterThan(7);
    expect(error.line).toBeLessThan(7 + 4 * (MAX_MARKDOWN_CONTAINERS + 2));
    expect(error.problem).toContain(`more than ${MAX_MARKDOWN_CONTAINERS} block quotes and list items`);
    expect(error.fix).toContain('.txt');
  });

  test('the line named is where the count goes past the limit', GUARD, () => {
    const body = '- a\n\nb\n\n'.repeat(MAX_MARKDOWN_CONTAINERS + 1);
    // List n (from 0) starts on line 7 + 4n; the reader closes it once the paragraph after it
    // has ended, at the blank line three lines on.
    expect(errorOf(() => parseMarkdownArticle(article(body), 'b.md')).line).toBe(7 + 4 * MAX_MARKDOWN_CONTAINERS + 3);
  });

  test('an article with as many quotes and list items as the limit allows reads as before', GUARD, () => {
    const lists = MAX_MARKDOWN_CONTAINERS / 20;
    const body = Array.from({ length: lists }, (_, index) =>
      [
        `Paragraph ${index}.`,
        Array.from({ length: 9 }, (__, item) => `- item ${item}`).join('\n'),
        `> quoted ${index}`,
      ].join('\n\n'),
    ).join('\n\n');
    const blocks = parseMarkdownArticle(article(body), 'b.md').document.body;
    expect(blocks).toHaveLength(1 + 3 * lists);
    expect(blocks[2]).toEqual({ type: 'list', items: Array.from({ length: 9 }, (_, item) => `item ${item}`) });
    expect(blocks[3]).toEqual({ type: 'paragraph', text: 'quoted 0' });
  });
});
