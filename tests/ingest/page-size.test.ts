/**
 * A saved web page may be up to 10 MB, most of it markup and scripts; the 2 MB analysis limit
 * applies to the article text read from it (src/ingest/article-text-size.ts), and any other file
 * is its article and keeps the 2 MB limit.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleTextBytes, checkArticleTextSize } from '../../src/ingest/article-text-size.ts';
import type { ArticleDocument } from '../../src/ingest/index.ts';
import { parseArticleSource, sourceByteLimit } from '../../src/ingest/formats.ts';
import { errorOf } from '../support/ingest-error.ts';
import { ROOT } from '../support/seed.ts';

const PAGE = readFileSync(path.join(ROOT, 'tests/fixtures/pages/courier-article.html'), 'utf8');
const encoder = new TextEncoder();

/** The fixture page with `padding` bytes of script in its head, as news pages carry. */
function pageOf(padding: number): Uint8Array {
  return encoder.encode(PAGE.replace('</head>', `<script>var x = "${'a'.repeat(padding)}";</script></head>`));
}

const documentOf = (body: ArticleDocument['body']): ArticleDocument => ({
  headline: 'Héadline',
  standfirst: undefined,
  byline: undefined,
  published: undefined,
  updated: undefined,
  image: undefined,
  body,
});

describe('the size of a saved page', () => {
  test('a 5 MB page of scripts around a short article is read', () => {
    const article = parseArticleSource({ name: 'courier.html', path: 'courier.html', bytes: pageOf(5_000_000) });
    expect(article.document.headline).toBe('Harbour bridge reopens after six months of repairs');
    expect(article.document.body).toHaveLength(4);
  });

  test('a page over 10 MB is refused, saying what to do', () => {
    const error = errorOf(() =>
      parseArticleSource({ name: 'courier.html', path: 'courier.html', bytes: pageOf(10_000_000) }),
    );
    expect(error.problem).toBe('the page is 10.0 MB; Reworded reads saved web pages up to 10.0 MB.');
    expect(error.fix).toMatch(/"HTML only"/u);
  });

  test('a text file keeps the 2 MB limit', () => {
    expect(sourceByteLimit('notes.txt')).toBe(2_000_000);
    expect(sourceByteLimit('notes.md')).toBe(2_000_000);
    expect(sourceByteLimit('page.HTM')).toBe(10_000_000);
    const error = errorOf(() =>
      parseArticleSource({ name: 'notes.txt', path: 'notes.txt', bytes: new Uint8Array(3_000_000).fill(0x61) }),
    );
    expect(error.problem).toMatch(/^the file is 3\.0 MB; Reworded compares articles up to 2\.0 MB/u);
  });

  test('the article text counts in UTF-8 bytes: headline, standfirst, paragraphs and list items', () => {
    expect(
      articleTextBytes(
        documentOf([
          { type: 'paragraph', text: 'abc' },
          { type: 'list', items: ['de', 'f'] },
        ]),
      ),
    ).toBe(9 + 3 + 3);
  });

  test('an article text over 2 MB read from a page is refused, naming the page', () => {
    const paragraph = { type: 'paragraph' as const, text: 'word '.repeat(100_000) };
    expect(() => checkArticleTextSize(documentOf([paragraph, paragraph, paragraph]), 'p.html')).not.toThrow();
    const error = errorOf(() => checkArticleTextSize(documentOf(Array(5).fill(paragraph)), 'p.html'));
    expect(error.file).toBe('p.html');
    expect(error.problem).toMatch(
      /^the article text read from this page is 2\.5 MB; Reworded compares articles up to 2\.0 MB/u,
    );
  });
});
