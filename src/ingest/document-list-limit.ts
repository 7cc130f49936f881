/**
 * A bound on the list items one article may hold, whatever format it came in, checked on the
 * document before its file is generated.
 *
 * The generated article file is Markdown, and the site's build, `analyse` and `compare` read it
 * with micromark, which copies the whole document's events read so far each time a list item
 * ends (markdown-container-limit.ts says how). A plain-text source whose bullet lines form 10,000
 * lists between paragraphs (244 KB) rendered in 6 s in the build, and the time grows with the
 * square of the size. So the same limit as for a Markdown source's quotes and list items applies
 * to every document: an article past it is refused by name before any file is written.
 */
import type { ArticleDocument } from './document.ts';
import { IngestError } from './errors.ts';
import { MAX_MARKDOWN_CONTAINERS } from './markdown-container-limit.ts';

/** The most list items (in all its lists) one article may hold. */
export const MAX_LIST_ITEMS = MAX_MARKDOWN_CONTAINERS;

/** Refuses, naming `file`, a document with more than MAX_LIST_ITEMS list items. */
export function checkListItems(document: ArticleDocument, file: string): void {
  let items = 0;
  let lists = 0;
  for (const block of document.body) {
    if (block.type !== 'list') continue;
    lists += 1;
    items += block.items.length;
  }
  if (items <= MAX_LIST_ITEMS) return;
  throw new IngestError({
    file,
    problem: `the article holds ${items.toLocaleString('en')} list items in ${lists.toLocaleString('en')} lists, more than the ${MAX_LIST_ITEMS} an article may hold; real articles hold tens, and reading the generated article back takes minutes past that.`,
    fix: 'join lists that belong together or write their items as paragraphs; in a .txt file, a line starting with "•", "*" or "-" is a list item.',
  });
}
