/**
 * The generated article file (`content/articles/<story>/<version>.md`): the contract between ingest,
 * which writes it, and the site, `analyse` and `compare`, which read it. Its schema, its writer and
 * its reader live here together, so that what is written is what is read.
 */
export { ArticleFileError } from './article-file-error.ts';
export type { ArticleFrontmatter, SourceFormat, StorySummary } from './article-frontmatter.ts';
export { articleFrontmatterSchema, isoDateTimeSchema, slugSchema, storySummarySchema } from './article-frontmatter.ts';
export type { ComparedFrontmatter } from './comparable-article.ts';
export { comparableArticle } from './comparable-article.ts';
export { isGeneratedArticle } from './generated-note.ts';
export type { ArticleFileContent } from './read-article.ts';
export { readArticleFile, readComparedArticle } from './read-article.ts';
export { serializeMarkdownFile } from './serialize.ts';
export type { SplitMarkdown } from './split-frontmatter.ts';
export { splitFrontmatter } from './split-frontmatter.ts';
export { bodyToMdast } from './to-mdast.ts';
export { articleFileText } from './write-article.ts';
