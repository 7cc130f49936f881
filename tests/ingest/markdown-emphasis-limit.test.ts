import { describe, expect, test } from 'vitest';
import { MAX_EMPHASIS_CLOSERS } from '../../src/ingest/markdown-emphasis-limit.ts';
import { parseMarkdownArticle } from '../../src/ingest/markdown-source.ts';
import { errorOf } from '../support/ingest-error.ts';

// A hang guard, not a speed test: before the bound these 120 KB paragraphs took minutes.
const GUARD = { timeout: 20_000 };
const article = (body: string) => `---\nheadline: Port strike\n---\n\nDock workers walked out.\n\n${body}\n`;
const bodyText = (body: string) =>
  parseMarkdownArticle(article(body), 'b.md').document.body.map((block) => (block.type === 'list' ? '' : block.text));

describe('emphasis markers in one Markdown paragraph', () => {
  test.each([
    ['"*a" repeated', '*a'.repeat(60_000)],
    ['"_*_*" repeated', '_*_*'.repeat(30_000)],
    ['"a* " repeated, closers with no opener', 'a* '.repeat(40_000)],
  ])('120 KB of %s is refused by name, with the paragraph’s line', GUARD, (_, body) => {
    const error = errorOf(() => parseMarkdownArticle(article(body), 'stories/strike/b.md'));
    expect(error.file).toBe('stories/strike/b.md');
    expect(error.line).toBe(7);
    expect(error.problem).toContain(`more than ${MAX_EMPHASIS_CLOSERS} runs of "*" or "_"`);
    expect(error.fix).toContain('.txt');
  });

  test('long runs of "*" or "_" are one marker each, read as written', GUARD, () => {
    expect(bodyText(`${'*'.repeat(60_000)} and ${'_'.repeat(60_000)}`)).toEqual([
      'Dock workers walked out.',
      `${'*'.repeat(60_000)} and ${'_'.repeat(60_000)}`,
    ]);
  });

  test('markers that cannot close emphasis are not counted: words_with_underscores, 5 * 3', GUARD, () => {
    const body = 'file_name_here and 5 * 3 '.repeat(2000).trim();
    expect(bodyText(body)).toEqual(['Dock workers walked out.', body]);
  });

  test('a paragraph with as many emphasised phrases as the limit allows keeps its text', GUARD, () => {
    const body = Array.from({ length: MAX_EMPHASIS_CLOSERS / 2 }, () => '*one* and **two**').join(', ');
    expect(bodyText(body)).toEqual([
      'Dock workers walked out.',
      Array.from({ length: MAX_EMPHASIS_CLOSERS / 2 }, () => 'one and two').join(', '),
    ]);
  });
});
