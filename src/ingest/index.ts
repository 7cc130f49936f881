/** Ingest: article files in, Markdown with frontmatter out. Pure; scripts/ingest.ts does the I/O. */
export type { ArticleDocument } from './document.ts';
export { comparableDocument } from './document-frontmatter.ts';
export { IngestError } from './errors.ts';
export { parsePlainTextArticle } from './plain-text.ts';
export type { ArticleFile } from './formats.ts';
export { parseArticleSource, sourceFormat } from './formats.ts';
export type { SourceArticle } from './source-article.ts';
export type { GeneratedFile, IngestedStory, IngestWatch, SourceFile, StoryFolder } from './story.ts';
export { ARTICLE_FILE, STORY_SUMMARY_FILE, ingestStory } from './story.ts';
