/**
 * The most sentences one version may have. Bytes alone do not bound the work: 890 KB of tiny
 * paragraphs (100,000 sentences) took two minutes and 3.5 GB of memory to build into a 40 MB page
 * no reader could use. A version with more sentences than this is refused by name, with the limit,
 * before anything is analysed; at the limit a story still builds (the README's Limits section
 * gives the time and memory measured). Sentences are counted as the comparison cuts them.
 */
import { documentUnits } from '../analysis/units/units.ts';
import { comparableDocument } from './document-frontmatter.ts';
import type { ArticleDocument } from './document.ts';
import { IngestError } from './errors.ts';

/** Sentences a version may have at most: the headline, each heading and each list item count as one. */
export const MAX_SENTENCES = 10_000;

/** Throws an IngestError naming the file when its article has more sentences than MAX_SENTENCES. */
export function checkSentenceCount(document: ArticleDocument, file: string): void {
  const count = documentUnits(comparableDocument(document)).length;
  if (count <= MAX_SENTENCES) return;
  const number = (value: number) => value.toLocaleString('en');
  throw new IngestError({
    file,
    problem: `the article has ${number(count)} sentences (the headline, headings and list items counted); Reworded compares articles of up to ${number(MAX_SENTENCES)} sentences a version, whose page still builds in about a minute.`,
    fix: 'split the article into several stories, or compare the part of it that matters.',
  });
}
