/**
 * A comparison's trees as HTML, exactly as the build wrote them when Astro rendered each string
 * itself: text with its `&`, `<`, `>`, `'` and `"` escaped the way Astro escapes an expression
 * (`&amp;`, `&lt;`, `&gt;`, `&#39;`, `&quot;`), attributes with `&amp;` and `&quot;`, an empty
 * attribute written bare (`data-pagefind-ignore`), void elements without a slash.
 *
 * hast-util-to-html escapes only `&` and `<` in text and has no option for the rest, so the text
 * nodes are escaped here first and handed to it as raw HTML. Escaping like Astro keeps the pages
 * the same byte for byte, and so the search index too: Pagefind ends a block's text with a full
 * stop unless it ends in punctuation, and reads `&#39;` as punctuation but `'` not.
 */
import type { Nodes, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';

const ESCAPABLE = /[&<>'"]/gu;
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  "'": '&#39;',
  '"': '&quot;',
};

/** `tree` with every text node (outside `<script>` and `<style>`) replaced by its escaped HTML. */
function escapedText<T extends Nodes>(tree: T, inRawText = false): T {
  if (tree.type === 'text' && !inRawText)
    return { type: 'raw', value: tree.value.replaceAll(ESCAPABLE, (char) => ENTITIES[char]!) } as unknown as T;
  if (!('children' in tree)) return tree;
  const raw = tree.type === 'element' && (tree.tagName === 'script' || tree.tagName === 'style');
  return { ...tree, children: tree.children.map((child: RootContent) => escapedText(child, raw)) };
}

/** `tree` serialised as the build writes its pages (and the browser page inserts them). */
export function pageHtml(tree: Nodes): string {
  return toHtml(escapedText(tree), {
    allowDangerousHtml: true,
    characterReferences: { useNamedReferences: true },
    collapseEmptyAttributes: true,
  });
}
