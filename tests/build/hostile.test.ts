/**
 * Article text is text: a story whose articles hold HTML, Markdown, frontmatter fences and
 * template braces, built into a site, shows every line literally and injects no element.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildHostileSite, HOSTILE_LINES } from '../support/hostile-site.ts';

let site: { content: string; dist: string };
beforeAll(() => {
  site = buildHostileSite();
});
afterAll(() => rmSync(site.content, { recursive: true, force: true }));

const PAGES = ['stories/hostile/index.html', 'stories/hostile/000-original/index.html', 'stories/hostile/001-rewrite/index.html', 'index.html'];
const parse = (page: string): Root => fromHtml(readFileSync(path.join(site.dist, page), 'utf8'));

/** The text a reader sees: text nodes outside screen-reader-only labels, spaces squashed. */
function seen(node: Root | Element): string {
  const visible = (child: Root['children'][number] | Element): string => {
    if (child.type === 'text') return child.value;
    if (child.type !== 'element') return '';
    const classes = child.properties['className'];
    if (Array.isArray(classes) && classes.includes('sr-only')) return '';
    return child.children.map(visible).join('');
  };
  return node.children.map(visible).join('').replace(/\s+/gu, ' ');
}

describe('a story full of markup', () => {
  test.each(PAGES)('%s injects no element: no script, frame, image, javascript: link, or heading, list, quote or table from the text', (page) => {
    const tree = parse(page);
    expect(selectAll('script, iframe, img, object, embed', tree)).toEqual([]);
    expect(selectAll('[onerror], [onload], [onclick]', tree)).toEqual([]);
    expect(selectAll('a', tree).filter((link) => String(link.properties['href'] ?? '').toLowerCase().startsWith('javascript'))).toEqual([]);
    const main = selectAll('main', tree)[0]!;
    for (const element of selectAll('h1, h2, h3, blockquote, table, strong, em, code', main)) {
      expect(seen(element)).not.toMatch(/Not a heading|Not a quote block|not \| a|bold|code/u);
    }
  });

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
