/**
 * Text files are counted in blocks before they are parsed: 2 MB of one-letter Markdown paragraphs
 * ran the Markdown reader out of memory before the sentence limit could refuse the file.
 */
import { describe, expect, test } from 'vitest';
import { MAX_BLOCKS, checkBlockCount } from '../../src/ingest/block-count.ts';
import { parseArticleSource } from '../../src/ingest/formats.ts';
import { errorOf } from '../support/ingest-error.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
// A hang guard, not a speed test: before the check this file ran for about a minute, out of memory.
const GUARD = { timeout: 30_000 };

describe('the block count', () => {
  test.each(['a.md', 'a.txt'])('refuses %s of 2 MB of one-letter paragraphs by name and line', GUARD, (name) => {
    const text = `Headline\n\n${'a\n\n'.repeat(660_000)}`;
    const error = errorOf(() => parseArticleSource({ name, path: `sources/tiny/${name}`, bytes: bytes(text) }));
    expect(error.file).toBe(`sources/tiny/${name}`);
    // The headline is block 1; the limit is passed at the block after MAX_BLOCKS, two lines apiece.
    expect(error.line).toBe(1 + 2 * MAX_BLOCKS);
    expect(error.problem).toContain(`more than ${MAX_BLOCKS.toLocaleString('en')} paragraphs`);
    expect(error.fix).toMatch(/split the article/u);
  });

  test('counts runs of lines between blank lines, however many blank lines part them', () => {
    const blocks = (count: number, gap: string) =>
      Array.from({ length: count }, (_, index) => `Line one of ${index}\nline two`).join(gap);
    expect(() => checkBlockCount(blocks(MAX_BLOCKS, '\n\n \t\n\n'), 'a.md')).not.toThrow();
    expect(() => checkBlockCount(blocks(MAX_BLOCKS + 1, '\n\n'), 'a.md')).toThrow(/more than 20,000 paragraphs/u);
    expect(() => checkBlockCount('\n'.repeat(1_000_000), 'a.md')).not.toThrow();
  });
});
