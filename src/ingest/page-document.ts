/**
 * A saved page as a document, read on Node by linkedom. The browser reads pages with its own
 * parser instead (page-document.browser.ts); package.json's `#page-document` import picks one.
 */
import { parseHTML } from 'linkedom';
import { checkHtmlDepth } from './html-depth.ts';

/**
 * The page as a document; `file` names it in errors. linkedom builds a document only from a whole
 * page (<html> and all); a fragment, as some tools save, is parsed into the body of an empty page.
 */
export function pageDocument(html: string, file: string): Document {
  checkHtmlDepth(html, file);
  const { document } = parseHTML(html);
  if (document.documentElement?.localName.toLowerCase() === 'html' && document.body !== null) return document;
  const page = blankDocument();
  page.body.innerHTML = html;
  return page;
}

/** An empty page, to parse small pieces of markup into. */
export function blankDocument(): Document {
  return parseHTML('<!doctype html><html><head></head><body></body></html>').document;
}
