/**
 * The size limit on an article's text, for a format whose file may be larger than its text: a
 * saved web page may be up to MAX_HTML_BYTES, most of it markup and scripts, and the analysis
 * limit (MAX_ARTICLE_BYTES) then applies to the text read from it, so that a page is refused for
 * holding too much article, never for its markup.
 */
import type { ArticleDocument } from './document.ts';
import { IngestError } from './errors.ts';
import { MAX_ARTICLE_BYTES, megabytes } from './source-text.ts';

const encoder = new TextEncoder();

/** Everything the analysis reads of a document, text by text: its header and its body. */
export function articleTexts(document: ArticleDocument): string[] {
  return [
    document.headline,
    document.standfirst ?? '',
    ...document.body.flatMap((block) => (block.type === 'list' ? block.items : [block.text])),
  ];
}

/** The UTF-8 size of everything the analysis reads of a document. */
export function articleTextBytes(document: ArticleDocument): number {
  return articleTexts(document).reduce((total, text) => total + encoder.encode(text).length, 0);
}

/** Refuses a document whose text is over MAX_ARTICLE_BYTES; `file` names it. */
export function checkArticleTextSize(document: ArticleDocument, file: string): void {
  const size = articleTextBytes(document);
  if (size <= MAX_ARTICLE_BYTES) return;
  throw new IngestError({
    file,
    problem: `the article text read from this page is ${megabytes(size)}; Reworded compares articles up to ${megabytes(MAX_ARTICLE_BYTES)} (about 350,000 words), a size it analyses in seconds.`,
    fix: 'save a page that holds the one article (not an archive or a live blog of many), or copy the part that matters into a .txt file.',
  });
}
