/**
 * A saved page as a document, read in the reader's browser by the browser's own parser: the same
 * reading the page gets on Node (page-document.ts), without shipping a second HTML parser. A
 * parsed page is inert: its scripts never run and its images never load.
 */
import { MAX_HTML_DEPTH, tooDeep } from './html-depth-limit.ts';

/** The page as a document; `file` names it in errors. Fragments become the body of a whole page. */
export function pageDocument(html: string, file: string): Document {
  const document = new DOMParser().parseFromString(html, 'text/html');
  if (nestingDepth(document.documentElement) > MAX_HTML_DEPTH) throw tooDeep(file);
  return document;
}

/** An empty page, to parse small pieces of markup into. */
export function blankDocument(): Document {
  return document.implementation.createHTMLDocument('');
}

/**
 * How deeply elements nest under `root` (itself level 1), walked without recursion. The browser
 * caps nesting at 512 levels, above the limit, so a page past the limit is still seen as one.
 */
function nestingDepth(root: Element): number {
  let deepest = 0;
  const pending: [Element, number][] = [[root, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [element, depth] = next;
    if (depth > deepest) deepest = depth;
    for (const child of element.children) pending.push([child, depth + 1]);
  }
  return deepest;
}
