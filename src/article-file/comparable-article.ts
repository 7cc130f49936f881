/**
 * The one way from an article file to the document the analysis compares. The pages (through
 * src/data), `analyse` and `compare` all come through here, and it gives the document the shape
 * comparable-blocks.ts gives every reader of articles, on which the analysis cache's keys depend.
 */
import type { Block, ComparableDocument } from '../analysis/index.ts';
import type { ComparedFrontmatter } from './comparable-blocks.ts';
import { comparableBlocks } from './comparable-blocks.ts';
import { blocksFromMarkdown } from './from-markdown.ts';

export type { ComparedFrontmatter } from './comparable-blocks.ts';

/**
 * The document the analysis compares of an article file, with its body as the file holds it
 * (Markdown) or as ingest is about to write it (blocks).
 */
export function comparableArticle(
  frontmatter: ComparedFrontmatter,
  body: string | readonly Block[],
): ComparableDocument {
  return comparableBlocks(frontmatter, typeof body === 'string' ? blocksFromMarkdown(body) : body);
}
