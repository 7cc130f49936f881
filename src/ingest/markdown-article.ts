/**
 * Reads a Markdown article as ingest writes it (YAML frontmatter with headline and standfirst,
 * then the body) back into the document the analysis compares.
 */
import { parse as parseYaml } from 'yaml';
import type { Block } from '../analysis/index.ts';
import { blocksFromMarkdown, splitFrontmatter } from '../article-file/index.ts';
import { IngestError } from './errors.ts';

/** What the analysis needs of a Markdown article. */
export interface MarkdownArticle {
  readonly headline: string | undefined;
  readonly standfirst: string | undefined;
  readonly body: readonly Block[];
  readonly credits: { readonly byline: string | undefined; readonly photo: string | undefined };
}

/** A Markdown file read into its frontmatter (parsed; empty without one) and its body. */
export function readArticleFile(text: string, file: string): { data: Record<string, unknown>; body: string } {
  const split = splitFrontmatter(text);
  if (split?.yaml === undefined) return { data: {}, body: text };
  try {
    return { data: (parseYaml(split.yaml) ?? {}) as Record<string, unknown>, body: split.body };
  } catch (error) {
    throw new IngestError({ file, problem: `the frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]}).`, fix: 'correct the YAML between the --- lines.' });
  }
}

/** Parses a Markdown article; frontmatter is optional, and only headline and standfirst are read from it. */
export function readMarkdownArticle(text: string, file: string): MarkdownArticle {
  return comparableMarkdown(readArticleFile(text, file));
}

/** What the analysis compares of a split Markdown article. */
export function comparableMarkdown({ data, body }: { data: Record<string, unknown>; body: string }): MarkdownArticle {
  const field = (name: string): string | undefined => (typeof data[name] === 'string' ? (data[name] as string) : undefined);
  return {
    headline: field('headline'),
    standfirst: field('standfirst'),
    body: blocksFromMarkdown(body),
    credits: { byline: field('byline'), photo: photoCredit(data['image']) },
  };
}

/** The photo credit of a frontmatter's image, when it has one. */
function photoCredit(image: unknown): string | undefined {
  if (typeof image !== 'object' || image === null) return undefined;
  const credit = (image as Record<string, unknown>)['credit'];
  return typeof credit === 'string' ? credit : undefined;
}
