/**
 * robots.txt: every page may be indexed; the sitemap's address when the site's origin is known
 * (SITE).
 */
import type { APIRoute } from 'astro';
import { sitePath } from '../data/site-path.ts';

export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site !== undefined) lines.push(`Sitemap: ${new URL(sitePath('sitemap.xml'), site).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
