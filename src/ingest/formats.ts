/**
 * The article file formats, told apart by file extension, and the one entry point that reads an
 * article file of any of them, with every format's reader at hand (source-reader.ts reads it).
 */
import type { SourceFormat } from '../article-file/index.ts';
import { parseHtmlArticle } from './html-article.ts';
import { readMarkdownSource } from './markdown-source.ts';
import { readPlainTextSource } from './plain-text-source.ts';
import type { SourceArticle } from './source-article.ts';
import type { ArticleFile, FormatReader } from './source-reader.ts';
import { readArticleSource } from './source-reader.ts';

export { sourceByteLimit, sourceFormat } from './source-format.ts';
export type { ArticleFile } from './source-reader.ts';
export { declaredEncoding } from './source-reader.ts';

/** File names ingest reads as article versions: plain text, Markdown and HTML. */
export const ARTICLE_FILE = /\.(?:txt|md|markdown|html?)$/iu;

/** Each format's reader. */
export const FORMAT_READERS: Readonly<Record<SourceFormat, FormatReader>> = {
  'plain-text': readPlainTextSource,
  markdown: readMarkdownSource,
  html: parseHtmlArticle,
};

/** Reads an article file in the format its extension names; throws IngestError naming the file. */
export function parseArticleSource(file: ArticleFile): SourceArticle {
  return readArticleSource(file, FORMAT_READERS);
}
