import { fromXml } from 'xast-util-from-xml';
import type { Element, Root } from 'xast';
import { describe, expect, test } from 'vitest';
import type { Report } from '../../src/analysis/index.ts';
import type { Story } from '../../src/data/assemble-stories.ts';
import type { FeedEntry, FeedSite } from '../../src/data/feeds.ts';
import { jsonFeed, NO_SITE_NOTE, rssFeed, sortEntries, storySummary } from '../../src/data/feeds.ts';
import { sitemapXml } from '../../src/data/sitemap.ts';

const SITE: FeedSite = {
  home: 'https://example.org/r/',
  rss: 'https://example.org/r/rss.xml',
  json: 'https://example.org/r/feed.json',
};
const entries: FeedEntry[] = [
  {
    title: 'Old <b>bold</b> & "quoted"',
    url: 'https://example.org/r/stories/old/',
    published: '2024-01-01',
    summary: 'Drops 1 < 2 & more.',
  },
  { title: 'Undated', url: 'https://example.org/r/stories/undated/', published: undefined, summary: 'Plain.' },
  {
    title: 'New',
    url: 'https://example.org/r/stories/new/',
    published: '2025-11-24T21:44+05:30',
    summary: 'Top finding.',
  },
];

/** The element children of an element (or root), optionally by name. */
const children = (node: Element | Root, name?: string): Element[] =>
  (node.children as readonly (Root | Element)['children'][number][]).filter(
    (child): child is Element => child.type === 'element' && (name === undefined || child.name === name),
  );
const text = (node: Element): string => node.children.map((child) => ('value' in child ? child.value : '')).join('');

describe('rssFeed', () => {
  test('is well-formed XML with one item per story, newest first, its text escaped by the serialiser', () => {
    const tree = fromXml(rssFeed(entries, SITE, '/r/'));
    const [rss] = children(tree, 'rss');
    expect(rss?.attributes['version']).toBe('2.0');
    const [channel] = children(rss!, 'channel');
    expect(text(children(channel!, 'link')[0]!)).toBe('https://example.org/r/');
    expect(children(channel!, 'atom:link')[0]?.attributes).toEqual({
      href: SITE.rss,
      rel: 'self',
      type: 'application/rss+xml',
    });
    const items = children(channel!, 'item').map((item) =>
      Object.fromEntries(children(item).map((field) => [field.name, text(field)])),
    );
    expect(items).toEqual([
      {
        title: 'New',
        link: entries[2]!.url,
        guid: entries[2]!.url,
        description: 'Top finding.',
        pubDate: 'Mon, 24 Nov 2025 21:44:00 +0530',
      },
      {
        title: 'Old <b>bold</b> & "quoted"',
        link: entries[0]!.url,
        guid: entries[0]!.url,
        description: 'Drops 1 < 2 & more.',
        pubDate: 'Mon, 01 Jan 2024 00:00:00 +0000',
      },
      { title: 'Undated', link: entries[1]!.url, guid: entries[1]!.url, description: 'Plain.' },
    ]);
  });

  test("without the site's address lists no story and says why", () => {
    const xml = rssFeed(entries, undefined, '/r/');
    const [channel] = children(children(fromXml(xml), 'rss')[0]!, 'channel');
    expect(children(channel!, 'item')).toEqual([]);
    expect(text(children(channel!, 'description')[0]!)).toContain(NO_SITE_NOTE);
  });
});

