/**
 * Article text is text: a story whose articles hold HTML, Markdown, frontmatter fences and
 * template braces, built into a site, shows every line literally and injects no element.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { REPORT_VERSION } from '../../src/analysis/index.ts';
import { HOSTILE_LINES } from '../support/fixture-site.ts';
import { seenText } from '../support/hast.ts';
import { brokenLinks } from '../support/links.ts';
import { sharedSite } from '../support/shared-site.ts';

let site: { dist: string };
// Built once for every build test (tests/support/shared-sites.ts).
beforeAll(() => {
  site = sharedSite('fixtures');
});

const PAGES = [
  'stories/hostile/index.html',
  'stories/hostile/000-original/index.html',
  'stories/hostile/001-rewrite/index.html',
  'index.html',
];
/** The text a reader sees, spaces squashed. */
const seen = (node: Root | Element): string => seenText(node).replace(/\s+/gu, ' ');
const parse = (page: string): Root => fromHtml(readFileSync(path.join(site.dist, page), 'utf8'));

describe('stories at the edges', () => {
  test('a story with one version shows it alone, saying so', () => {
    const page = seen(parse('stories/single/index.html'));
    expect(page).toContain('This story has one version so far');
    expect(page).toContain('Officials said the talks in Geneva ended on Monday without a deal.');
  });

  test('a link to the article outside opens without handing it this page (noopener, noreferrer)', () => {
    const links = selectAll('a[href^="https://example.com"]', parse('stories/single/index.html'));
    expect(links).toHaveLength(1);
    expect(links[0]!.properties['rel']).toEqual(['noopener', 'noreferrer']);
  });

  test('two identical versions: every row unchanged, no change of emphasis', () => {
    const tree = parse('stories/identical/index.html');
    const labels = selectAll('.comparison-rows .row-label', tree).map((node) => seen(node).trim());
    expect(new Set(labels)).toEqual(new Set(['unchanged']));
    expect(seen(selectAll('section[aria-labelledby="what-changed"]', tree)[0]!)).toContain('no change of emphasis');
  });

  test('a Windows-1252 file with CRLF line ends against a UTF-16 one: read right, compared like any other', () => {
    const tree = parse('stories/encodings/index.html');
    const rows = seen(selectAll('.comparison-rows', tree)[0]!);
    expect(rows).toContain('“We are ready,” Zelensky said in Genève on');
    expect(selectAll('.comparison-rows ins', tree).map((node) => seen(node))).toContain('Tuesday');
    // The no-break space and soft hyphen of the original stay in its text, as written.
    expect(toString(parse('stories/encodings/000-windows-1252/index.html'))).toContain(
      'The delegation\u00a0left\u00adearly, officials said.',
    );
  });

  test('Arabic and Hebrew articles are compared like any other', () => {
    const tree = parse('stories/rtl/index.html');
    expect(selectAll('.comparison-rows ins', tree).map((node) => seen(node))).toEqual(
      expect.arrayContaining(['الثلاثاء', 'מאוחר']),
    );
  });
});

describe('a story full of markup', () => {
  test.each(PAGES)(
    '%s injects no element: no script, frame, image, javascript: link, or heading, list, quote or table from the text',
    (page) => {
      const tree = parse(page);
      // The only script is the site's own theme switch, a file under /_astro/.
      expect(selectAll('script:not([src^="/_astro/"]), iframe, img, object, embed', tree)).toEqual([]);
      expect(selectAll('[onerror], [onload], [onclick]', tree)).toEqual([]);
      expect(
        selectAll('a', tree).filter((link) =>
          String(link.properties['href'] ?? '')
            .toLowerCase()
            .startsWith('javascript'),
        ),
      ).toEqual([]);
      const main = selectAll('main', tree)[0]!;
      for (const element of selectAll('h1, h2, h3, blockquote, table, strong, em, code', main)) {
        expect(seen(element)).not.toMatch(/Not a heading|Not a quote block|not \| a|bold|code/u);
      }
    },
  );

  test('the comparison page and the reading views show every line exactly as written', () => {
    const comparison = seen(selectAll('.comparison-rows', parse('stories/hostile/index.html'))[0]!);
    const original = seen(parse('stories/hostile/000-original/index.html'));
    for (const line of HOSTILE_LINES) {
      expect(original).toContain(line);
      // In the rows, reworded lines are cut into diff segments; the unchanged ones read whole.
      if (!/headline|img|frame|link/u.test(line)) expect(comparison).toContain(line);
    }
    expect(comparison).toContain('<script>alert("headline")</script>');
  });
});

