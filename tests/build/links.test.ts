/**
 * A link checker over the built site, once at a domain's root and once under a sub-path (BASE, as
 * a GitHub Pages project site is served): every internal link, asset and JSON address resolves to
 * a file of the build, and every #anchor to an element of its page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { brokenLinks } from '../support/links.ts';
import { sharedSite } from '../support/shared-site.ts';

/** The site built for that base (and origin, SITE), once for every build test (tests/support/shared-sites.ts). */
function builtFor(base: string, site?: string): string {
  if (site === 'https://example.org' && base === '/reworded/') return sharedSite('seedPublished').dist;
  if (site === undefined && base === '/') return sharedSite('seedAtRoot').dist;
  if (site === undefined && base === '/reworded/') return sharedSite('seedUnderBase').dist;
  throw new Error(`no shared site is built for ${site ?? ''}${base}: add it to tests/support/shared-sites.ts`);
}

describe('links', () => {
  test.each(['/', '/reworded/'])('a site built for %s has no broken internal link, asset or anchor', (base) => {
    const dist = builtFor(base);
    expect(brokenLinks(dist, base)).toEqual([]);
    // And it does link: the index reaches the comparison, the comparison its JSON.
    const index = readFileSync(path.join(dist, 'index.html'), 'utf8');
    expect(index).toContain(`href="${base}stories/trump-ukraine-peace-talks/"`);
    // The host's header rules name the site's paths under its base.
    const rules = readFileSync(path.join(dist, '_headers'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('/'));
    expect(rules).toEqual([`${base}*`, `${base}compare/*`, `${base}_astro/workers/*`, `${base}_astro/*`]);
  });

  test('with its origin known (SITE), a site under a sub-path lists every page in its sitemap, and each page names its own address', () => {
    const base = '/reworded/';
    const dist = builtFor(base, 'https://example.org');
    const robots = readFileSync(path.join(dist, 'robots.txt'), 'utf8');
    expect(robots).toContain('Sitemap: https://example.org/reworded/sitemap.xml');
    const sitemap = readFileSync(path.join(dist, 'sitemap.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((match) => match[1]!);
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('index.html'),
    );
    expect(listed.sort()).toEqual(
      pages.map((page) => `https://example.org${base}${page.replace(/index\.html$/u, '')}`).sort(),
    );
    for (const page of pages) {
      const tree = fromHtml(readFileSync(path.join(dist, page), 'utf8'));
      const own = `https://example.org${base}${page.replace(/index\.html$/u, '')}`;
      expect(selectAll('link[rel="canonical"]', tree).map((node) => node.properties['href'])).toEqual([own]);
      expect(selectAll('meta[property="og:url"]', tree).map((node) => node.properties['content'])).toEqual([own]);
      expect(selectAll('meta[property="og:title"], meta[name="twitter:card"]', tree)).toHaveLength(2);
    }
  });
});
