/**
 * Reads a generated article file back: its frontmatter, checked with the schema ingest wrote it
 * by, and its Markdown body. `analyse` and `compare` read generated files through here; the site
 * reads the same files through the content collections (src/content.config.ts), with the same schema.
 */
import { parse as parseYaml } from 'yaml';
import { ArticleFileError } from './article-file-error.ts';
import type { ArticleFrontmatter } from './article-frontmatter.ts';
import { articleFrontmatterSchema } from './article-frontmatter.ts';
import { splitFrontmatter } from './split-frontmatter.ts';

/** A generated article file read back: its frontmatter and its Markdown body. */
export interface ArticleFileContent {
  readonly frontmatter: ArticleFrontmatter;
  readonly body: string;
}

/** Reads the text of a generated article file; `file` names it in errors. */
export function readArticleFile(text: string, file: string): ArticleFileContent {
  const split = splitFrontmatter(text);
  if (split?.yaml === undefined) throw new ArticleFileError(file, 'it has no frontmatter between "---" lines.');
  let data: unknown;
  try {
    data = parseYaml(split.yaml);
  } catch (error) {
    throw new ArticleFileError(file, `the frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]}).`);
  }
  const result = articleFrontmatterSchema.safeParse(data);
  if (!result.success) {
    const [issue] = result.error.issues;
    const where =
      issue === undefined || issue.path.length === 0
        ? 'the frontmatter'
        : `the frontmatter's "${issue.path.join('.')}"`;
    throw new ArticleFileError(file, `${where} does not match the schema (${issue?.message ?? 'invalid'}).`);
  }
  return { frontmatter: result.data, body: split.body };
}
