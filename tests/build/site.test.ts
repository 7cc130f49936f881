/**
 * The real build: `astro build` of the project's own content into a temporary folder, then the
 * pages read as HTML trees. What a page shows in a browser is the e2e tests' business.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { isListed } from '../../src/analysis/index.ts';
import { reportSchema } from '../../src/analysis/report/report-schema.ts';
import { originalDocument, rewriteDocument } from '../fixtures/seed/expected-documents.ts';
import { seenText as seen } from '../support/hast.ts';
import { astroBuild } from '../support/astro-build.ts';
import { compareScriptsFor, FORMAT_READER_CHUNKS, pageScripts, scriptSize } from '../../scripts/lib/page-scripts.ts';
import { sharedSite } from '../support/shared-site.ts';

let dist: string;
const page = (route: string): Root => fromHtml(readFileSync(path.join(dist, route, 'index.html'), 'utf8'));
const text = (tree: Root, selector: string): string => {
  const node = select(selector, tree);
  if (node === undefined) throw new Error(`no element matches ${selector}`);
  return toString(node).replace(/\s+/g, ' ').trim();
};
const squash = (value: string): string => value.replace(/\s+/g, ' ').trim();

/**
 * Builds the site into a new temporary folder and returns it: a build of its own, for the
 * byte-for-byte check, which needs a second build of what the shared site was built from.
 */
function build(): string {
  const outDir = mkdtempSync(path.join(tmpdir(), 'reworded-dist-'));
  astroBuild(outDir);
  return outDir;
}

/** Every file under a folder, by path relative to it, with its bytes. */
function files(root: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    found.set(path.relative(root, full), readFileSync(full));
  }
  return found;
}

// The project's own content at the root, built once for every build test.
beforeAll(() => {
  dist = sharedSite('seedAtRoot').dist;
});

