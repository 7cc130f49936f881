/**
 * A comparison of two versions as the pages need it: the analysis report of their generated
 * Markdown, computed with the same code as `npm run compare`.
 */
import type { Report } from '../analysis/index.ts';
import { compareDocuments } from '../analysis/index.ts';
import type { ArticleFrontmatter } from '../ingest/article-frontmatter.ts';
import { blocksFromMarkdown } from '../ingest/from-markdown.ts';

/** What a comparison needs of a version: its frontmatter and its Markdown body. */
export interface ComparableVersion {
  readonly data: ArticleFrontmatter;
  readonly body: string;
}

/** Compares a version with the original. */
export function compareVersions(original: ComparableVersion, rewrite: ComparableVersion): Report {
  const document = (version: ComparableVersion) => ({
    headline: version.data.headline,
    standfirst: version.data.standfirst,
    body: blocksFromMarkdown(version.body),
    credits: { byline: version.data.byline, photo: version.data.image?.credit },
  });
  return compareDocuments(document(original), document(rewrite));
}
