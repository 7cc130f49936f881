/**
 * An article file's format and size limit, told by its name alone: what a reader of files checks
 * before reading one (a file on disk, a file chosen in the browser), apart from the parsers.
 */
import type { SourceFormat } from '../article-file/index.ts';
import { MAX_ARTICLE_BYTES, MAX_HTML_BYTES } from './source-text.ts';

/** The format of an article file, by its extension; undefined for any other file. */
export function sourceFormat(name: string): SourceFormat | undefined {
  const extension = /\.([^.]+)$/u.exec(name)?.[1]?.toLowerCase();
  switch (extension) {
    case 'txt':
      return 'plain-text';
    case 'md':
    case 'markdown':
      return 'markdown';
    case 'html':
    case 'htm':
      return 'html';
    default:
      return undefined;
  }
}

/**
 * The largest file of this name the ingest reads: a web page may be larger than its article (see
 * MAX_HTML_BYTES), any other file is its article. Readers of files on disk stop reading here.
 */
export function sourceByteLimit(name: string): number {
  return sourceFormat(name) === 'html' ? MAX_HTML_BYTES : MAX_ARTICLE_BYTES;
}