test('two builds of the same content are byte for byte the same', () => {
  const again = build();
  try {
    const first = files(dist);
    const second = files(again);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first].filter(([name, bytes]) => !bytes.equals(second.get(name)!)).map(([name]) => name);
    expect(differing).toEqual([]);
  } finally {
    rmSync(again, { recursive: true, force: true });
  }
});

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

  test('the comparison page shows the two versions in aligned rows, original on the left', () => {
    const comparison = page(story);
    const rows = selectAll('.comparison-rows li.comparison-row', comparison);
    // A row's children: the label, then the original's cell, then the rewrite's (either may be empty).
    const cells = (row: (typeof rows)[number]) =>
      row.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'div');
    // A side's text: its cells' paragraphs, headings and list items, without the side labels.
    const sideText = (index: number) =>
      rows
        .flatMap((row) => selectAll('p:not(.row-side), h3, li', cells(row)[index]))
        .map((node) => squash(seen(node)))
        .join(' ');
    const [first] = rows;
    expect(first).toBeDefined();
    const headline = (index: number) => squash(seen(select('p:not(.row-side)', cells(first!)[index])!));
    const side = (index: number) => squash(toString(select('.row-side', cells(first!)[index])!));
    expect([side(0), headline(0)]).toEqual(['Original report', originalDocument.headline]);
    expect([side(1), headline(1)]).toEqual(['Rewrite', rewriteDocument.headline]);
    const fromText = sideText(0);
    const toText = sideText(1);
    for (const block of originalDocument.body) if (block.type !== 'list') expect(fromText).toContain(block.text);
    for (const block of rewriteDocument.body) {
      for (const text of block.type === 'list' ? block.items : [block.text]) expect(toText).toContain(text);
    }
    expect(squash(toString(comparison))).toContain('By Ravi Hari');
    expect(squash(toString(comparison))).toContain('Photo by Jim WATSON and Tetiana DZHAFAROVA / AFP');
  });

  test('the comparison page opens with what changed: the findings the report ranks, each kind marked in the text', () => {
    const comparison = page(story);
    const report = reportSchema.parse(JSON.parse(readFileSync(path.join(dist, story, 'rewrite.json'), 'utf8')));
    const section = select('section[aria-labelledby="what-changed"]', comparison)!;
    const listed = selectAll('li.finding', section).map((node) => node.properties['id']);
    const expected = report.findings.filter(isListed);
    expect(new Set(listed)).toEqual(new Set(expected.map((finding) => `finding-${finding.id}`)));
    // It comes before the side-by-side rows, and every kind of mark appears in them.
    const html = readFileSync(path.join(dist, story, 'index.html'), 'utf8');
    expect(html.indexOf('id="what-changed"')).toBeLessThan(html.indexOf('class="comparison-rows"'));
    const kinds = new Set(
      selectAll('.comparison-rows mark.emphasis', comparison).map(
        (node) => (node.properties['className'] as string[])[1],
      ),
    );
    expect(kinds).toEqual(
      new Set([
        'emphasis-hedge',
        'emphasis-booster',
        'emphasis-verb',
        'emphasis-quotation',
        'emphasis-source',
        'emphasis-name',
      ]),
    );
  });

  test('every page carries a strict Content-Security-Policy, and the host headers file sends it too', () => {
    for (const file of ['index.html', `${story}/index.html`, `${story}/original/index.html`, '404.html']) {
      const html = readFileSync(path.join(dist, file), 'utf8');
      const meta = select('meta[http-equiv="content-security-policy"]', fromHtml(html));
      const policy = String(meta?.properties['content'] ?? '');
      expect(policy, file).toMatch(/default-src 'self'/u);
      expect(policy, file).toMatch(/object-src 'none'/u);
      expect(policy, file).not.toMatch(/unsafe-inline|unsafe-eval/u);
      // No inline script or style the policy does not hash: the site's CSS is a file.
      expect(html, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>[^<]/u);
      expect(html, file).not.toMatch(/<style[^>]*>[^<]/u);
    }
    const headers = readFileSync(path.join(dist, '_headers'), 'utf8');
    expect(headers).toMatch(
      /^\/\*\n {2}Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';.*frame-ancestors 'none'$/mu,
    );
    expect(headers).toMatch(/^ {2}X-Content-Type-Options: nosniff$/mu);
    expect(headers).toMatch(/^ {2}Referrer-Policy: strict-origin-when-cross-origin$/mu);
    expect(headers).toMatch(/^\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/mu);
  });

  test('the seed comparison page transfers under 60 KB compressed in all, its scripts under 10 KB', () => {
    const html = readFileSync(path.join(dist, story, 'index.html'));
    const tree = fromHtml(html.toString('utf8'));
    const assets = [
      ...selectAll('link[rel~="stylesheet"]', tree).map((node) => String(node.properties['href'])),
      ...selectAll('script[src]', tree).map((node) => String(node.properties['src'])),
    ];
    const compressed = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
    const sizes = assets.map((asset) => ({ asset, size: compressed(readFileSync(path.join(dist, asset))) }));
    const total = compressed(html) + sizes.reduce((sum, { size }) => sum + size, 0);
    const scripts = sizes.filter(({ asset }) => asset.endsWith('.js')).reduce((sum, { size }) => sum + size, 0);
    expect(total).toBeLessThan(60_000);
    expect(scripts).toBeLessThan(10_000);
    expect(assets.length).toBeGreaterThan(0);
  });

  test('what /compare/ downloads for files of any one format is at most 150 KB compressed, and no other page loads it', () => {
    const formats = Object.keys(FORMAT_READER_CHUNKS) as (keyof typeof FORMAT_READER_CHUNKS)[];
    for (const format of formats) {
      const files = compareScriptsFor(dist, format);
      // The worker, the page's script and the ingest's reader of that format are all counted.
      expect(
        files.some((file) => file.includes('compare-worker')),
        format,
      ).toBe(true);
      expect(
        files.some((file) => file.includes(FORMAT_READER_CHUNKS[format])),
        format,
      ).toBe(true);
      expect(scriptSize(dist, files).brotli, format).toBeLessThanOrEqual(150_000);
    }
    // A host that only sends gzip: pasted text and saved pages stay within it; Markdown's reader
    // (YAML and CommonMark) takes it past, as the README says.
    expect(scriptSize(dist, compareScriptsFor(dist, 'plain text')).gzip).toBeLessThanOrEqual(150_000);
    expect(scriptSize(dist, compareScriptsFor(dist, 'HTML')).gzip).toBeLessThanOrEqual(150_000);
    // Other pages load none of it: a comparison page shares with it only the theme switch and the
    // comparison's own controls.
    const own = new Set(pageScripts(dist, 'compare/index.html'));
    const shared = (page: string) =>
      pageScripts(dist, page)
        .filter((file) => own.has(file))
        .map((file) => path.basename(file).split(/[.-]/u)[0]);
    for (const page of ['index.html', `${story}/original/index.html`, 'method/index.html', 'search/index.html']) {
      expect(shared(page), page).toEqual(['ThemeSwitch']);
    }
    expect(shared(`${story}/index.html`)).toEqual(['ThemeSwitch', 'view']);
  });

  test('the comparison marks removed and added words, and labels every row', () => {
    const comparison = page(story);
    const removed = selectAll('del.diff-removed', comparison).map((node) => seen(node));
    const added = selectAll('ins.diff-added', comparison).map((node) => seen(node));
    expect(removed).toEqual(expect.arrayContaining(['Trump', 'on Truth Social']));
    expect(added).toContain('the President');
    const labels = selectAll('.comparison-rows li .row-label', comparison).map((node) => squash(toString(node)));
    expect(new Set(labels)).toEqual(new Set(['reworded', 'added', 'dropped', 'split', 'merged']));
  });

  test('publishes the report JSON beside the page, valid against the schema, with the numbers the page shows', () => {
    const report = reportSchema.parse(JSON.parse(readFileSync(path.join(dist, story, 'rewrite.json'), 'utf8')));
    expect(report.from.units[0]?.text).toBe(originalDocument.headline);
    const summary = squash(toString(select('section[aria-labelledby="summary-heading"]', page(story))!));
    const percent = (part: number, whole: number) => `${Math.round((100 * part) / whole)}%`;
    expect(summary).toContain(
      `The rewrite keeps ${percent(report.stats.from.same, report.stats.from.words)} of the original's words verbatim`,
    );
    expect(summary).toContain(`Overall similarity: ${report.stats.similarity.toFixed(2)}`);
    expect(select(`a[href="/${story}/rewrite.json"]`, page(story))).toBeDefined();
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
