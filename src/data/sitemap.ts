/** sitemap.xml (sitemaps.org 0.9) of absolute page addresses. */
import { x } from 'xastscript';
import { onLines, xmlDocument } from './xml.ts';

/** The sitemap listing `urls` (absolute addresses), in the order given. */
export function sitemapXml(urls: readonly string[]): string {
  // An element as the second argument would be taken for attributes: pass none first.
  const entries = urls.map((url) => x('url', {}, x('loc', url)));
  return xmlDocument(
    x('urlset', { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' }, urls.length === 0 ? [] : onLines(entries, 1)),
  );
}
