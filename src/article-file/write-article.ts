/** Writes a generated article file: its frontmatter, the note saying where it came from, its body. */
import type { Block } from '../analysis/index.ts';
import type { ArticleFrontmatter } from './article-frontmatter.ts';
import { generatedNote } from './generated-note.ts';
import { serializeMarkdownFile } from './serialize.ts';
import { bodyToMdast } from './to-mdast.ts';

/** The text of the article file of a version: `frontmatter` above the Markdown of its `body`. */
export function articleFileText(frontmatter: ArticleFrontmatter, body: readonly Block[]): string {
  return serializeMarkdownFile(frontmatter, bodyToMdast(body), generatedNote(frontmatter.source.path));
}
