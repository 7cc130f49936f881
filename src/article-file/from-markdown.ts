/**
 * Reads a generated Markdown body back into blocks: the inverse of to-mdast.ts, for
 * comparable-article.ts, through which the pages, `analyse` and `compare` read every body.
 */
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { Block } from '../analysis/index.ts';

/** The blocks of a Markdown body: paragraphs, headings (any depth) and lists (items as text). */
export function blocksFromMarkdown(markdown: string): Block[] {
  const blocks: Block[] = [];
  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'paragraph':
        blocks.push({ type: 'paragraph', text: toString(node) });
        return;
      case 'heading':
        blocks.push({ type: 'heading', text: toString(node) });
        return;
      case 'list':
        blocks.push({ type: 'list', items: node.children.map((item) => toString(item)) });
        return;
      default:
        if ('children' in node) node.children.forEach(visit);
    }
  };
  visit(fromMarkdown(markdown));
  return blocks;
}
