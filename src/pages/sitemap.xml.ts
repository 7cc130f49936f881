/**
 * sitemap.xml: every page of the site, by absolute address. A sitemap needs the site's origin
 * (SITE); a build without it writes one listing no page, and robots.txt does not point to it.
 */
import type { APIRoute } from 'astro';
import { sitePath } from '../data/site-path.ts';
import { sitemapXml } from '../data/sitemap.ts';
import { getStories } from '../data/stories.ts';

export const GET: APIRoute = async ({ site }) => {
  const paths = ['', 'compare/', 'method/', 'search/'];
  for (const story of await getStories()) {
    paths.push(`stories/${story.slug}/`);
    for (const version of [story.original, ...story.rewrites])
      paths.push(`stories/${story.slug}/${version.data.version}/`);
  }
  const urls = site === undefined ? [] : paths.map((path) => new URL(sitePath(path), site).href);
  return new Response(sitemapXml(urls), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
