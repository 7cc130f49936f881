/**
 * Finding stories in a real build: the index's list, the feeds and the search index. One site is
 * built under a sub-path with its origin known (SITE, BASE) and indexed by Pagefind as `npm run
 * build` does; one at the root without SITE, whose feeds must list nothing rather than addresses
 * no reader can open.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Element as XmlElement, Root as XmlRoot } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import { isListed } from '../../src/analysis/index.ts';
import { reportSchema } from '../../src/analysis/report/report-schema.ts';
import { sharedSite } from '../support/shared-site.ts';

const ORIGIN = 'https://example.org';
const BASE = '/reworded/';
const SEED = 'trump-ukraine-peace-talks';
let dist: string;
let bare: string;

// Built once for every build test (tests/support/shared-sites.ts): the published site at ORIGIN
// and BASE, indexed by Pagefind as `npm run build` does, and the bare one at the root.
beforeAll(() => {
  dist = sharedSite('seedPublished').dist;
  bare = sharedSite('seedAtRoot').dist;
});

const page = (root: string, route: string) => fromHtml(readFileSync(path.join(root, route, 'index.html'), 'utf8'));
const squash = (value: string): string => value.replace(/\s+/g, ' ').trim();
/** The stories of a build: the folders under stories/ that have a page. */
const storySlugs = (root: string): string[] =>
  readdirSync(path.join(root, 'stories')).filter((name) => existsSync(path.join(root, 'stories', name, 'index.html')));
const seedReport = () =>
  reportSchema.parse(JSON.parse(readFileSync(path.join(dist, 'stories', SEED, 'rewrite.json'), 'utf8')));

const xmlChildren = (node: XmlElement | XmlRoot, name?: string): XmlElement[] =>
  (node.children as readonly (XmlRoot | XmlElement)['children'][number][]).filter(
    (child): child is XmlElement => child.type === 'element' && (name === undefined || child.name === name),
  );
const xmlText = (node: XmlElement | undefined): string =>
  node === undefined ? '' : node.children.map((child) => ('value' in child ? child.value : '')).join('');

describe('the index', () => {
  test('lists every story with its data for sorting and filtering, newest first', () => {
    const index = page(dist, '');
    const items = selectAll('ul[data-story-list] > li[data-story]', index);
    expect(items.map((item) => String(select('h2 a', item)?.properties['href'])).sort()).toEqual(
      storySlugs(dist)
        .map((slug) => `${BASE}stories/${slug}/`)
        .sort(),
    );
    const times = items.map((item) =>
      item.properties['dataTime'] === undefined ? -Infinity : Number(item.properties['dataTime']),
    );
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const seed = items.find((item) => select(`a[href="${BASE}stories/${SEED}/"]`, item) !== undefined)!;
    expect(JSON.parse(String(seed.properties['dataOutlets']))).toEqual(['Original report', 'Rewrite']);
    expect(Number(seed.properties['dataTime'])).toBe(Date.UTC(2025, 10, 24, 16, 14));
    expect(Number(seed.properties['dataChange'])).toBeCloseTo(1 - seedReport().stats.similarity, 10);
  });

  test('says how similar each rewrite is to its original, as the report measures it', () => {
    const seed = select(`li[data-story]:has(a[href="${BASE}stories/${SEED}/"])`, page(dist, ''))!;
    const percent = Math.round(seedReport().stats.similarity * 100);
    expect(selectAll('.similarity', seed).map((node) => squash(toString(node)))).toEqual([
      `${percent}% similar to the original`,
    ]);
    // The bar repeats the number for the eye only.
    expect(select('.similarity svg', seed)?.properties['ariaHidden']).toBe('true');
    expect(select('.similarity svg rect:last-child', seed)?.properties['width']).toBe(String(percent));
  });

  test('has its sort and filter controls hidden until the script runs, and a search box sent to the search page', () => {
    const index = page(dist, '');
    expect(select('form[data-story-controls]', index)?.properties['hidden']).toBe(true);
    expect(squash(toString(select('[data-story-count]', index)!))).toMatch(
      /^Showing (1 story|all \d+ stories), newest first\.$/u,
    );
    const search = select('form[role="search"]', index)!;
    expect(search.properties['action']).toBe(`${BASE}search/`);
    expect(select('label', search)?.properties['htmlFor']).toEqual([
      select('input[type="search"][name="q"]', search)?.properties['id'],
    ]);
  });
});

