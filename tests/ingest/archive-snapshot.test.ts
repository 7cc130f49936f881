/** Web archive snapshot links (src/ingest/archive-snapshot.ts) and the archive's toolbar in a saved snapshot. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { archiveSnapshot, rawSnapshotLink, snapshotTime } from '../../src/ingest/archive-snapshot.ts';
import { parseArticleSource } from '../../src/ingest/index.ts';
import { ROOT } from '../support/seed.ts';

const ARCHIVED = 'https://courier.example/news/harbour-bridge-reopens';

describe('archiveSnapshot', () => {
  test.each([
    [`https://web.archive.org/web/20260303101500/${ARCHIVED}`, '20260303101500', ARCHIVED],
    [`https://web.archive.org/web/20260303101500id_/${ARCHIVED}`, '20260303101500', ARCHIVED],
    [`https://web.archive.org/web/20260303101500if_/${ARCHIVED}`, '20260303101500', ARCHIVED],
    [`https://web.archive.org/web/2026/${ARCHIVED}?page=2#comments`, '2026', `${ARCHIVED}?page=2`],
    ['http://web.archive.org/web/20260303101500/courier.example/a', '20260303101500', 'http://courier.example/a'],
  ])('reads %s', (link, timestamp, archived) => {
    expect(archiveSnapshot(link)).toEqual({ archive: new URL(link).origin, timestamp, archived });
  });

  test.each([
    [ARCHIVED],
    ['https://web.archive.org/web/'],
    ['https://web.archive.org/details/something'],
    [`https://archive.example/web/20260303101500/${ARCHIVED}`],
    ['https://web.archive.org/web/20260303101500/ftp://courier.example/a'],
    ['not a link'],
  ])('is not fooled by %s', (link) => {
    expect(archiveSnapshot(link)).toBeUndefined();
  });

  test('fetches the page as archived, without the toolbar, through the id_ form', () => {
    const snapshot = archiveSnapshot(`https://web.archive.org/web/20260303101500if_/${ARCHIVED}`);
    expect(snapshot && rawSnapshotLink(snapshot)).toBe(`https://web.archive.org/web/20260303101500id_/${ARCHIVED}`);
  });

  test('a full timestamp is a moment in UTC; a short or impossible one is none', () => {
    expect(snapshotTime('20260303101500')).toBe('2026-03-03T10:15:00Z');
    expect(snapshotTime('2026')).toBeUndefined();
    expect(snapshotTime('20260230101500')).toBeUndefined();
    expect(snapshotTime('20261303101500')).toBeUndefined();
  });
});

describe('a snapshot saved from the archive', () => {
  const page = readFileSync(path.join(ROOT, 'tests/fixtures/pages/wayback-toolbar.html'));
  const article = parseArticleSource({ name: 'snapshot.html', path: 'snapshot.html', bytes: page });
  const text = JSON.stringify(article.document);

  test('keeps the article and none of the archive toolbar', () => {
    expect(article.document.headline).toBe('Harbour bridge reopens after six months of repairs');
    expect(article.document.body).toHaveLength(4);
    for (const toolbar of ['Wayback', 'captures', 'donation', 'Capture calendar', 'web.archive.org']) {
      expect(text).not.toContain(toolbar);
    }
    // Removed as the archive's, not guessed as chrome: no warning about it.
    expect(article.warnings.join('\n')).not.toMatch(/wm-ipp|donato/u);
  });

  test("gives the archived page's address, not the archive's", () => {
    expect(article.url).toBe(ARCHIVED);
  });
});

describe('the toolbar’s markers in pages that are not quite a snapshot', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  const body = `<p>The harbour bridge reopened on Tuesday. ${words(40)}.</p><p>Drivers welcomed it. ${words(30)}.</p>`;
  const read = (html: string) =>
    parseArticleSource({ name: 'p.html', path: 'p.html', bytes: new TextEncoder().encode(html) });
  const page = (head: string, inBody: string) =>
    `<!DOCTYPE html><html><head><title>Bridge reopens</title>${head}</head><body>${inBody}</body></html>`;

  test('an opening comment without its closing one beside it removes the toolbar, not the article', () => {
    const article = read(
      page(
        '',
        `<!-- BEGIN WAYBACK TOOLBAR INSERT --><div id="wm-ipp-base">Wayback Machine 12 captures</div>` +
          `<article><h1>Bridge reopens</h1>${body}</article><div><!-- END WAYBACK TOOLBAR INSERT --></div>`,
      ),
    );
    expect(JSON.stringify(article.document)).toContain('Drivers welcomed it.');
    expect(JSON.stringify(article.document)).not.toContain('Wayback');
  });

  test('a page that is no snapshot keeps an element that happens to have a toolbar id', () => {
    const article = read(
      page('', `<article><h1>Bridge reopens</h1>${body}<p id="donato">Donato Rossi reported.</p></article>`),
    );
    expect(JSON.stringify(article.document)).toContain('Donato Rossi reported.');
  });

  test('a snapshot known by its archive address loses the toolbar ids', () => {
    const article = read(
      page(
        '<link rel="canonical" href="https://web.archive.org/web/20260303101500/https://courier.example/a">',
        `<div id="wm-ipp-base">Wayback Machine 12 captures</div><article><h1>Bridge reopens</h1>${body}</article>`,
      ),
    );
    expect(JSON.stringify(article.document)).not.toContain('Wayback');
  });
});
