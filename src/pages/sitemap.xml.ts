/**
 * sitemap.xml: every page of the site, by absolute address. A sitemap needs the site's origin
 * (SITE); a build without it writes one listing no page, and robots.txt does not point to it.
 */
import type { APIRoute } from 'astro';
import { sitePath } from '../data/site-path.ts';
import { getStories } from '../data/stories.ts';

export const GET: APIRoute = async ({ site }) => {
  const paths = ['', 'method/'];
  for (const story of await getStories()) {
    paths.push(`stories/${story.slug}/`);
    for (const version of [story.original, ...story.rewrites]) paths.push(`stories/${story.slug}/${version.data.version}/`);
  }
  const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  const urls = site === undefined ? [] : paths.map((path) => `  <url><loc>${escape(new URL(sitePath(path), site).href)}</loc></url>`);
  const xml = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
