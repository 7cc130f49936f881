import { describe, expect, test } from 'vitest';
import { parseHtmlArticle } from '../../src/ingest/html-article.ts';
import { checkHtmlDepth } from '../../src/ingest/html-depth.ts';
import { MAX_HTML_DEPTH } from '../../src/ingest/html-depth-limit.ts';
import { errorOf } from '../support/ingest-error.ts';

/** A page whose one paragraph sits inside `depth` elements named `tag`, inside <html> and <body>. */
const nestedPage = (depth: number, tag = 'div'): string =>
  `<!doctype html><html><head><title>Port strike halts traffic</title></head><body>\n` +
  `<${tag}>`.repeat(depth) +
  '<p>Dock workers walked out on Monday, halting container traffic at the port for a second day.</p>' +
  `</${tag}>`.repeat(depth) +
  '\n</body></html>';

// A hang guard, not a speed test: before the depth was checked these took minutes or overflowed the stack.
const GUARD = { timeout: 20_000 };

describe('the nesting depth of a saved page', () => {
  test('a page nested as deep as the limit allows is read', GUARD, () => {
    // <html> and <body> are two of the levels.
    const parsed = parseHtmlArticle(nestedPage(MAX_HTML_DEPTH - 3), 'deep.html');
    expect(parsed.document.body).toEqual([
      {
        type: 'paragraph',
        text: 'Dock workers walked out on Monday, halting container traffic at the port for a second day.',
      },
    ]);
  });

  test('2,000 nested <div>s are refused by name, not a stack overflow', GUARD, () => {
    const error = errorOf(() => parseHtmlArticle(nestedPage(2000), 'stories/strike/deep.html'));
    expect(error.file).toBe('stories/strike/deep.html');
    expect(error.line).toBe(2);
    expect(error.problem).toContain(`nest more than ${MAX_HTML_DEPTH} deep`);
    expect(error.fix).toContain('.txt');
  });

  test('1,400 nested elements are refused at once instead of read for a minute', GUARD, () => {
    const started = performance.now();
    expect(() => parseHtmlArticle(nestedPage(1400, 'section'), 'deep.html')).toThrow(/nest more than/u);
    // Refused after reading the first levels only; generous for a loaded machine.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  test('elements left open count as the document nests them', GUARD, () => {
    expect(() => checkHtmlDepth(`<html><body>${'<div>'.repeat(300)}text`, 'open.html')).toThrow(/nest more than/u);
    // Void elements, and paragraphs and list items closed by the next one, do not nest.
    const flat = `<html><body>${'<p>one<br><img src=a.png>'.repeat(1000)}<ul>${'<li>item'.repeat(1000)}</ul></body></html>`;
    expect(() => checkHtmlDepth(flat, 'flat.html')).not.toThrow();
  });
});
