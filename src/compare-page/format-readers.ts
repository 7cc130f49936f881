/**
 * Each format's reader, loaded when the page first reads a file of that format: a reader who pastes
 * text never downloads the Markdown or web page readers (YAML, CommonMark, Readability), which
 * are most of what reading costs. The readers are the ingest's own (src/ingest/formats.ts lists
 * the same ones, loaded at once).
 */
import type { SourceFormat } from '../article-file/index.ts';
import type { FormatReader } from '../ingest/source-reader.ts';

/** Loads the reader of one format. */
export const FORMAT_READER_LOADERS: Readonly<Record<SourceFormat, () => Promise<FormatReader>>> = {
  'plain-text': async () => (await import('../ingest/plain-text-source.ts')).readPlainTextSource,
  markdown: async () => (await import('../ingest/markdown-source.ts')).readMarkdownSource,
  html: async () => (await import('../ingest/html-article.ts')).parseHtmlArticle,
};
