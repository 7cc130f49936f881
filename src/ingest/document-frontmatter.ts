/**
 * What an article's own text gives the frontmatter of its generated file (the story, version and
 * source fields come from the story folder), and so the document the analysis compares of an
 * article ingest has read but not written: the article file's, by the same adapter the site uses.
 */
import type { ComparableDocument } from '../analysis/index.ts';
import type { ArticleFrontmatter } from '../article-file/article-frontmatter.ts';
import { comparableBlocks } from '../article-file/comparable-blocks.ts';
import type { ArticleDocument } from './document.ts';

/** The frontmatter fields an article's document fills. */
export type DocumentFrontmatter = Pick<
  ArticleFrontmatter,
  'headline' | 'standfirst' | 'byline' | 'published' | 'updated' | 'image'
>;

/** The frontmatter fields of a document, in the order the generated file lists them. */
export function documentFrontmatter(document: ArticleDocument): DocumentFrontmatter {
  return {
    headline: document.headline,
    ...(document.standfirst !== undefined && { standfirst: document.standfirst }),
    ...(document.byline !== undefined && { byline: document.byline.name }),
    ...(document.published !== undefined && { published: document.published.iso }),
    ...(document.updated !== undefined && { updated: document.updated.iso }),
    ...(document.image !== undefined && {
      image: {
        ...(document.image.caption !== undefined && { caption: document.image.caption }),
        ...(document.image.credit !== undefined && { credit: document.image.credit }),
      },
    }),
  };
}

/** The document the analysis compares of an article, as its generated file will give it. */
export function comparableDocument(document: ArticleDocument): ComparableDocument {
  return comparableBlocks(documentFrontmatter(document), document.body);
}
