/**
 * One side of the page's comparison read by the ingest the build uses, so a pasted text or a
 * dropped file reads exactly as the same text in a story folder would; every refusal becomes a
 * message for the side's field.
 */
import type { ComparableDocument } from '../analysis/units/units.ts';
import { articleTexts } from '../ingest/article-text-size.ts';
import { comparableDocument } from '../ingest/document-frontmatter.ts';
import { IngestError } from '../ingest/errors.ts';
import { sourceFormat } from '../ingest/source-format.ts';
import { readArticleSource } from '../ingest/source-reader.ts';
import type { SourceArticle } from '../ingest/source-article.ts';
import { FORMAT_READER_LOADERS } from './format-readers.ts';
import type { Side, SideFile } from './side-input.ts';
import { SideProblem } from './side-input.ts';

/** A side read: the document to compare and what the reader should know about how it was read. */
export interface ReadSide {
  readonly document: ComparableDocument;
  readonly warnings: readonly string[];
}

/** A letter of any script: a text without one holds no sentence to compare. */
const LETTER = /\p{L}/u;

/**
 * Reads one side, loading its format's reader first; throws SideProblem with the ingest's own
 * message when the ingest refuses it.
 */
export async function readSide(side: Side, file: SideFile): Promise<ReadSide> {
  const format = sourceFormat(file.name);
  // A file of no format the ingest reads is refused by the ingest itself, with its own words.
  const readers = format === undefined ? {} : { [format]: await FORMAT_READER_LOADERS[format]() };
  let article: SourceArticle;
  try {
    article = readArticleSource(file, readers);
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    const where = error.line === undefined ? error.file : `${error.file}, line ${error.line}`;
    throw new SideProblem(side, `${where}: ${error.problem} Fix: ${capitalised(error.fix)}`);
  }
  // Looked for in the text itself: the ingest has already cut it into sentences once, to count them.
  if (!articleTexts(article.document).some((text) => LETTER.test(text))) {
    throw new SideProblem(
      side,
      `${file.path} holds no sentence: nothing in it has a letter to compare. Paste or choose the article's text.`,
    );
  }
  return { document: comparableDocument(article.document), warnings: article.warnings };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
