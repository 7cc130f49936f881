/**
 * The real build: `astro build` of the project's own content into a temporary folder, then the
 * pages read as HTML trees. What a page shows in a browser is the e2e tests' business.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { originalDocument, rewriteDocument } from '../fixtures/seed/expected-documents.ts';
import { ROOT } from '../support/seed.ts';

let dist: string;
const page = (route: string): Root => fromHtml(readFileSync(path.join(dist, route, 'index.html'), 'utf8'));
const text = (tree: Root, selector: string): string => {
  const node = select(selector, tree);
  if (node === undefined) throw new Error(`no element matches ${selector}`);
  return toString(node).replace(/\s+/g, ' ').trim();
};
const squash = (value: string): string => value.replace(/\s+/g, ' ').trim();

beforeAll(() => {
  dist = mkdtempSync(path.join(tmpdir(), 'reworded-dist-'));
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('the built site', () => {
  const story = 'stories/trump-ukraine-peace-talks';

  test('has the index, the comparison page, both version pages and a 404 page', () => {
    for (const route of ['', story, `${story}/original`, `${story}/rewrite`]) {
      expect(existsSync(path.join(dist, route, 'index.html')), route).toBe(true);
    }
    expect(existsSync(path.join(dist, '404.html'))).toBe(true);
    expect(existsSync(path.join(dist, 'favicon.svg'))).toBe(true);
  });

  test('the index lists the story with both versions and links to the comparison', () => {
    const index = page('');
    expect(select(`a[href="/${story}/"]`, index)).toBeDefined();
    const versions = selectAll('ul[aria-label="Versions"] a', index).map((link) => squash(toString(link)));
    expect(versions).toEqual([originalDocument.headline, rewriteDocument.headline]);
    expect(text(index, 'time')).toBe('24 November 2025, 21:44 (UTC+05:30)');
  });

  test('the comparison page shows the original on the left and the rewrite on the right', () => {
    const comparison = page(story);
    const columns = selectAll('article[data-version]', comparison);
    expect(columns.map((column) => column.properties['dataVersion'])).toEqual(['original', 'rewrite']);
    const [left, right] = columns.map((column) => squash(toString(column)));
    expect(text(comparison, '#headline-original')).toBe(originalDocument.headline);
    expect(text(comparison, '#headline-rewrite')).toBe(rewriteDocument.headline);
    for (const block of originalDocument.body) {
      if (block.type !== 'list') expect(left).toContain(block.text);
    }
    expect(right).toContain('Cede additional territory to Russia');
    expect(left).toContain('By Ravi Hari');
    expect(left).toContain('Photo by Jim WATSON and Tetiana DZHAFAROVA / AFP');
    expect(right).toContain('No byline');
  });

  test('the comparison summary counts what each version has', () => {
    const rows = selectAll('section[aria-labelledby="summary-heading"] tbody tr', page(story)).map((row) =>
      selectAll('th, td', row).map((cell) => squash(toString(cell))),
    );
    const count = (type: string) => (document: typeof originalDocument) =>
      String(document.body.filter((block) => block.type === type).length);
    expect(rows.find(([name]) => name === 'Paragraphs')).toEqual([
      'Paragraphs', count('paragraph')(originalDocument), count('paragraph')(rewriteDocument),
    ]);
    expect(rows.find(([name]) => name === 'Section headings')).toEqual([
      'Section headings', count('heading')(originalDocument), count('heading')(rewriteDocument),
    ]);
    expect(rows.find(([name]) => name === 'List items')).toEqual(['List items', '0', '3']);
  });

  test.each([
    ['original', originalDocument],
    ['rewrite', rewriteDocument],
  ])('the %s page is a reading view with its own headline as the one h1', (version, document) => {
    const view = page(`${story}/${version}`);
    expect(selectAll('h1', view)).toHaveLength(1);
    expect(text(view, 'h1')).toBe(document.headline);
    expect(selectAll('article h2', view).map((heading) => squash(toString(heading)))).toEqual(
      document.body.filter((block) => block.type === 'heading').map((block) => block.text),
    );
    expect(text(view, 'title')).toBe(`${document.headline} · Reworded`);
  });

  test('keeps straight and curly quotes as each version wrote them', () => {
    // SmartyPants is off: the rewrite's straight quotes must not be curled into the original's.
    expect(text(page(`${story}/rewrite`), 'h1')).toContain("'Something Good May Be Happening'");
    expect(text(page(`${story}/original`), 'h1')).toContain('‘Something good may be happening’');
  });
});
