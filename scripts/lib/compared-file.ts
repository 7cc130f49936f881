/**
 * An article file on disk read as a comparison takes it, for the command-line tools (`compare`,
 * `eval:news`): generated Markdown (it says so in its first lines) as the site compares it, any
 * other file by the ingest reader its extension names, plain text for an unknown extension.
 * Warnings go to standard error, their control characters made visible (they name files); a file that cannot be read is an IngestError naming it.
 */
import { readFileSync } from 'node:fs';
import type { ComparableDocument } from '../../src/analysis/index.ts';
import { comparableArticle, isGeneratedArticle, readComparedArticle } from '../../src/article-file/index.ts';
import { visibleControls } from '../../src/cli/visible-controls.ts';
import { comparableDocument, IngestError } from '../../src/ingest/index.ts';
import { parseArticleSource, sourceFormat } from '../../src/ingest/formats.ts';
import { decodeText } from '../../src/ingest/source-text.ts';

/** The document a comparison takes of the article file at `path`. */
export function readComparedDocument(path: string): ComparableDocument {
  if (sourceFormat(path) === 'markdown') {
    const text = readComparedText(path);
    if (isGeneratedArticle(text)) {
      const { frontmatter, body } = readComparedArticle(text, path);
      return comparableArticle(frontmatter, body);
    }
  }
  const name = sourceFormat(path) === undefined ? `${path}.txt` : path;
  const article = parseArticleSource({ name, path, bytes: readBytes(path) });
  for (const warning of article.warnings) console.error(`warning: ${visibleControls(warning)}`);
  return comparableDocument(article.document);
}

/** The text of a file, decoded as ingest decodes it. */
export function readComparedText(path: string): string {
  const decoded = decodeText(readBytes(path), path);
  if (decoded.warning !== undefined) console.error(`warning: ${visibleControls(decoded.warning)}`);
  return decoded.text;
}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new IngestError({
      file: path,
      problem: `cannot read the file (${(error as NodeJS.ErrnoException).code}).`,
      fix: 'check the path.',
    });
  }
}
