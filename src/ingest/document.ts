/**
 * The document model: what ingest understands of an article, independent of the format it came in
 * and of the Markdown it becomes. Metadata fields become frontmatter; blocks become the Markdown body.
 * The blocks are the analysis's own (its units are cut from them), so the body needs no
 * translation on its way to the comparison.
 */
import type { Block } from '../analysis/index.ts';

/** One version of a news article as ingest understands it. */
export interface ArticleDocument {
  readonly headline: string;
  /** The dek under the headline, when the article has one. */
  readonly standfirst: string | undefined;
  /** The author's name, and the line it was printed on ("Written By Ravi Hari"). */
  readonly byline: { readonly name: string; readonly text: string } | undefined;
  /** The publication date as ISO 8601, and the line it was printed on. */
  readonly published: { readonly iso: string; readonly text: string } | undefined;
  /** The date of the last update ("Updated: …") as ISO 8601, and the line it was printed on. */
  readonly updated: { readonly iso: string; readonly text: string } | undefined;
  /** The lead photo's caption and its credit ("Photo by … / AFP"), when printed. */
  readonly image: { readonly caption: string | undefined; readonly credit: string | undefined } | undefined;
  readonly body: readonly Block[];
}
