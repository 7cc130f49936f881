/**
 * The plain-text format as a reader of article files: a text of too many blocks refused before it
 * is read, then the article (plain-text.ts), which says nothing of where it was published.
 */
import { checkBlockCount } from './block-count.ts';
import { parsePlainTextArticle } from './plain-text.ts';
import type { SourceArticle } from './source-article.ts';

/** Reads a plain-text article file's text; `path` names it in errors and warnings. */
export function readPlainTextSource(text: string, path: string): SourceArticle {
  checkBlockCount(text, path);
  return { ...parsePlainTextArticle(text, path), format: 'plain-text', outlet: undefined, url: undefined };
}