describe('the feeds', () => {
  const stories = () => storySlugs(dist).map((slug) => `${ORIGIN}${BASE}stories/${slug}/`);

  test('RSS 2.0 parses as XML and lists every story, newest first, the seed with its top finding', () => {
    const rss = fromXml(readFileSync(path.join(dist, 'rss.xml'), 'utf8'));
    const channel = xmlChildren(xmlChildren(rss, 'rss')[0]!, 'channel')[0]!;
    expect(xmlText(xmlChildren(channel, 'link')[0])).toBe(`${ORIGIN}${BASE}`);
    const items = xmlChildren(channel, 'item');
    expect(items.map((item) => xmlText(xmlChildren(item, 'link')[0])).sort()).toEqual(stories().sort());
    const times = items.map((item) => Date.parse(xmlText(xmlChildren(item, 'pubDate')[0])) || -Infinity);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const seed = items.find((item) => xmlText(xmlChildren(item, 'link')[0]).includes(SEED))!;
    expect(xmlText(xmlChildren(seed, 'description')[0])).toBe(seedReport().findings.find(isListed)?.explanation);
    expect(xmlText(xmlChildren(seed, 'pubDate')[0])).toBe('Mon, 24 Nov 2025 21:44:00 +0530');
  });

  test('JSON Feed 1.1 has its required fields and the same items', () => {
    const feed = JSON.parse(readFileSync(path.join(dist, 'feed.json'), 'utf8')) as {
      version: string;
      title: string;
      feed_url: string;
      items: Record<string, string>[];
    };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe('Reworded');
    expect(feed.feed_url).toBe(`${ORIGIN}${BASE}feed.json`);
    const rss = readFileSync(path.join(dist, 'rss.xml'), 'utf8');
    expect(feed.items.map((item) => item['id'])).toEqual(
      [...rss.matchAll(/<guid[^>]*>([^<]+)<\/guid>/gu)].map((match) => match[1]),
    );
    expect(feed.items.map((item) => item['id']).sort()).toEqual(stories().sort());
    for (const item of feed.items) {
      expect(item['url']).toBe(item['id']);
      expect(item['content_text']?.length).toBeGreaterThan(0);
    }
  });

  test('every page names both feeds in its head, and the index links to them', () => {
    for (const route of ['', `stories/${SEED}`, 'search']) {
      const alternates = selectAll('link[rel="alternate"]', page(dist, route)).map((link) => [
        link.properties['type'],
        link.properties['href'],
      ]);
      expect(alternates, route).toEqual([
        ['application/rss+xml', `${BASE}rss.xml`],
        ['application/feed+json', `${BASE}feed.json`],
      ]);
    }
    const links = selectAll('main a[href$="rss.xml"], main a[href$="feed.json"]', page(dist, '')).map((link) =>
      squash(toString(link)),
    );
    expect(links).toEqual(['RSS', 'JSON Feed']);
  });

  test("without the site's origin they list no story, and no page offers them", () => {
    const rss = fromXml(readFileSync(path.join(bare, 'rss.xml'), 'utf8'));
    expect(xmlChildren(xmlChildren(xmlChildren(rss, 'rss')[0]!, 'channel')[0]!, 'item')).toEqual([]);
    const feed = JSON.parse(readFileSync(path.join(bare, 'feed.json'), 'utf8')) as Record<string, unknown>;
    expect(feed['items']).toEqual([]);
    expect(feed).not.toHaveProperty('feed_url');
    const index = page(bare, '');
    expect(selectAll('link[rel="alternate"], a[href$="rss.xml"], a[href$="feed.json"]', index)).toEqual([]);
  });
});

describe('search', () => {
  test("Pagefind indexes each story's own page and nothing else (stories of two versions)", () => {
    const entry = JSON.parse(readFileSync(path.join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(pages).toBe(storySlugs(dist).length);
  });

  test('the search page alone allows WebAssembly, and says that search needs JavaScript', () => {
    const html = readFileSync(path.join(dist, 'search', 'index.html'), 'utf8');
    const policy = String(select('meta[http-equiv="content-security-policy"]', fromHtml(html))?.properties['content']);
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'/u);
    expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'/u);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>[^<]/u);
    const index = String(select('meta[http-equiv="content-security-policy"]', page(dist, ''))?.properties['content']);
    expect(index).not.toContain('wasm-unsafe-eval');
    // <noscript> content is text to a parser that runs scripts; read it as the page without JavaScript would.
    const noscript = html.match(/<noscript>([\s\S]*?)<\/noscript>/u)?.[1] ?? '';
    expect(squash(toString(fromHtml(noscript, { fragment: true })))).toContain(
      'Search runs in your browser and needs JavaScript.',
    );
    expect(noscript).toContain(`href="${BASE}"`);
  });
});