describe('a story in three versions', () => {
  const PAIRS = ['gazette/courier', 'gazette/wire', 'courier/gazette', 'courier/wire', 'wire/gazette', 'wire/courier'];

  test('has a page for every ordered pair of versions, and a report for every pair without the original first', () => {
    for (const pair of PAIRS) {
      const tree = parse(`stories/three-versions/compare/${pair}/index.html`);
      const [from, to] = pair.split('/');
      expect(selectAll('[data-version]', tree).map((node) => node.properties['dataVersion'])).toEqual([from, to]);
    }
    const report = (file: string) =>
      JSON.parse(readFileSync(path.join(site.dist, 'stories/three-versions', file), 'utf8')) as { version: number };
    expect(report('courier.json').version).toBe(REPORT_VERSION);
    expect(report('compare/wire/courier.json').version).toBe(REPORT_VERSION);
    expect(() => report('compare/gazette/courier.json')).toThrow(/ENOENT/u);
  });

  test('each comparison links the report of its own pair', () => {
    const download = (page: string) =>
      selectAll('a[href$=".json"]', parse(`stories/three-versions/${page}`)).map((node) => node.properties['href']);
    expect(new Set(download('compare/gazette/wire/index.html'))).toEqual(
      new Set(['/stories/three-versions/wire.json']),
    );
    expect(new Set(download('compare/wire/courier/index.html'))).toEqual(
      new Set(['/stories/three-versions/compare/wire/courier.json']),
    );
  });

  test('the story page is the overview, with every pair linked and a row per sentence of the original', () => {
    const tree = parse('stories/three-versions/index.html');
    const links = selectAll('.version-picker li a', tree).map((node) => node.properties['href']);
    expect(links).toEqual(PAIRS.map((pair) => `/stories/three-versions/compare/${pair}/`));
    // Screen readers hear each table's caption; the first names the original it measures against.
    expect(selectAll('caption', tree).map((caption) => seen(caption))[0]).toBe(
      'How close each version stays to Harbour Gazette',
    );
    const sentences = selectAll('table', tree).find((table) => seen(table).startsWith('Headline and sentences'));
    // The headline and seven sentences of the original.
    expect(selectAll('tbody tr', sentences)).toHaveLength(8);
    const ferry = selectAll('tbody tr', sentences)[6]!;
    expect(selectAll('th, td', ferry).map((cell) => seen(cell).trim())).toEqual([
      'The ferry service that replaced the bridge will run until the end of April.',
      '○ Dropped',
      '● Kept',
    ]);
  });

  test('search indexes each story’s text once: the version pages of a story of three, the story page of a story of two', () => {
    const searchable = (page: string) => selectAll('main[data-pagefind-body]', parse(page)).length === 1;
    expect(searchable('stories/three-versions/index.html')).toBe(false);
    expect(
      ['gazette', 'courier', 'wire'].map((version) => searchable(`stories/three-versions/${version}/index.html`)),
    ).toEqual([true, true, true]);
    expect(searchable('stories/three-versions/compare/wire/courier/index.html')).toBe(false);
    // A result names the story and the version, not only the version's headline.
    const title = selectAll(
      'meta[data-pagefind-meta="title[content]"]',
      parse('stories/three-versions/courier/index.html'),
    );
    expect(title.map((node) => node.properties['content'])).toEqual([
      'Harbour bridge to reopen after repairs · Coast Courier',
    ]);
    expect(searchable('stories/hostile/index.html')).toBe(true);
    expect(searchable('stories/hostile/000-original/index.html')).toBe(false);
    expect(searchable('index.html')).toBe(false);
  });

  test('every pair page, picker link and overview link leads somewhere', () => {
    expect(brokenLinks(site.dist, '/')).toEqual([]);
  });

  test('a story of two versions has no pair pages: its story page is the comparison', () => {
    expect(() => parse('stories/hostile/compare/000-original/001-rewrite/index.html')).toThrow(/ENOENT/u);
    expect(seen(parse('stories/hostile/index.html'))).toContain('Side by side');
  });
});
