/**
 * Reads a generated article file back: its frontmatter, checked with the schema ingest wrote it
 * by, and its Markdown body. `analyse` reads generated files through here with the whole schema,
 * as the site's content collections do (src/content.config.ts); `compare` checks only the fields
 * it compares.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
// Imported by file, not through src/ingest's index, which imports this folder's index.
import { IngestError } from '../ingest/errors.ts';
import { yamlData } from '../ingest/yaml-data.ts';
import { ArticleFileError } from './article-file-error.ts';
import type { ArticleFrontmatter } from './article-frontmatter.ts';
import { articleFrontmatterSchema } from './article-frontmatter.ts';
import type { ComparedFrontmatter } from './comparable-article.ts';
import { splitFrontmatter } from './split-frontmatter.ts';

/** A generated article file read back: its frontmatter and its Markdown body. */
export interface ArticleFileContent<Frontmatter = ArticleFrontmatter> {
  readonly frontmatter: Frontmatter;
  readonly body: string;
}

/**
 * The fields a comparison reads, checked as the schema checks them, and any other key let through:
 * a file someone annotated, or one an older or newer ingest wrote, still compares as it reads.
 */
const comparedFrontmatterSchema = articleFrontmatterSchema
  .pick({ headline: true, standfirst: true, byline: true, image: true })
  .loose();

/** Reads the text of a generated article file; `file` names it in errors. */
export function readArticleFile(text: string, file: string): ArticleFileContent {
  return readWith(articleFrontmatterSchema, text, file);
}

/** Reads a generated article file for a comparison alone: only the compared fields must be right. */
export function readComparedArticle(text: string, file: string): ArticleFileContent<ComparedFrontmatter> {
  return readWith(comparedFrontmatterSchema, text, file);
}

function readWith<Frontmatter>(
  schema: z.ZodType<Frontmatter>,
  text: string,
  file: string,
): ArticleFileContent<Frontmatter> {
  const split = splitFrontmatter(text);
  if (split?.yaml === undefined) throw new ArticleFileError(file, 'it has no frontmatter between "---" lines.');
  const lineCounter = new LineCounter();
  const document = parseDocument(split.yaml, { lineCounter, prettyErrors: false });
  const [syntaxError] = document.errors;
  if (syntaxError !== undefined) {
    throw new ArticleFileError(file, `the frontmatter is not valid YAML (${syntaxError.message.split('\n')[0]}).`);
  }
  let data: unknown;
  try {
    // The same guard as the sources' YAML: a hand-edited file can hold an alias bomb as well.
    data = yamlData(document, { file, line: (offset) => lineCounter.linePos(offset).line + 1 });
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    throw new ArticleFileError(file, `the frontmatter, from line ${error.line ?? 2}: ${error.problem}`);
  }
  const result = schema.safeParse(data);
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
