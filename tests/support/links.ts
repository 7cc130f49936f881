/**
 * A link checker over a built site: every internal link, asset and JSON address resolves to a file
 * of the build, and every #anchor to an element of its page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

/** Broken internal addresses of a built site served at `base`, as "page: address (why)". */
export function brokenLinks(dist: string, base: string): string[] {
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  const ids = new Map(
    pages.map((page) => [
      page,
      new Set(
        selectAll('[id]', fromHtml(readFileSync(path.join(dist, page), 'utf8'))).map((node) =>
          String(node.properties['id']),
        ),
      ),
    ]),
  );
  const broken: string[] = [];
  for (const page of pages) {
    const tree = fromHtml(readFileSync(path.join(dist, page), 'utf8'));
    const addresses = [
      ...selectAll('a[href], link[href]', tree).map((node) => String(node.properties['href'])),
      ...selectAll('script[src], img[src]', tree).map((node) => String(node.properties['src'])),
    ];
    for (const address of addresses) {
      if (/^[a-z]+:/iu.test(address)) continue; // outside the site
      const [target = '', anchor] = address.split('#');
      if (target === '') {
        if (anchor !== undefined && !ids.get(page)!.has(anchor)) broken.push(`${page}: ${address} (no such id)`);
        continue;
      }
      if (!target.startsWith(base)) {
        broken.push(`${page}: ${address} (outside the base ${base})`);
        continue;
      }
      const relative = decodeURIComponent(target.slice(base.length));
      const file = relative === '' || relative.endsWith('/') ? path.join(relative, 'index.html') : relative;
      if (!existsSync(path.join(dist, file))) broken.push(`${page}: ${address} (no file ${file})`);
      else if (anchor !== undefined && file.endsWith('.html') && !ids.get(file)?.has(anchor))
        broken.push(`${page}: ${address} (no such id)`);
    }
  }
  return broken;
}
