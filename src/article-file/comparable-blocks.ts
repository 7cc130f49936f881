/**
 * The document the analysis compares, from an article's frontmatter and its body as blocks: the
 * one shape every reader of articles gives it (comparable-article.ts for article files, the
 * ingest for a source it has just read). The analysis cache is keyed by JSON.stringify of this
 * document, so a second shape that differed by a field, a missing credit or the order of keys
 * would make every page miss the reports `analyse` computed ahead.
 */
import type { Block, ComparableDocument } from '../analysis/index.ts';
import type { ArticleFrontmatter } from './article-frontmatter.ts';

/** What the comparison reads of an article file's frontmatter. */
export type ComparedFrontmatter = Pick<ArticleFrontmatter, 'headline' | 'standfirst' | 'byline' | 'image'>;

/**
 * The headline and standfirst, the byline and the photo credit (a source a rewrite may drop) under
 * the names the analysis gives them, and the body's blocks.
 */
export function comparableBlocks(frontmatter: ComparedFrontmatter, body: readonly Block[]): ComparableDocument {
  return {
    headline: frontmatter.headline,
    standfirst: frontmatter.standfirst,
    body,
    credits: { byline: frontmatter.byline, photo: frontmatter.image?.credit },
  };
}
