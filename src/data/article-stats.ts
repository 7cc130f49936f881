import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

/** Plain counts of an article body, for the comparison summary. */
export interface ArticleStats {
  readonly words: number;
  readonly paragraphs: number;
  readonly headings: number;
  readonly listItems: number;
}

const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

/**
 * Counts the words, paragraphs, headings and list items of a generated Markdown body. Words are
 * counted on the parsed text (escapes removed) with Intl.Segmenter, which also handles scripts
 * without spaces between words.
 */
export function articleStats(markdownBody: string): ArticleStats {
  const tree = fromMarkdown(markdownBody);
  let words = 0;
  let paragraphs = 0;
  let headings = 0;
  let listItems = 0;
  const visit = (node: Nodes, insideList: boolean): void => {
    // Words are counted block by block: the text of the whole tree runs blocks together
    // ("…headingOne…"), which would merge the last word of one with the first of the next.
    if (node.type === 'heading' || node.type === 'paragraph') words += countWords(toString(node));
    if (node.type === 'heading') headings += 1;
    if (node.type === 'listItem') listItems += 1;
    if (node.type === 'paragraph' && !insideList) paragraphs += 1;
    if ('children' in node) for (const child of node.children) visit(child, insideList || node.type === 'list');
  };
  visit(tree, false);
  return { words, paragraphs, headings, listItems };
}

/** Counts the word-like segments of a text (numbers included, punctuation not). */
export function countWords(text: string): number {
  let count = 0;
  for (const segment of wordSegmenter.segment(text)) if (segment.isWordLike) count += 1;
  return count;
}
