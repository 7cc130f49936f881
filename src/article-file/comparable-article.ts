/**
 * The one way from an article file to the document the analysis compares. The pages (through
 * src/data), `analyse` and `compare` all come through here: the analysis cache is keyed by
 * JSON.stringify of this document, so two adapters that differed by a field, a missing credit or
 * the order of keys would make every page miss the reports `analyse` computed ahead.
 */
import type { Block, ComparableDocument } from '../analysis/index.ts';
import type { ArticleFrontmatter } from './article-frontmatter.ts';
import { blocksFromMarkdown } from './from-markdown.ts';

/** What the comparison reads of an article file's frontmatter. */
export type ComparedFrontmatter = Pick<ArticleFrontmatter, 'headline' | 'standfirst' | 'byline' | 'image'>;

/**
 * The document the analysis compares of an article file: the headline and standfirst, the byline
 * and the photo credit (a source a rewrite may drop) under the names the analysis gives them, and
 * the body, as the file holds it (Markdown) or as ingest is about to write it (blocks).
 */
export function comparableArticle(
  frontmatter: ComparedFrontmatter,
  body: string | readonly Block[],
): ComparableDocument {
  return {
    headline: frontmatter.headline,
    standfirst: frontmatter.standfirst,
    body: typeof body === 'string' ? blocksFromMarkdown(body) : body,
    credits: { byline: frontmatter.byline, photo: frontmatter.image?.credit },
  };
}
