/**
 * An article file on disk read as a comparison takes it, for the command-line tools (`compare`,
 * `eval:news`): generated Markdown (it says so in its first lines) as the site compares it, any
 * other file by the ingest reader its extension names, plain text for an unknown extension.
 * Warnings go to standard error, their control characters made visible (they name files); a file
 * that cannot be read, or is not a regular file within the size limit, is an IngestError naming it
 * (./read-source-file.ts).
 */
import type { ComparableDocument } from '../../src/analysis/index.ts';
import { comparableArticle, isGeneratedArticle, readComparedArticle } from '../../src/article-file/index.ts';
import { visibleControls } from '../../src/cli/visible-controls.ts';
import { comparableDocument } from '../../src/ingest/index.ts';
import { parseArticleSource, sourceFormat } from '../../src/ingest/formats.ts';
import { decodeText } from '../../src/ingest/source-text.ts';
import { readSourceFile } from './read-source-file.ts';

/** The document a comparison takes of the article file at `path`. */
export function readComparedDocument(path: string): ComparableDocument {
  // Read once: what is checked is what is compared.
  const bytes = readSourceFile(path, path);
  if (sourceFormat(path) === 'markdown') {
    const decoded = decodeText(bytes, path);
    if (isGeneratedArticle(decoded.text)) {
      warn(decoded.warning);
      const { frontmatter, body } = readComparedArticle(decoded.text, path);
      return comparableArticle(frontmatter, body);
    }
  }
  const name = sourceFormat(path) === undefined ? `${path}.txt` : path;
  const article = parseArticleSource({ name, path, bytes });
  for (const warning of article.warnings) warn(warning);
  return comparableDocument(article.document);
}

/** The text of a file, decoded as ingest decodes it. */
export function readComparedText(path: string): string {
  const decoded = decodeText(readSourceFile(path, path), path);
  warn(decoded.warning);
  return decoded.text;
}

function warn(warning: string | undefined): void {
  if (warning !== undefined) console.error(`warning: ${visibleControls(warning)}`);
}
