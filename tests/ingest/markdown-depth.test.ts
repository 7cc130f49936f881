import { describe, expect, test } from 'vitest';
import { MAX_MARKDOWN_DEPTH } from '../../src/ingest/markdown-depth.ts';
import { parseMarkdownArticle } from '../../src/ingest/markdown-source.ts';
import { errorOf } from '../support/ingest-error.ts';

// A hang guard, not a speed test: before the depth was checked these overflowed the stack or took minutes.
const GUARD = { timeout: 20_000 };
const lines = (count: number, line: (index: number) => string): string =>
  Array.from({ length: count }, (_, index) => line(index)).join('\n');

describe('the nesting depth of quotes and lists in a Markdown article', () => {
  test('5,000 nested quotes on one line are refused by name, with the file line', GUARD, () => {
    const text = `---\nheadline: Port strike\n---\n\nIntro.\n\n${'>'.repeat(5000)} Deep.\n`;
    const error = errorOf(() => parseMarkdownArticle(text, 'stories/strike/b.md'));
    expect(error.file).toBe('stories/strike/b.md');
    expect(error.line).toBe(7);
    expect(error.problem).toContain(`nest more than ${MAX_MARKDOWN_DEPTH} deep`);
  });

  test('2,000 lines each quoted one level deeper are refused where the limit is passed', GUARD, () => {
    const text = `# Port strike\n\n${lines(2000, (index) => `${'> '.repeat(index + 1)}Line ${index + 1}.`)}\n`;
    expect(errorOf(() => parseMarkdownArticle(text, 'b.md')).line).toBe(3 + MAX_MARKDOWN_DEPTH);
  });

  test('lists nested 400 deep by indentation are refused', GUARD, () => {
    const text = `# Port strike\n\n${lines(400, (index) => `${'  '.repeat(index)}- item ${index + 1}`)}\n`;
    expect(errorOf(() => parseMarkdownArticle(text, 'b.md')).problem).toContain('nest more than');
  });

  test('quotes and lists as deep as the limit are read, every line kept', GUARD, () => {
    const quotes = lines(MAX_MARKDOWN_DEPTH, (index) => `${'>'.repeat(index + 1)} Line ${index + 1}.`);
    const quoted = parseMarkdownArticle(`# Port strike\n\n${quotes}\n`, 'b.md').document.body;
    expect(quoted).toHaveLength(MAX_MARKDOWN_DEPTH);
    const list = lines(MAX_MARKDOWN_DEPTH, (index) => `${'  '.repeat(index)}- item ${index + 1}`);
    const [listed] = parseMarkdownArticle(`# Port strike\n\n${list}\n`, 'b.md').document.body;
    expect(listed?.type === 'list' ? listed.items.length : 0).toBe(MAX_MARKDOWN_DEPTH);
  });

  test('blank lines of spaces, lists indented four columns a level and a "5 * 3" line are not deep', () => {
    const text = [
      '# Port strike',
      '',
      ' '.repeat(1000),
      lines(20, (index) => `${'    '.repeat(index)}- item ${index + 1}`),
      '',
      '5 * 3 - 2 = 13, the union said.',
    ].join('\n');
    expect(() => parseMarkdownArticle(text, 'b.md')).not.toThrow();
  });
});