describe('jsonFeed', () => {
  test("has JSON Feed 1.1's required fields, and each item an id, a url and text", () => {
    const feed = JSON.parse(JSON.stringify(jsonFeed(entries, SITE))) as Record<string, unknown> & {
      items: Record<string, unknown>[];
    };
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Reworded',
      home_page_url: SITE.home,
      feed_url: SITE.json,
    });
    expect(feed.items.map((item) => item['title'])).toEqual(['New', 'Old <b>bold</b> & "quoted"', 'Undated']);
    expect(feed.items[0]).toEqual({
      id: entries[2]!.url,
      url: entries[2]!.url,
      title: 'New',
      summary: 'Top finding.',
      content_text: 'Top finding.',
      date_published: '2025-11-24T21:44:00+05:30',
    });
    expect(feed.items[2]).not.toHaveProperty('date_published');
  });

  test("without the site's address lists no story, and no address at all", () => {
    const feed = jsonFeed(entries, undefined);
    expect(feed['items']).toEqual([]);
    expect(feed).not.toHaveProperty('home_page_url');
    expect(feed).not.toHaveProperty('feed_url');
    expect(feed['description']).toContain(NO_SITE_NOTE);
  });
});

test('a directional control from an article shows as its escape in both feeds, reordering nothing', () => {
  const hostile: FeedEntry[] = [
    {
      title: 'Fares \u202erise',
      url: 'https://example.org/r/stories/fares/',
      published: undefined,
      summary: 'Daily Courier\u202e compared with b.txt.',
    },
  ];
  const rss = rssFeed(hostile, SITE, '/r/');
  expect(rss).not.toContain('\u202e');
  expect(rss).toContain('Fares \\u202erise');
  expect(rss).toContain('Daily Courier\\u202e compared with b.txt.');
  const [item] = jsonFeed(hostile, SITE)['items'] as Record<string, string>[];
  expect(item).toMatchObject({
    title: 'Fares \\u202erise',
    summary: 'Daily Courier\\u202e compared with b.txt.',
    content_text: 'Daily Courier\\u202e compared with b.txt.',
  });
});

test('sortEntries puts the newest first by instant, not by the text of the date', () => {
  const early = { title: 'B', url: 'u', summary: '', published: '2025-11-24T23:00+05:30' }; // 17:30 UTC
  const late = { title: 'A', url: 'u', summary: '', published: '2025-11-24T18:00Z' };
  expect(sortEntries([early, late]).map((entry) => entry.title)).toEqual(['A', 'B']);
});

describe('storySummary', () => {
  const version = (slug: string, label: string, original: boolean) => ({
    entry: undefined,
    data: {
      story: 's',
      version: slug,
      label,
      original,
      order: 0,
      headline: 'H',
      source: { path: 'p', sha256: '0'.repeat(64), format: 'plain-text' as const },
    },
  });
  const original = version('o', 'Wire report', true);
  const story = (rewrites: ReturnType<typeof version>[]): Story<undefined> => ({
    slug: 's',
    title: 'S',
    original,
    versions: [original, ...rewrites],
    rewrites,
  });
  const report = (findings: Partial<Report['findings'][number]>[]) => ({ findings }) as unknown as Report;

  test("is the top listed finding's explanation", () => {
    const findings = [
      { kind: 'quotation', change: 'kept', salience: 0.9, explanation: 'A kept quotation.' },
      { kind: 'hedge', change: 'dropped', salience: 0.8, explanation: 'Drops a hedge.' },
    ] as Partial<Report['findings'][number]>[];
    expect(storySummary(story([version('r', 'Daily', false)]), report(findings))).toBe('Drops a hedge.');
  });

  test('is a plain sentence without a listed finding, or without a rewrite', () => {
    expect(storySummary(story([version('r', 'Daily', false), version('q', 'Weekly', false)]), report([]))).toBe(
      'Wire report compared with Daily, Weekly.',
    );
    expect(storySummary(story([]), undefined)).toBe('One version so far: Wire report.');
  });
});

test('sitemapXml lists each address in a <loc>, escaped', () => {
  const tree = fromXml(sitemapXml(['https://example.org/?a=1&b=2', 'https://example.org/x/']));
  const [urlset] = children(tree, 'urlset');
  expect(urlset?.attributes['xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  expect(children(urlset!, 'url').map((url) => text(children(url, 'loc')[0]!))).toEqual([
    'https://example.org/?a=1&b=2',
    'https://example.org/x/',
  ]);
  expect(children(fromXml(sitemapXml([])), 'urlset')[0]?.children).toEqual([]);
});
